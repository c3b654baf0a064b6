import { requestFor, type ClientRequest } from './exchanges.js';
import { isJsonMediaType, type JsonSchema, type Operation, type ParameterObject } from '@group-apis/spec';

export interface NegativeCase {
  operation: Operation;
  title: string;
  request: ClientRequest;
  /** Statuses that count as "refused": Prism answers 422 for an invalid request, 400 where the spec declares it. */
  expectStatuses: number[];
  withoutCredentials?: boolean;
}

const NOT_IN_ENUM = '__not-in-enum__';
const NOT_MATCHING = 'does not match!';

function typesOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

/** Values a parameter's schema refuses, each with a reason, derived from its constraints. */
export function invalidValues(schema: JsonSchema | undefined): Array<{ value: unknown; reason: string }> {
  if (!schema) return [];
  const invalid: Array<{ value: unknown; reason: string }> = [];
  const types = typesOf(schema);
  if (typeof schema.minimum === 'number') invalid.push({ value: schema.minimum - 1, reason: `below minimum ${schema.minimum}` });
  if (typeof schema.maximum === 'number') invalid.push({ value: schema.maximum + 1, reason: `above maximum ${schema.maximum}` });
  if (schema.enum) invalid.push({ value: typeof schema.enum[0] === 'number' ? -987654 : NOT_IN_ENUM, reason: 'not in enum' });
  if (types.includes('integer') || types.includes('number')) {
    if (!types.includes('string')) invalid.push({ value: 'not-a-number', reason: `not a ${types.join('|')}` });
  } else if (types.includes('boolean') && !types.includes('string')) {
    invalid.push({ value: 'not-a-boolean', reason: 'not a boolean' });
  } else if (types.includes('string') && schema.format === 'uuid') {
    invalid.push({ value: 'not-a-uuid', reason: 'not a uuid' });
  }
  if (typeof schema.minLength === 'number' && schema.minLength > 0) invalid.push({ value: '', reason: `shorter than minLength ${schema.minLength}` });
  if (typeof schema.maxLength === 'number') invalid.push({ value: 'x'.repeat(schema.maxLength + 1), reason: `longer than maxLength ${schema.maxLength}` });
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(NOT_MATCHING)) {
    invalid.push({ value: NOT_MATCHING, reason: `does not match pattern ${schema.pattern}` });
  }
  if (types.includes('array')) {
    if (typeof schema.minItems === 'number' && schema.minItems > 0) invalid.push({ value: [], reason: `fewer than minItems ${schema.minItems}` });
    if (schema.items) for (const item of invalidValues(schema.items)) invalid.push({ value: [item.value], reason: `item ${item.reason}` });
  }
  return invalid;
}

function refusalStatuses(operation: Operation): number[] {
  return operation.object.responses?.['400'] ? [400, 422] : [422];
}

function parameterCases(operation: Operation, base: ClientRequest): NegativeCase[] {
  const cases: NegativeCase[] = [];
  const inClient = (p: ParameterObject): p is ParameterObject & { in: 'query' | 'path' | 'header' } => p.in !== 'cookie';
  for (const parameter of operation.parameters.filter(inClient)) {
    for (const { value, reason } of invalidValues(parameter.schema)) {
      const request = structuredClone(base);
      (request.params[parameter.in] ??= {})[parameter.name] = value;
      cases.push({
        operation,
        title: `${parameter.in} parameter ${parameter.name}=${JSON.stringify(value)} (${reason}) is refused`,
        request,
        expectStatuses: refusalStatuses(operation),
      });
    }
    // An object parameter (deepObject style: filter[has-users]=...) is checked one property at a time.
    for (const [property, schema] of Object.entries(parameter.schema?.properties ?? {})) {
      for (const { value, reason } of invalidValues(schema)) {
        const request = structuredClone(base);
        const bucket = (request.params[parameter.in] ??= {});
        bucket[parameter.name] = { ...(bucket[parameter.name] as object | undefined), [property]: value };
        cases.push({
          operation,
          title: `${parameter.in} parameter ${parameter.name}[${property}]=${JSON.stringify(value)} (${reason}) is refused`,
          request,
          expectStatuses: refusalStatuses(operation),
        });
      }
    }
    if (parameter.required && parameter.in !== 'path') {
      const request = structuredClone(base);
      delete request.params[parameter.in]?.[parameter.name];
      cases.push({ operation, title: `missing required ${parameter.in} parameter ${parameter.name} is refused`, request, expectStatuses: refusalStatuses(operation) });
    }
  }
  return cases;
}

function bodyCases(operation: Operation, base: ClientRequest): NegativeCase[] {
  const media = Object.entries(operation.object.requestBody?.content ?? {}).find(([type]) => isJsonMediaType(type))?.[1];
  const schema = media?.schema;
  if (!schema || typeof base.body !== 'object' || base.body === null || Array.isArray(base.body)) return [];
  const cases: NegativeCase[] = [];
  for (const field of schema.required ?? []) {
    const body = { ...(base.body as Record<string, unknown>) };
    delete body[field];
    cases.push({ operation, title: `body without required field ${field} is refused`, request: { ...base, body }, expectStatuses: refusalStatuses(operation) });
  }
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    for (const { value, reason } of invalidValues(property)) {
      const body = { ...(base.body as Record<string, unknown>), [field]: value };
      cases.push({ operation, title: `body field ${field}=${JSON.stringify(value)} (${reason}) is refused`, request: { ...base, body }, expectStatuses: refusalStatuses(operation) });
    }
  }
  return cases;
}

/** Requests the spec says must be refused: out-of-range parameters, broken bodies, no credentials. */
export function deriveNegativeCases(operation: Operation): NegativeCase[] {
  const base = requestFor(operation, undefined);
  const cases = [...parameterCases(operation, base), ...bodyCases(operation, base)];
  if (operation.requiresCredentials) {
    cases.push({ operation, title: 'a request without credentials gets 401', request: base, expectStatuses: [401], withoutCredentials: true });
  }
  return cases;
}
