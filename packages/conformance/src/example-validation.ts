import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isJsonMediaType, type JsonSchema, type MediaTypeObject, type Operation } from './openapi.js';

export interface ExampleCheck {
  where: string;
  schema: JsonSchema;
  value: unknown;
}

/** Creates a JSON Schema 2020-12 validator that knows OpenAPI's formats and ignores its annotation keywords. */
export function createValidator(): (schema: JsonSchema) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const cache = new WeakMap<JsonSchema, ValidateFunction>();
  return (schema) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      cache.set(schema, validate);
    }
    return validate;
  };
}

function mediaExamples(where: string, media: MediaTypeObject): ExampleCheck[] {
  if (!media.schema) return [];
  const checks = Object.entries(media.examples ?? {}).map(([name, example]) => ({ where: `${where} example "${name}"`, schema: media.schema!, value: example.value }));
  if (media.example !== undefined) checks.push({ where: `${where} example`, schema: media.schema, value: media.example });
  return checks;
}

/** Every example an operation carries (parameters, request body, responses) with the schema it must satisfy. */
export function collectExampleChecks(operation: Operation): ExampleCheck[] {
  const checks: ExampleCheck[] = [];
  for (const parameter of operation.parameters) {
    if (!parameter.schema) continue;
    for (const [name, example] of Object.entries(parameter.examples ?? {})) {
      checks.push({ where: `${parameter.in} parameter ${parameter.name} example "${name}"`, schema: parameter.schema, value: example.value });
    }
  }
  for (const [mediaType, media] of Object.entries(operation.object.requestBody?.content ?? {})) {
    if (isJsonMediaType(mediaType)) checks.push(...mediaExamples(`request body ${mediaType}`, media));
  }
  for (const [status, response] of Object.entries(operation.object.responses ?? {})) {
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      if (isJsonMediaType(mediaType)) checks.push(...mediaExamples(`${status} ${mediaType}`, media));
    }
  }
  return checks;
}
