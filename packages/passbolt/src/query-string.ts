// Passbolt's server is PHP: it reads `a[b][0]=x` as nested arrays. openapi-fetch's default serializer
// throws on arrays nested in a deepObject, and repeats array keys (`a=x&a=y`), of which PHP keeps only the
// last. So every nested value gets an explicit index, the one array form the Prism mock validates as well.

type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

function scalar(value: string | number | boolean): string {
  // The server reads 1/0 (and true/false) as booleans; the page's examples send flags as 1.
  if (typeof value === 'boolean') return value ? '1' : '0';
  return encodeURIComponent(value);
}

function pairs(name: string, value: QueryValue): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pairs(`${name}[${index}]`, item));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => pairs(`${name}[${encodeURIComponent(key)}]`, item));
  }
  return [`${name}=${scalar(value)}`];
}

/**
 * Serializes a query object the way passbolt parses it: `{ filter: { 'has-users': [id] }, contain: { users: true } }`
 * becomes `filter[has-users][0]=<id>&contain[users]=1`. Brackets stay literal; names and values are percent-encoded.
 * Dotted contain keys keep their dots (`contain[groups_users.user]=1`): PHP turns a dot into `_` only in a
 * top-level name, never inside brackets, so the server reads the key as its whitelist spells it.
 */
export function serializePassboltQuery(query: Record<string, unknown>): string {
  return Object.entries(query)
    .flatMap(([name, value]) => pairs(encodeURIComponent(name), value as QueryValue))
    .join('&');
}
