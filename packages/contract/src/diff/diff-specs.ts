import { listOperations, operationLabel, type MediaTypeObject, type OpenApiDocument, type Operation, type OperationObject, type ParameterObject, type ResponseObject, type SecurityRequirement, type SecuritySchemeObject } from '@group-apis/spec';
import type { Side, SpecChange } from './change.js';
import { compareSchemas } from './diff-schema.js';
import { normalize } from './normalize.js';
import { levelOf, type StructureRule } from './rules.js';

/** Where a change is: the operation's label and endpoint, and whether its document is OpenAPI 3.0. */
interface Where {
  label: string;
  endpoint: string;
  openapi30: boolean;
  /** Webhooks and callbacks run the other way: the API sends the request and the client answers it. */
  outgoing: boolean;
}

function change(rule: StructureRule, where: Where | undefined, location: string, message: string): SpecChange {
  return { rule, level: levelOf(rule), ...(where ? { operation: where.label, endpoint: where.endpoint } : {}), location, message };
}

/** The side of a schema, as seen by the client generated from the spec (swapped for webhooks and callbacks). */
function sideOf(side: Side, where: Where): Side {
  if (!where.outgoing) return side;
  return side === 'request' ? 'response' : 'request';
}

/**
 * How the removal of a deprecated or unstable element is classified: `retired` (deprecated and past its
 * `x-sunset` date, or `x-stability-level` draft/alpha: no promise kept it), `deprecated` (deprecated with no
 * sunset date), or undefined (a plain removal, also when the sunset date is still ahead).
 */
function retirement(object: Record<string, unknown>, now: Date): 'retired' | 'deprecated' | undefined {
  const stability = object['x-stability-level'];
  if (stability === 'draft' || stability === 'alpha') return 'retired';
  if (object.deprecated !== true) return undefined;
  const sunset = object['x-sunset'];
  const date = sunset === undefined ? Number.NaN : Date.parse(String(sunset));
  if (Number.isNaN(date)) return 'deprecated';
  return date <= now.getTime() ? 'retired' : undefined;
}

function removalNote(object: Record<string, unknown>): string {
  if (object['x-stability-level'] === 'draft' || object['x-stability-level'] === 'alpha') return ` (x-stability-level ${String(object['x-stability-level'])})`;
  return object['x-sunset'] !== undefined ? ` (deprecated, x-sunset ${String(object['x-sunset'])})` : ' (deprecated, no x-sunset date)';
}

/** The identity of an operation across versions: method and path, path parameter names ignored. */
function operationKey(operation: Pick<Operation, 'method' | 'path'>): string {
  return `${operation.method} ${operation.path.replace(/\{[^}]*\}/g, '{}')}`;
}

/** A parameter's identity: location and name; a path parameter by its position in the path (renaming it changes nothing). */
function parameterKey(parameter: ParameterObject, path: string): string {
  if (parameter.in === 'path') {
    const position = [...path.matchAll(/\{([^}]+)\}/g)].findIndex((match) => match[1] === parameter.name);
    if (position >= 0) return `path #${position}`;
  }
  return `${parameter.in} ${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

function styleOf(parameter: ParameterObject): string {
  const style = parameter.style ?? (parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple');
  const explode = parameter.explode ?? style === 'form';
  return `${style}${explode ? ' (explode)' : ''}`;
}

function schemaOf(parameter: ParameterObject): ParameterObject['schema'] {
  return parameter.schema ?? Object.values(parameter.content ?? {})[0]?.schema;
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function compareParameters(base: Operation, head: Operation, where: Where, now: Date, out: SpecChange[]): void {
  const before = new Map(base.parameters.map((parameter) => [parameterKey(parameter, base.path), parameter]));
  const after = new Map(head.parameters.map((parameter) => [parameterKey(parameter, head.path), parameter]));
  for (const [key, parameter] of before) {
    const next = after.get(key);
    const location = `${parameter.in} parameter ${next?.name ?? parameter.name}`;
    if (!next) {
      // A parameter of a draft or alpha operation shares its operation's (lack of) promise.
      const own = parameter as unknown as Record<string, unknown>;
      const lifecycle = { ...own, 'x-stability-level': own['x-stability-level'] ?? (base.object as Record<string, unknown>)['x-stability-level'] };
      const retired = retirement(lifecycle, now);
      const rule = retired === 'retired' ? 'retired-parameter-removed' : retired === 'deprecated' ? 'deprecated-parameter-removed' : 'parameter-removed';
      out.push(change(rule, where, location, `parameter removed${retired ? removalNote(lifecycle) : ''}`));
      continue;
    }
    if ((parameter as { deprecated?: unknown }).deprecated !== true && (next as { deprecated?: unknown }).deprecated === true) out.push(change('parameter-deprecated', where, location, `parameter deprecated${sunsetNote(next as unknown as Record<string, unknown>)}`));
    if (!parameter.required && next.required) out.push(change('parameter-became-required', where, location, 'parameter is now required'));
    if (parameter.required && !next.required) out.push(change('parameter-became-optional', where, location, 'parameter is no longer required'));
    if (styleOf(parameter) !== styleOf(next)) out.push(change('parameter-serialization-changed', where, location, `serialization ${styleOf(parameter)} -> ${styleOf(next)}`));
    const beforeSchema = schemaOf(parameter);
    const afterSchema = schemaOf(next);
    // What the server assumes for an omitted parameter: clients that leave it out get other behaviour.
    const defaultOf = (schema: ParameterObject['schema']) => (schema ? normalize(schema, where.openapi30).default : undefined);
    const beforeDefault = JSON.stringify(defaultOf(beforeSchema));
    const afterDefault = JSON.stringify(defaultOf(afterSchema));
    if (beforeDefault !== afterDefault) {
      if (beforeDefault === undefined) out.push(change('parameter-default-added', where, location, `default ${afterDefault} added`));
      else out.push(change('parameter-default-changed', where, location, `default ${beforeDefault} -> ${afterDefault ?? 'none'}`));
    }
    if (beforeSchema || afterSchema) {
      const site = { side: sideOf('request', where), operation: where.label, endpoint: where.endpoint, location, openapi30: where.openapi30, parameter: true };
      if (becameArray(beforeSchema, afterSchema)) {
        // One value is serialized as an array of one in every style: `?id=1` means [1] too.
        out.push(change('parameter-became-array', where, location, 'parameter now takes an array of the values it took'));
        compareSchemas(beforeSchema, afterSchema!.items, { ...site, location: `${location} items` }, out);
      } else compareSchemas(beforeSchema, afterSchema, site, out);
    }
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    const location = `${parameter.in} parameter ${parameter.name}`;
    if (parameter.required) out.push(change('required-parameter-added', where, location, 'new required parameter'));
    else out.push(change('optional-parameter-added', where, location, 'new optional parameter'));
  }
}

function scalarTypes(schema: ParameterObject['schema']): string[] | undefined {
  const types = Array.isArray(schema?.type) ? schema.type : typeof schema?.type === 'string' ? [schema.type] : undefined;
  return types && !types.includes('array') && !types.includes('object') ? types : undefined;
}

/** A scalar parameter now an array whose items take every type it took. */
function becameArray(before: ParameterObject['schema'], after: ParameterObject['schema']): boolean {
  const was = scalarTypes(before);
  if (!was || !after || (after.type !== 'array' && !(Array.isArray(after.type) && after.type.length === 1 && after.type[0] === 'array'))) return false;
  const items = scalarTypes(after.items);
  return !!items && was.every((type) => items.includes(type) || (type === 'integer' && items.includes('number')));
}

function compareContent(
  before: Record<string, MediaTypeObject> | undefined,
  after: Record<string, MediaTypeObject> | undefined,
  side: Side,
  status: string | undefined,
  where: Where,
  prefix: string,
  out: SpecChange[],
): void {
  const seenSide = sideOf(side, where);
  for (const [mediaType, media] of Object.entries(before ?? {})) {
    const next = after?.[mediaType];
    const location = `${prefix} ${mediaType}`;
    if (!next) {
      const rule = side === 'request' ? 'request-media-type-removed' : status && isSuccess(status) ? 'response-media-type-removed' : 'response-error-media-type-removed';
      out.push(change(rule, where, location, `${side} media type removed`));
      continue;
    }
    if (!media.schema && next.schema) out.push(change(side === 'request' ? 'request-media-type-schema-added' : 'response-media-type-schema-added', where, location, 'a schema now constrains this media type, which had none'));
    else if (media.schema && !next.schema) out.push(change(side === 'request' ? 'request-media-type-schema-removed' : 'response-media-type-schema-removed', where, location, 'this media type no longer has a schema'));
    else if (media.schema && next.schema) compareSchemas(media.schema, next.schema, { side: seenSide, operation: where.label, endpoint: where.endpoint, location: `${location} body`, openapi30: where.openapi30 }, out);
  }
  for (const mediaType of Object.keys(after ?? {})) {
    if (!before?.[mediaType]) out.push(change(side === 'request' ? 'request-media-type-added' : 'response-media-type-added', where, `${prefix} ${mediaType}`, `new ${side} media type`));
  }
}

function compareRequestBodies(base: OperationObject, head: OperationObject, where: Where, out: SpecChange[]): void {
  const before = base.requestBody;
  const after = head.requestBody;
  if (!before && !after) return;
  if (before && !after) return void out.push(change('request-body-removed', where, 'request body', 'request body removed'));
  if (!before && after) {
    out.push(after.required ? change('required-request-body-added', where, 'request body', 'new required request body') : change('optional-request-body-added', where, 'request body', 'new optional request body'));
    return;
  }
  if (!before!.required && after!.required) out.push(change('request-body-became-required', where, 'request body', 'request body is now required'));
  if (before!.required && !after!.required) out.push(change('request-body-became-optional', where, 'request body', 'request body is no longer required'));
  compareContent(before!.content, after!.content, 'request', undefined, where, 'request', out);
}

function compareResponse(status: string, before: ResponseObject, after: ResponseObject, where: Where, out: SpecChange[]): void {
  for (const [name, header] of Object.entries(before.headers ?? {})) {
    const next = Object.entries(after.headers ?? {}).find(([other]) => other.toLowerCase() === name.toLowerCase())?.[1];
    const location = `response ${status} header ${name}`;
    if (!next) {
      out.push(change(header.required ? 'response-required-header-removed' : 'response-optional-header-removed', where, location, 'response header removed'));
      continue;
    }
    if (header.required && !next.required) out.push(change('response-header-became-optional', where, location, 'response header is no longer required'));
    const beforeSchema = header.schema ?? Object.values(header.content ?? {})[0]?.schema;
    const afterSchema = next.schema ?? Object.values(next.content ?? {})[0]?.schema;
    if (beforeSchema && afterSchema) compareSchemas(beforeSchema, afterSchema, { side: sideOf('response', where), operation: where.label, endpoint: where.endpoint, location, openapi30: where.openapi30 }, out);
  }
  for (const name of Object.keys(after.headers ?? {})) {
    if (!Object.keys(before.headers ?? {}).some((other) => other.toLowerCase() === name.toLowerCase())) {
      out.push(change('response-header-added', where, `response ${status} header ${name}`, 'new response header'));
    }
  }
  compareContent(before.content, after.content, 'response', status, where, `response ${status}`, out);
}

function compareResponses(base: OperationObject, head: OperationObject, where: Where, out: SpecChange[]): void {
  const before = base.responses ?? {};
  const after = head.responses ?? {};
  for (const [status, response] of Object.entries(before)) {
    const next = after[status];
    if (!next) {
      out.push(isSuccess(status) ? change('response-success-status-removed', where, `response ${status}`, 'success status removed') : change('response-error-status-removed', where, `response ${status}`, 'error status removed'));
      continue;
    }
    compareResponse(status, response, next, where, out);
  }
  for (const status of Object.keys(after)) {
    if (!(status in before)) out.push(change('response-status-added', where, `response ${status}`, 'new response status'));
  }
}

function anonymous(requirements: SecurityRequirement[]): boolean {
  return requirements.length === 0 || requirements.some((requirement) => Object.keys(requirement).length === 0);
}

function schemesOf(requirement: SecurityRequirement): string {
  return Object.keys(requirement).sort().join(' + ');
}

/** Who may call: anonymous callers, and callers with the credentials of each alternative (and its scopes). */
function compareSecurity(base: Operation, head: Operation, where: Where, out: SpecChange[]): void {
  const before = base.security;
  const after = head.security;
  const names = (requirements: SecurityRequirement[]) => requirements.filter((r) => Object.keys(r).length > 0).map(schemesOf).join(' or ');
  if (anonymous(before) && !anonymous(after)) return void out.push(change('security-became-required', where, 'security', `the operation now requires credentials: ${names(after)}`));
  if (!anonymous(before) && anonymous(after)) out.push(change('security-became-optional', where, 'security', 'the operation no longer requires credentials'));
  const next = new Map(after.map((requirement) => [schemesOf(requirement), requirement]));
  const previous = new Map(before.map((requirement) => [schemesOf(requirement), requirement]));
  for (const [key, requirement] of previous) {
    if (!key) continue;
    const kept = next.get(key);
    if (!kept) {
      if (!anonymous(after)) out.push(change('security-alternative-removed', where, `security ${key}`, 'callers with these credentials only are refused'));
      continue;
    }
    for (const [scheme, scopes] of Object.entries(requirement)) {
      const now = new Set(kept[scheme] ?? []);
      const was = new Set(scopes);
      const added = [...now].filter((scope) => !was.has(scope));
      const removed = [...was].filter((scope) => !now.has(scope));
      if (added.length) out.push(change('security-scope-added', where, `security ${scheme}`, `scopes now required: ${added.join(', ')} (tokens issued without them are refused)`));
      if (removed.length) out.push(change('security-scope-removed', where, `security ${scheme}`, `scopes no longer required: ${removed.join(', ')}`));
    }
  }
  if (!anonymous(before)) {
    for (const key of next.keys()) if (key && !previous.has(key)) out.push(change('security-alternative-added', where, `security ${key}`, 'new way to authenticate'));
  }
}

/** How a security scheme puts credentials on the wire; a change there breaks every client using it. */
function schemeShape(scheme: SecuritySchemeObject | undefined): string {
  if (!scheme) return 'none';
  if (scheme.type === 'apiKey') return `apiKey ${scheme.in ?? ''} ${scheme.name ?? ''}`;
  if (scheme.type === 'http') return `http ${(scheme.scheme ?? '').toLowerCase()}`;
  return scheme.type;
}

function compareSchemes(base: OpenApiDocument, head: OpenApiDocument, used: Set<string>, out: SpecChange[]): void {
  const before = base.components?.securitySchemes ?? {};
  const after = head.components?.securitySchemes ?? {};
  for (const name of used) {
    if (!(name in before) || !(name in after)) continue;
    const was = schemeShape(before[name]);
    const is = schemeShape(after[name]);
    if (was !== is) out.push(change('security-scheme-changed', undefined, `security scheme ${name}`, `credentials sent as ${was.trim()}, now as ${is.trim()}`));
  }
}

type PathItems = Record<string, Record<string, unknown> & { parameters?: ParameterObject[] }>;

/** The operations of named path items (webhooks, an operation's callbacks), keyed by name and method. */
function listNamed(openapi: string, items: Record<string, PathItems[string]>): Map<string, { name: string; operation: Operation }> {
  const found = new Map<string, { name: string; operation: Operation }>();
  for (const [name, item] of Object.entries(items)) {
    for (const operation of listOperations({ openapi, paths: { [`/${name}`]: item } })) found.set(`${name} ${operation.method}`, { name, operation });
  }
  return found;
}

/** Requests the API sends (webhooks, callbacks): their bodies are what clients receive, their answers what they send. */
function compareOutgoing(
  before: Map<string, { name: string; operation: Operation }>,
  after: Map<string, { name: string; operation: Operation }>,
  kind: 'webhook' | 'callback',
  whereOf: (name: string, operation: Operation) => Where,
  out: SpecChange[],
): void {
  for (const [key, { name, operation }] of before) {
    const next = after.get(key);
    if (!next) {
      out.push(change(`${kind}-removed`, whereOf(name, operation), kind, `${kind} removed: subscribers no longer receive it`));
      continue;
    }
    const where = whereOf(name, next.operation);
    compareRequestBodies(operation.object, next.operation.object, where, out);
    compareResponses(operation.object, next.operation.object, where, out);
  }
  for (const [key, { name, operation }] of after) {
    if (!before.has(key)) out.push(change(`${kind}-added`, whereOf(name, operation), kind, `new ${kind}`));
  }
}

function callbacksOf(operation: Operation): Record<string, PathItems[string]> {
  const callbacks = ((operation.object as { callbacks?: Record<string, PathItems> }).callbacks ?? {}) as Record<string, PathItems>;
  return Object.fromEntries(Object.entries(callbacks).flatMap(([name, expressions]) => Object.entries(expressions ?? {}).map(([expression, item]) => [`${name} ${expression}`, item])));
}

function sunsetNote(object: Record<string, unknown>): string {
  return object['x-sunset'] !== undefined ? ` (x-sunset ${String(object['x-sunset'])})` : '';
}

function compareOperation(base: Operation, head: Operation, where: Where, now: Date, out: SpecChange[]): void {
  const [was, is] = [base.object as Record<string, unknown>, head.object as Record<string, unknown>];
  if (was.deprecated !== true && is.deprecated === true) out.push(change('operation-deprecated', where, 'operation', `operation deprecated${sunsetNote(is)}`));
  compareSecurity(base, head, where, out);
  compareParameters(base, head, where, now, out);
  compareRequestBodies(base.object, head.object, where, out);
  compareResponses(base.object, head.object, where, out);
  const callbackWhere = (name: string, operation: Operation): Where => ({ ...where, label: `${where.label} callback ${name} (${operation.method.toUpperCase()})`, outgoing: true });
  compareOutgoing(listNamed('3.1.0', callbacksOf(base)), listNamed('3.1.0', callbacksOf(head)), 'callback', callbackWhere, out);
}

/**
 * Every difference between two versions of a spec (bundled and dereferenced) that matters to the clients
 * generated from it, each with its rule and level. Descriptions and examples are not compared.
 */
export function diffSpecs(base: OpenApiDocument, head: OpenApiDocument, options: { now?: Date } = {}): SpecChange[] {
  const out: SpecChange[] = [];
  const now = options.now ?? new Date();
  const openapi30 = /^3\.0\./.test(base.openapi) || /^3\.0\./.test(head.openapi);
  const before = new Map(listOperations(base).map((operation) => [operationKey(operation), operation]));
  const after = new Map(listOperations(head).map((operation) => [operationKey(operation), operation]));
  const whereOf = (operation: Operation): Where => ({ label: operationLabel(operation), endpoint: `${operation.method.toUpperCase()} ${operation.path}`, openapi30, outgoing: false });
  for (const [key, operation] of before) {
    const next = after.get(key);
    if (!next) {
      const retired = retirement(operation.object as Record<string, unknown>, now);
      const rule = retired === 'retired' ? 'retired-operation-removed' : retired === 'deprecated' ? 'deprecated-operation-removed' : 'operation-removed';
      out.push(change(rule, whereOf(operation), 'operation', `operation removed${retired ? removalNote(operation.object as Record<string, unknown>) : ''}`));
      continue;
    }
    compareOperation(operation, next, whereOf(next), now, out);
  }
  for (const [key, operation] of after) {
    if (!before.has(key)) out.push(change('operation-added', whereOf(operation), 'operation', 'new operation'));
  }
  const used = new Set([...after.values()].flatMap((operation) => operation.security.flatMap((requirement) => Object.keys(requirement))));
  compareSchemes(base, head, used, out);

  const webhooks = (doc: OpenApiDocument) => listNamed(doc.openapi, ((doc as { webhooks?: PathItems }).webhooks ?? {}) as PathItems);
  const hookWhere = (name: string, operation: Operation): Where => ({ label: `webhook ${name} (${operation.method.toUpperCase()})`, endpoint: `webhook ${name} ${operation.method.toUpperCase()}`, openapi30, outgoing: true });
  compareOutgoing(webhooks(base), webhooks(head), 'webhook', hookWhere, out);
  return out;
}
