import { resolveLocal, type OpenApiDocument, type Operation, type ParameterObject, type RequestBodyObject } from '@group-apis/spec';

/** One parameter of a sample request, with the value the sample sends. */
export interface SampleParameter {
  parameter: ParameterObject;
  value: unknown;
}

/** What a sample request sends: its parameters (required ones, and optional ones the spec has an example of) and body. */
export interface SampleRequest {
  parameters: SampleParameter[];
  body: unknown;
  /** The request body's media type, when the operation takes one. */
  bodyType: string | undefined;
}

/** The spec's first example of a parameter, if it has one. */
export function parameterExample(document: OpenApiDocument, parameter: ParameterObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first) return resolveLocal(document, first).value;
  return parameter.schema?.examples?.[0];
}

function placeholderValue(parameter: ParameterObject): unknown {
  if (parameter.schema?.default !== undefined) return parameter.schema.default;
  if (parameter.schema?.enum?.length) return parameter.schema.enum[0];
  const types = [parameter.schema?.type].flat();
  if (types.includes('integer') || types.includes('number')) return 1;
  if (types.includes('boolean')) return true;
  return `<${parameter.name}>`;
}

/** The request an operation's samples show, made only from the spec. */
export function sampleRequest(document: OpenApiDocument, entry: Operation): SampleRequest {
  const parameters: SampleParameter[] = [];
  for (const parameter of entry.parameters) {
    if (parameter.in === 'cookie') continue;
    const example = parameterExample(document, parameter);
    if (example !== undefined) parameters.push({ parameter, value: example });
    else if (parameter.required) parameters.push({ parameter, value: placeholderValue(parameter) });
  }
  const requestBody = entry.object.requestBody ? resolveLocal<RequestBodyObject>(document, entry.object.requestBody) : undefined;
  const [bodyType, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
  let body: unknown;
  if (media) {
    const first = Object.values(media.examples ?? {})[0];
    body = media.example ?? (first ? resolveLocal(document, first).value : undefined) ?? {};
  }
  return { parameters, body, bodyType };
}
