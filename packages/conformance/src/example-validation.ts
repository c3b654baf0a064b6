import { isJsonMediaType, type JsonSchema, type MediaTypeObject, type Operation } from '@group-apis/spec';

export interface ExampleCheck {
  where: string;
  schema: JsonSchema;
  value: unknown;
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
