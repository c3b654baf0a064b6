import { isJsonMediaType, type MediaTypeObject, type Operation, type ParameterObject } from '@group-apis/spec';

/** A request built from the spec's examples, ready to be sent to a live upstream. */
export interface ExampleRequest {
  /** The example name the parameter/body values came from; undefined when only required values are set. */
  name?: string;
  params: { query: Record<string, unknown>; path: Record<string, unknown>; header: Record<string, unknown> };
  /** Cookie parameter values, by cookie name (apart from `params`, which is what a generated client takes). */
  cookies: Record<string, unknown>;
  body?: unknown;
  bodyMediaType?: string;
  /** The status of the response example with the same name, when there is one. */
  expectedStatus?: number;
  /** Required parameters the spec gives no value for: the request cannot be sent. */
  missing: string[];
}

const NO_VALUE = Symbol('no value');

function namedExample(examples: Record<string, { value?: unknown }> | undefined, name: string): unknown {
  return examples && name in examples ? examples[name]?.value : NO_VALUE;
}

function fallbackValue(parameter: ParameterObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first) return first.value;
  if (parameter.schema?.default !== undefined) return parameter.schema.default;
  if (parameter.schema?.examples?.length) return parameter.schema.examples[0];
  return NO_VALUE;
}

function jsonContent(content: Record<string, MediaTypeObject> | undefined): [string, MediaTypeObject] | undefined {
  return Object.entries(content ?? {}).find(([mediaType]) => isJsonMediaType(mediaType));
}

function responseExampleStatus(operation: Operation, name: string): number | undefined {
  for (const [status, response] of Object.entries(operation.object.responses ?? {})) {
    if (!/^\d{3}$/.test(status)) continue;
    for (const media of Object.values(response.content ?? {})) {
      if (media.examples && name in media.examples) return Number(status);
    }
  }
  return undefined;
}

/** The request for example `name`: named parameter/body examples first, fallbacks for what is required. */
export function requestFor(operation: Operation, name: string | undefined): ExampleRequest {
  const request: ExampleRequest = { name, params: { query: {}, path: {}, header: {} }, cookies: {}, missing: [] };
  for (const parameter of operation.parameters) {
    let value = name === undefined ? NO_VALUE : namedExample(parameter.examples, name);
    if (value === NO_VALUE && parameter.required) value = fallbackValue(parameter);
    if (value === NO_VALUE) {
      if (parameter.required) request.missing.push(`${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    if (parameter.in === 'cookie') request.cookies[parameter.name] = value;
    else request.params[parameter.in][parameter.name] = value;
  }
  const body = jsonContent(operation.object.requestBody?.content);
  if (body) {
    const [mediaType, media] = body;
    const named = name === undefined ? NO_VALUE : namedExample(media.examples, name);
    const value = named !== NO_VALUE ? named : (Object.values(media.examples ?? {})[0]?.value ?? media.example);
    if (value !== undefined) {
      request.body = value;
      request.bodyMediaType = mediaType;
    } else if (operation.object.requestBody?.required) {
      request.missing.push('request body');
    }
  }
  if (name !== undefined) request.expectedStatus = responseExampleStatus(operation, name);
  return request;
}

function requestExampleNames(operation: Operation): string[] {
  const names = new Set<string>();
  for (const parameter of operation.parameters) for (const name of Object.keys(parameter.examples ?? {})) names.add(name);
  const body = jsonContent(operation.object.requestBody?.content)?.[1];
  for (const name of Object.keys(body?.examples ?? {})) names.add(name);
  return [...names];
}

/**
 * The requests `verify` replays for an operation: one per request example name (parameter and body examples
 * sharing a name form one request), or a single request with only the required values when there are none.
 */
export function exampleRequests(operation: Operation): ExampleRequest[] {
  const names = requestExampleNames(operation);
  return names.length > 0 ? names.map((name) => requestFor(operation, name)) : [requestFor(operation, undefined)];
}
