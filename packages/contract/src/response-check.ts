import { jsonBodyViolations, schemaViolations, type Validators } from './check-context.js';
import { findMediaType, findResponse, mediaTypeEssence } from './media-types.js';
import { isJsonMediaType, type Operation, type ResponseObject } from '@group-apis/spec';
import type { RecordedExchange } from './recorded-exchange.js';
import { operationPointer, specPointer } from './spec-pointer.js';
import type { Violation } from './violation.js';

function documentedStatuses(operation: Operation): string {
  return Object.keys(operation.object.responses ?? {}).join(', ');
}

function headerViolations(validators: Validators, response: ResponseObject, headers: Record<string, string>, responsePointer: () => string): Violation[] {
  const violations: Violation[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    // Content-Type is checked against the content map, not as a header.
    if (name.toLowerCase() === 'content-type') continue;
    const location = `response header ${name}`;
    const headerPointer = () => specPointer(responsePointer(), 'headers', name);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) violations.push({ kind: 'header', location, pointer: '', message: 'required header is missing', schemaPath: `${headerPointer()}/required` });
      continue;
    }
    const contentType = header.schema ? undefined : Object.keys(header.content ?? {})[0];
    const schema = header.schema ?? (contentType !== undefined ? header.content?.[contentType]?.schema : undefined);
    const schemaPointer = () => (contentType === undefined ? `${headerPointer()}/schema` : specPointer(headerPointer(), 'content', contentType, 'schema'));
    if (schema) violations.push(...schemaViolations(validators.text, schema, value, 'header', location, { schemaPointer }));
  }
  return violations;
}

function hasNoBody(method: string, status: number): boolean {
  return method.toUpperCase() === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}

function bodyViolations(validators: Validators, response: ResponseObject, exchange: RecordedExchange, responsePointer: () => string): Violation[] {
  if (hasNoBody(exchange.method, exchange.status)) return [];
  const declared = Object.keys(response.content ?? {});
  const contentType = exchange.responseHeaders['content-type'];
  const body = exchange.responseBody;
  if (declared.length === 0) {
    return body.length > 0 ? [{ kind: 'body', location: 'response body', pointer: '', message: `expected no body, got ${body.length} bytes of ${mediaTypeEssence(contentType) || 'unknown type'}`, schemaPath: responsePointer() }] : [];
  }
  const media = findMediaType(response.content, contentType);
  if (!media) {
    return [{ kind: 'content-type', location: 'response content type', pointer: '', message: `expected ${declared.join(' or ')}, got ${mediaTypeEssence(contentType) || 'none'}`, schemaPath: `${responsePointer()}/content` }];
  }
  const [mediaType, object] = media;
  if (!isJsonMediaType(mediaType) || !object.schema) return [];
  const schemaPointer = () => specPointer(responsePointer(), 'content', mediaType, 'schema');
  if (body.length === 0) return [{ kind: 'body', location: 'response body', pointer: '', message: `expected a ${mediaType} body, got an empty body`, schemaPath: schemaPointer() }];
  return jsonBodyViolations(validators, object.schema, mediaType, body, 'body', 'response body', schemaPointer);
}

/** Everything about the response that differs from the operation: status, headers, content type, body. */
export function checkResponse(validators: Validators, operation: Operation, exchange: RecordedExchange): Violation[] {
  const documented = findResponse(operation.object.responses, exchange.status);
  if (!documented) {
    return [{ kind: 'status', location: 'response status', pointer: '', message: `expected one of ${documentedStatuses(operation)}, got ${exchange.status} (undocumented status)`, schemaPath: `${operationPointer(operation)}/responses` }];
  }
  const [status, response] = documented;
  const responsePointer = () => specPointer(operationPointer(operation), 'responses', status);
  return [...headerViolations(validators, response, exchange.responseHeaders, responsePointer), ...bodyViolations(validators, response, exchange, responsePointer)];
}
