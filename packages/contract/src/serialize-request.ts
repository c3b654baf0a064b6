import type { ParameterObject } from '@group-apis/spec';

function text(value: unknown): string {
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Appends `value` under `key` in PHP/Rails bracket form, arrays indexed: `filter[has-users][0]=...`. */
function appendDeep(pairs: Array<[string, string]>, key: string, value: unknown): void {
  if (Array.isArray(value)) value.forEach((item, index) => appendDeep(pairs, `${key}[${index}]`, item));
  else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) appendDeep(pairs, `${key}[${name}]`, inner);
  else pairs.push([key, text(value)]);
}

function delimiter(style: string | undefined): string {
  if (style === 'spaceDelimited') return ' ';
  if (style === 'pipeDelimited') return '|';
  return ',';
}

/** Serializes query parameter values the way each parameter's `style` and `explode` say. */
export function serializeQuery(parameters: ParameterObject[], values: Record<string, unknown>): string {
  const pairs: Array<[string, string]> = [];
  for (const parameter of parameters) {
    if (parameter.in !== 'query' || !(parameter.name in values)) continue;
    const value = values[parameter.name];
    const style = parameter.style ?? 'form';
    const explode = parameter.explode ?? style === 'form';
    if (parameter.content) pairs.push([parameter.name, JSON.stringify(value)]);
    else if (style === 'deepObject') appendDeep(pairs, parameter.name, value);
    else if (Array.isArray(value)) {
      if (explode && style === 'form') for (const item of value) pairs.push([parameter.name, text(item)]);
      else pairs.push([parameter.name, value.map(text).join(delimiter(style))]);
    } else if (value && typeof value === 'object') {
      if (explode) for (const [key, inner] of Object.entries(value)) pairs.push([key, text(inner)]);
      else pairs.push([parameter.name, Object.entries(value).flat().map(text).join(',')]);
    } else pairs.push([parameter.name, text(value)]);
  }
  return new URLSearchParams(pairs).toString();
}

/** A Cookie header of cookie parameter values (style form: arrays and objects comma-separated), or "" for none. */
export function serializeCookies(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      const items = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.entries(value).flat() : [value];
      return `${name}=${items.map((item) => encodeURIComponent(text(item))).join(',')}`;
    })
    .join('; ');
}

/** A path template with its parameters filled in (style `simple`, values percent-encoded). */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    const rendered = Array.isArray(value) ? value.map(text).join(',') : text(value);
    return encodeURIComponent(rendered).replace(/%2C/g, ',');
  });
}

/** `base` + path, keeping the base URL's own path (`https://host/api/public` + `/groups`). */
export function joinUrl(base: string, pathAndQuery: string): URL {
  const url = new URL(base);
  // Everything after the first "?" is the query, further "?" included.
  const mark = pathAndQuery.indexOf('?');
  const path = mark === -1 ? pathAndQuery : pathAndQuery.slice(0, mark);
  const query = mark === -1 ? undefined : pathAndQuery.slice(mark + 1);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = query ? `?${query}` : '';
  return url;
}
