// The OpenAPI 3.1 model every tool reads: types only (the runtime is JavaScript so scripts can use it unbuilt).
// After loadSpec() with `dereference: true` no `$ref` is left; with `dereference: false` (the docs build)
// components stay references, which resolveLocal() follows.
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

export interface ReferenceObject {
  $ref: string;
}

export interface Example {
  summary?: string;
  value?: unknown;
  $ref?: string;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, Example>;
  [key: string]: unknown;
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
  $ref?: string;
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
  summary?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  security?: SecurityRequirement[];
  [key: string]: unknown;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** A path item: its operations under the HTTP_METHODS keys (listOperations reads them), its shared parameters. */
export type PathItemObject = Record<string, unknown> & { parameters?: ParameterObject[] };

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

export interface TagObject {
  name: string;
  description?: string;
}

export interface InfoObject {
  title: string;
  version: string;
  summary?: string;
  description?: string;
  [key: string]: unknown;
}

export interface OpenApiDocument {
  openapi: string;
  info?: InfoObject;
  externalDocs?: { description?: string; url: string };
  servers?: ServerObject[];
  tags?: TagObject[];
  paths?: Record<string, PathItemObject>;
  security?: SecurityRequirement[];
  components?: {
    securitySchemes?: Record<string, SecuritySchemeObject>;
    schemas?: Record<string, JsonSchema>;
    [key: string]: Record<string, unknown> | undefined;
  };
  [key: string]: unknown;
}

/** An operation with its path-level parameters merged in (operation-level ones win, by name and location). */
export interface Operation {
  id: string;
  method: HttpMethod;
  path: string;
  parameters: ParameterObject[];
  object: OperationObject;
  /** The path item the operation belongs to. */
  pathItem: PathItemObject;
  /** The security requirement alternatives that apply: the operation's own, else the document's. */
  security: SecurityRequirement[];
  requiresCredentials: boolean;
}
