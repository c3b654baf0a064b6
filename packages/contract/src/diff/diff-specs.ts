import { listOperations, operationLabel, type MediaTypeObject, type OpenApiDocument, type Operation, type ParameterObject, type ResponseObject } from '@group-apis/spec';
import type { ChangeKind, ChangeSeverity, SpecChange } from './change.js';
import { compareSchemas } from './diff-schema.js';

const SEVERITY: Partial<Record<ChangeKind, ChangeSeverity>> = {
  'api-removed': 'breaking',
  'operation-removed': 'breaking',
  'parameter-removed': 'breaking',
  'parameter-required': 'breaking',
  'parameter-style-changed': 'breaking',
  'request-body-removed': 'breaking',
  'request-body-required': 'breaking',
  'success-status-removed': 'breaking',
  'response-header-removed': 'breaking',
};

function change(kind: ChangeKind, operation: string | undefined, location: string, message: string, severity?: ChangeSeverity): SpecChange {
  return { kind, severity: severity ?? SEVERITY[kind] ?? 'non-breaking', operation, location, message };
}

/** The identity of an operation across versions: method and path, path parameter names ignored. */
function operationKey(operation: Operation): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
}

function parameterKey(parameter: ParameterObject): string {
  return `${parameter.in} ${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

function styleOf(parameter: ParameterObject): string {
  const style = parameter.style ?? (parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple');
  const explode = parameter.explode ?? style === 'form';
  return `${style}${explode ? ' (explode)' : ''}`;
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function compareParameters(base: Operation, head: Operation, label: string, out: SpecChange[]): void {
  const before = new Map(base.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  const after = new Map(head.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  for (const [key, parameter] of before) {
    const location = `${parameter.in} parameter ${parameter.name}`;
    const next = after.get(key);
    if (!next) {
      // A path parameter only renamed keeps the operation's identity; the path change is not a removal.
      if (parameter.in === 'path' && head.parameters.some((p) => p.in === 'path' && !before.has(parameterKey(p)))) continue;
      out.push(change('parameter-removed', label, location, 'parameter removed'));
      continue;
    }
    if (!parameter.required && next.required) out.push(change('parameter-required', label, location, 'parameter is now required'));
    if (parameter.required && !next.required) out.push(change('parameter-optional', label, location, 'parameter is no longer required'));
    if (styleOf(parameter) !== styleOf(next)) out.push(change('parameter-style-changed', label, location, `serialization ${styleOf(parameter)} -> ${styleOf(next)}`));
    const beforeSchema = parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema;
    const afterSchema = next.schema ?? Object.values(next.content ?? {})[0]?.schema;
    if (beforeSchema && afterSchema) compareSchemas(beforeSchema, afterSchema, { side: 'request', operation: label, location }, out);
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    if (parameter.in === 'path' && base.parameters.some((p) => p.in === 'path' && !after.has(parameterKey(p)))) continue;
    const location = `${parameter.in} parameter ${parameter.name}`;
    if (parameter.required) out.push(change('parameter-required', label, location, 'new required parameter'));
    else out.push(change('parameter-added', label, location, 'new optional parameter'));
  }
}

function compareContent(
  before: Record<string, MediaTypeObject> | undefined,
  after: Record<string, MediaTypeObject> | undefined,
  side: 'request' | 'response',
  removalBreaks: boolean,
  label: string,
  where: string,
  out: SpecChange[],
): void {
  for (const [mediaType, media] of Object.entries(before ?? {})) {
    const next = after?.[mediaType];
    if (!next) {
      out.push(change('media-type-removed', label, `${where} ${mediaType}`, `${side} media type removed`, removalBreaks ? 'breaking' : 'non-breaking'));
      continue;
    }
    if (media.schema && next.schema) compareSchemas(media.schema, next.schema, { side, operation: label, location: `${where} ${mediaType} body` }, out);
  }
  for (const mediaType of Object.keys(after ?? {})) {
    if (!before?.[mediaType]) out.push(change('media-type-added', label, `${where} ${mediaType}`, `new ${side} media type`));
  }
}

function compareRequestBodies(base: Operation, head: Operation, label: string, out: SpecChange[]): void {
  const before = base.object.requestBody;
  const after = head.object.requestBody;
  if (!before && !after) return;
  if (before && !after) return void out.push(change('request-body-removed', label, 'request body', 'request body removed'));
  if (!before && after) {
    out.push(after.required ? change('request-body-required', label, 'request body', 'new required request body') : change('request-body-added', label, 'request body', 'new optional request body'));
    return;
  }
  if (!before!.required && after!.required) out.push(change('request-body-required', label, 'request body', 'request body is now required'));
  if (before!.required && !after!.required) out.push(change('request-body-optional', label, 'request body', 'request body is no longer required'));
  // Clients send one of the declared media types: dropping one they may use breaks them.
  compareContent(before!.content, after!.content, 'request', true, label, 'request', out);
}

function compareResponse(status: string, before: ResponseObject, after: ResponseObject, label: string, out: SpecChange[]): void {
  for (const [name, header] of Object.entries(before.headers ?? {})) {
    const next = Object.entries(after.headers ?? {}).find(([other]) => other.toLowerCase() === name.toLowerCase())?.[1];
    const location = `response ${status} header ${name}`;
    if (!next) {
      out.push(change('response-header-removed', label, location, 'response header removed'));
      continue;
    }
    if (header.required && !next.required) out.push(change('field-optional', label, location, 'response header is no longer required', 'breaking'));
    if (header.schema && next.schema) compareSchemas(header.schema, next.schema, { side: 'response', operation: label, location }, out);
  }
  for (const name of Object.keys(after.headers ?? {})) {
    if (!Object.keys(before.headers ?? {}).some((other) => other.toLowerCase() === name.toLowerCase())) {
      out.push(change('response-header-added', label, `response ${status} header ${name}`, 'new response header'));
    }
  }
  compareContent(before.content, after.content, 'response', isSuccess(status), label, `response ${status}`, out);
}

function compareResponses(base: Operation, head: Operation, label: string, out: SpecChange[]): void {
  const before = base.object.responses ?? {};
  const after = head.object.responses ?? {};
  for (const [status, response] of Object.entries(before)) {
    const next = after[status];
    if (!next) {
      out.push(isSuccess(status) ? change('success-status-removed', label, `response ${status}`, 'success status removed') : change('error-status-removed', label, `response ${status}`, 'error status removed'));
      continue;
    }
    compareResponse(status, response, next, label, out);
  }
  for (const status of Object.keys(after)) {
    if (!(status in before)) out.push(change('status-added', label, `response ${status}`, 'new response status'));
  }
}

/**
 * Every difference between two versions of a spec (bundled and dereferenced) that matters to the clients
 * generated from it, each classified breaking or non-breaking. Descriptions and examples are not compared.
 */
export function diffSpecs(base: OpenApiDocument, head: OpenApiDocument): SpecChange[] {
  const out: SpecChange[] = [];
  const before = new Map(listOperations(base).map((operation) => [operationKey(operation), operation]));
  const after = new Map(listOperations(head).map((operation) => [operationKey(operation), operation]));
  for (const [key, operation] of before) {
    const next = after.get(key);
    const label = operationLabel(next ?? operation);
    if (!next) {
      out.push(change('operation-removed', label, 'operation', 'operation removed'));
      continue;
    }
    compareParameters(operation, next, label, out);
    compareRequestBodies(operation, next, label, out);
    compareResponses(operation, next, label, out);
  }
  for (const [key, operation] of after) {
    if (!before.has(key)) out.push(change('operation-added', operationLabel(operation), 'operation', 'new operation'));
  }
  return out;
}
