// The subset of OpenAPI 3.1 the contract checks read, after bundling with every $ref resolved.
export type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  examples?: unknown[];
};

export interface Example {
  summary?: string;
  value?: unknown;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, Example>;
}

export type ParameterLocation = 'query' | 'path' | 'header' | 'cookie';

export interface ParameterObject {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: JsonSchema;
  content?: Record<string, MediaTypeObject>;
  example?: unknown;
  examples?: Record<string, Example>;
}

export interface HeaderObject {
  required?: boolean;
  schema?: JsonSchema;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaTypeObject>;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  security?: SecurityRequirement[];
}

export interface SecuritySchemeObject {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface ServerObject {
  url: string;
  variables?: Record<string, { default?: string; enum?: string[] }>;
}

export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  servers?: ServerObject[];
  paths?: Record<string, Record<string, unknown> & { parameters?: ParameterObject[] }>;
  security?: SecurityRequirement[];
  components?: { securitySchemes?: Record<string, SecuritySchemeObject>; schemas?: Record<string, JsonSchema> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Methods `verify` replays without `--allow-writes`. */
export const SAFE_METHODS: readonly HttpMethod[] = ['get', 'head', 'options'];

/** An operation with its path-level parameters merged in (operation-level ones win, by name and location). */
export interface Operation {
  id: string;
  method: HttpMethod;
  path: string;
  parameters: ParameterObject[];
  object: OperationObject;
  /** The security requirement alternatives that apply: the operation's own, else the document's. */
  security: SecurityRequirement[];
  requiresCredentials: boolean;
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b/i.test(mediaType);
}

export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const object = item[method] as OperationObject | undefined;
      if (!object) continue;
      const own = object.parameters ?? [];
      const inherited = (item.parameters ?? []).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const security = object.security ?? doc.security ?? [];
      operations.push({
        id: object.operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        parameters: [...inherited, ...own],
        object,
        security,
        // An empty requirement object ({}) in the list means "anonymous allowed".
        requiresCredentials: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
      });
    }
  }
  return operations;
}

/** "listGroups (GET /groups)": how reports name an operation. */
export function operationLabel(operation: Pick<Operation, 'id' | 'method' | 'path'>): string {
  return `${operation.id} (${operation.method.toUpperCase()} ${operation.path})`;
}
