// The subset of OpenAPI 3.1 the harness reads, after bundling with every $ref resolved.
export type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
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
  schema?: JsonSchema;
  content?: Record<string, MediaTypeObject>;
  example?: unknown;
  examples?: Record<string, Example>;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, MediaTypeObject> };
  responses?: Record<string, ResponseObject>;
  security?: SecurityRequirement[];
}

export interface SecuritySchemeObject {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, unknown> & { parameters?: ParameterObject[] }>;
  security?: SecurityRequirement[];
  components?: { securitySchemes?: Record<string, SecuritySchemeObject>; schemas?: Record<string, JsonSchema> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An operation with its path-level parameters merged in (operation-level ones win, by name and location). */
export interface Operation {
  id: string;
  method: HttpMethod;
  path: string;
  parameters: ParameterObject[];
  object: OperationObject;
  requiresCredentials: boolean;
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.+-]+\+)?json\b/.test(mediaType);
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
        // An empty requirement object ({}) in the list means "anonymous allowed".
        requiresCredentials: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
      });
    }
  }
  return operations;
}
