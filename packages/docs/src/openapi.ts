// The parts of an OpenAPI 3.1 document the docs build reads. Everything else is carried through untouched.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ReferenceObject {
  $ref: string;
}

export interface ExampleObject {
  summary?: string;
  value?: unknown;
  $ref?: string;
}

export interface MediaTypeObject {
  example?: unknown;
  examples?: Record<string, ExampleObject>;
  [key: string]: unknown;
}

export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  description?: string;
  style?: string;
  explode?: boolean;
  example?: unknown;
  examples?: Record<string, ExampleObject>;
  schema?: { type?: string | string[]; default?: unknown; examples?: unknown[]; enum?: unknown[] };
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject | ReferenceObject;
  responses?: Record<string, ResponseObject>;
  [key: string]: unknown;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: (ParameterObject | ReferenceObject)[];
  [key: string]: unknown;
};

export interface TagObject {
  name: string;
  description?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; summary?: string; description?: string; [key: string]: unknown };
  externalDocs?: { description?: string; url: string };
  tags?: TagObject[];
  paths?: Record<string, PathItemObject>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** One operation with where it lives. */
export interface OperationEntry {
  method: HttpMethod;
  path: string;
  operation: OperationObject;
  pathItem: PathItemObject;
}

/** Every operation of the document, in the order the spec lists them. */
export function listOperations(document: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    // The spec's own order, as Redoc shows it.
    for (const key of Object.keys(pathItem)) {
      const method = HTTP_METHODS.find((candidate) => candidate === key);
      const operation = method ? pathItem[method] : undefined;
      if (method && operation) entries.push({ method, path, operation, pathItem });
    }
  }
  return entries;
}

/** Follows a local `#/components/...` reference; other values are returned as they are. */
export function resolveLocal<T extends object>(document: OpenApiDocument, value: T | ReferenceObject): T {
  const ref = (value as { $ref?: string }).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return value as T;
  let target: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  if (target === undefined) throw new Error(`Unresolved reference ${ref}`);
  return resolveLocal(document, target as T);
}
