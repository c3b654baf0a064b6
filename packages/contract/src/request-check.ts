import { jsonBodyViolations, schemaViolations, type Validators } from './check-context.js';
import { parseCookies } from './cookies.js';
import { findMediaType, mediaTypeEssence } from './media-types.js';
import { isJsonMediaType, type Operation, type ParameterObject, type SecuritySchemeObject } from '@group-apis/spec';
import { parameterSchema, readQueryParameter, readSimpleParameter, type ReadValue } from './parameter-values.js';
import type { RecordedExchange, RequestParts } from './recorded-exchange.js';
import type { SecretParameterTest } from './secret-parameters.js';
import { securityViolations } from './security-check.js';
import { operationPointer, specPointer } from './spec-pointer.js';
import type { Violation } from './violation.js';

/** What the request checks of one spec share. */
export interface RequestCheckContext {
  validators: Validators;
  securitySchemes: Record<string, SecuritySchemeObject>;
  isSecretParameter: SecretParameterTest;
  /** Path-level parameters by spec path, to say where an inherited parameter is written. */
  pathParameters: (path: string) => ParameterObject[] | undefined;
}

function withSchemaPath(base: string | undefined, rest: string): { schemaPath?: string } {
  return base === undefined ? {} : { schemaPath: `${base}${rest}` };
}

function parameterPointer(context: RequestCheckContext, operation: Operation, parameter: ParameterObject): string | undefined {
  // The same object after dereferencing; by name and location if a loader copied it.
  const find = (list: ParameterObject[] | undefined) => list?.findIndex((candidate) => candidate === parameter || (candidate.name === parameter.name && candidate.in === parameter.in)) ?? -1;
  const own = find(operation.object.parameters);
  if (own >= 0) return specPointer(operationPointer(operation), 'parameters', own);
  const inherited = find(context.pathParameters(operation.path));
  return inherited >= 0 ? specPointer('', 'paths', operation.path, 'parameters', inherited) : undefined;
}

// Headers OpenAPI says are described elsewhere (security schemes, content negotiation), never as parameters.
const IGNORED_HEADER_PARAMETERS = new Set(['accept', 'content-type', 'authorization']);

function readParameter(parameter: ParameterObject, request: RequestParts, pathParams: Record<string, string>): ReadValue {
  switch (parameter.in) {
    case 'query':
      return readQueryParameter(parameter, [...request.url.searchParams.entries()]);
    case 'path':
      return readSimpleParameter(parameter, pathParams[parameter.name]);
    case 'header':
      return readSimpleParameter(parameter, request.headers[parameter.name.toLowerCase()]);
    case 'cookie':
      // Cookies use style form, which for one cookie's value reads as the simple style does (a,b for arrays).
      return readSimpleParameter(parameter, request.cookies.get(parameter.name));
    default:
      return { present: false };
  }
}

function parameterViolations(context: RequestCheckContext, operation: Operation, request: RequestParts, pathParams: Record<string, string>): Violation[] {
  const violations: Violation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header' && IGNORED_HEADER_PARAMETERS.has(parameter.name.toLowerCase())) continue;
    const location = `request ${parameter.in} parameter ${parameter.name}`;
    const read = readParameter(parameter, request, pathParams);
    const at = () => parameterPointer(context, operation, parameter);
    if (!read.present) {
      if (parameter.required) violations.push({ kind: 'parameter', location, pointer: '', message: 'required parameter is missing', ...withSchemaPath(at(), '/required') });
      continue;
    }
    if ('problem' in read) {
      violations.push({ kind: 'parameter', location, pointer: '', message: read.problem, ...withSchemaPath(at(), '') });
      continue;
    }
    const schema = parameterSchema(parameter);
    if (!schema) continue;
    const validator = parameter.content ? context.validators.body : context.validators.text;
    const secret = context.isSecretParameter(parameter.in, parameter.name);
    const contentType = parameter.content ? Object.keys(parameter.content)[0] : undefined;
    const schemaPointer = () => {
      const base = at();
      return base === undefined ? undefined : contentType === undefined ? `${base}/schema` : specPointer(base, 'content', contentType, 'schema');
    };
    violations.push(...schemaViolations(validator, schema, read.value, 'parameter', location, { secret, schemaPointer }));
  }
  return violations;
}

function bodyViolations(validators: Validators, operation: Operation, exchange: RecordedExchange): Violation[] {
  const requestBody = operation.object.requestBody;
  const body = exchange.requestBody;
  if (!requestBody) return [];
  const bodyPointer = () => `${operationPointer(operation)}/requestBody`;
  if (!body || body.length === 0) {
    return requestBody.required ? [{ kind: 'request-body', location: 'request body', pointer: '', message: 'required request body is missing', schemaPath: `${bodyPointer()}/required` }] : [];
  }
  const contentType = exchange.requestHeaders['content-type'];
  const declared = Object.keys(requestBody.content ?? {});
  const media = findMediaType(requestBody.content, contentType);
  if (!media) {
    const actual = mediaTypeEssence(contentType) || 'none';
    return [{ kind: 'request-body', location: 'request content type', pointer: '', message: `expected ${declared.join(' or ')}, got ${actual}`, schemaPath: `${bodyPointer()}/content` }];
  }
  const [mediaType, object] = media;
  if (!isJsonMediaType(mediaType) || !object.schema) return [];
  return jsonBodyViolations(validators, object.schema, mediaType, body, 'request-body', 'request body', () => specPointer(bodyPointer(), 'content', mediaType, 'schema'));
}

/** Everything about the request that differs from the operation: credentials, parameters and body. */
export function checkRequest(context: RequestCheckContext, operation: Operation, url: URL, pathParams: Record<string, string>, exchange: RecordedExchange): Violation[] {
  const request: RequestParts = { url, headers: exchange.requestHeaders, cookies: parseCookies(exchange.requestHeaders.cookie) };
  return [
    ...securityViolations(context.securitySchemes, operation.security, request).map((violation) => ({ ...violation, schemaPath: operation.object.security ? `${operationPointer(operation)}/security` : '/security' })),
    ...parameterViolations(context, operation, request, pathParams),
    ...bodyViolations(context.validators, operation, exchange),
  ];
}
