import type { OpenApiDocument, ParameterObject } from '@group-apis/spec';
import { infoOf } from './api-summary.js';
import type { SampleParameter } from './request-values.js';

// How a parameter value goes on the wire, as a reader types it into a URL: brackets literal, values percent-encoded.

/** `name=value` pairs of one query parameter. deepObject nests in brackets; an array in it gets indexes (`filter[has-users][0]=…`). */
export function queryPairs(parameter: ParameterObject, value: unknown): string[] {
  if (parameter.style === 'deepObject') return deepPairs(encodeURIComponent(parameter.name), value);
  if (Array.isArray(value)) {
    if (parameter.explode === false) return [`${encodeURIComponent(parameter.name)}=${value.map(scalar).join(',')}`];
    return value.map((item) => `${encodeURIComponent(parameter.name)}=${scalar(item)}`);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([key, item]) => `${encodeURIComponent(key)}=${scalar(item)}`);
  }
  return [`${encodeURIComponent(parameter.name)}=${scalar(value)}`];
}

function deepPairs(name: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => deepPairs(`${name}[${index}]`, item));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => deepPairs(`${name}[${encodeURIComponent(key)}]`, item));
  return [`${name}=${scalar(value)}`];
}

function scalar(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return encodeURIComponent(String(value));
}

/** The query string (without `?`) of a sample's query parameters, in the spec's order. */
export function queryString(parameters: readonly SampleParameter[]): string {
  return parameters.filter(({ parameter }) => parameter.in === 'query').flatMap(({ parameter, value }) => queryPairs(parameter, value)).join('&');
}

/** The path with its `{name}` templates filled in from the sample's path parameters. */
export function filledPath(path: string, parameters: readonly SampleParameter[]): string {
  return path.replace(/\{([^}]+)\}/g, (template, name: string) => {
    const found = parameters.find(({ parameter }) => parameter.in === 'path' && parameter.name === name);
    return found ? encodeURIComponent(String(found.value)) : template;
  });
}

/** The first server's URL with every variable at its default, without a trailing slash. */
export function serverUrl(document: OpenApiDocument): string {
  const servers = document.servers ?? [];
  const server = servers[0];
  if (!server) throw new Error(`${infoOf(document).title}: no servers entry to show a URL in the samples`);
  return server.url.replace(/\{([^}]+)\}/g, (template, name: string) => server.variables?.[name]?.default ?? template).replace(/\/$/, '');
}
