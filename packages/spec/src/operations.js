// The operations of a document and the small facts every tool asks of one.
/** @import { HttpMethod, OpenApiDocument, Operation, OperationObject, ParameterObject, ReferenceObject } from './model.js' */

/** @type {readonly HttpMethod[]} */
export const HTTP_METHODS = Object.freeze(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Methods `verify` replays without `--allow-writes`. @type {readonly HttpMethod[]} */
export const SAFE_METHODS = Object.freeze(['get', 'head', 'options']);

/** @param {string} mediaType */
export function isJsonMediaType(mediaType) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(mediaType);
}

/**
 * Follows a local `#/components/...` reference; other values are returned as they are.
 * @template {object} T
 * @param {OpenApiDocument} document
 * @param {T | ReferenceObject} value
 * @returns {T}
 */
export function resolveLocal(document, value) {
  const ref = /** @type {{ $ref?: unknown }} */ (value).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return /** @type {T} */ (value);
  /** @type {unknown} */
  let target = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = /** @type {Record<string, unknown> | undefined} */ (target)?.[key];
  }
  if (target === undefined) throw new Error(`Unresolved reference ${ref}`);
  return resolveLocal(document, /** @type {T} */ (target));
}

/**
 * @typedef {object} ListOperationsOptions
 * @property {'http' | 'document'} [order] Methods of one path in HTTP_METHODS order (default), or in the
 *   order the spec lists them (as Redoc shows them).
 */

/**
 * Every operation of the document, path by path in the spec's order.
 * @param {OpenApiDocument} doc
 * @param {ListOperationsOptions} [options]
 * @returns {Operation[]}
 */
export function listOperations(doc, options = {}) {
  /** @type {Operation[]} */
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const methods = options.order === 'document' ? Object.keys(item).filter(isHttpMethod) : HTTP_METHODS;
    for (const method of methods) {
      const object = /** @type {OperationObject | undefined} */ (item[method]);
      if (!object) continue;
      // References are followed for the merge only when the document was loaded without dereferencing.
      /** @param {ParameterObject | ReferenceObject} parameter */
      const resolved = (parameter) => resolveLocal(doc, parameter);
      const own = (object.parameters ?? []).map(resolved);
      const inherited = (item.parameters ?? []).map(resolved).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const security = object.security ?? doc.security ?? [];
      operations.push({
        id: object.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        parameters: [...inherited, ...own],
        object,
        pathItem: item,
        security,
        // An empty requirement object ({}) in the list means "anonymous allowed".
        requiresCredentials: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
      });
    }
  }
  return operations;
}

/**
 * @param {string} key
 * @returns {key is HttpMethod}
 */
function isHttpMethod(key) {
  return /** @type {readonly string[]} */ (HTTP_METHODS).includes(key);
}

/**
 * "listGroups (GET /groups)": how reports name an operation.
 * @param {Pick<Operation, 'id' | 'method' | 'path'>} operation
 */
export function operationLabel(operation) {
  return `${operation.id} (${operation.method.toUpperCase()} ${operation.path})`;
}
