import { requestFor as exampleRequestFor, type ExampleRequest } from '@group-apis/contract';
import { isJsonMediaType, type JsonSchema, type MediaTypeObject, type Operation } from '@group-apis/spec';

/** A request as the generated client takes it: `client[METHOD](path, { params, body })`. */
export type ClientRequest = Pick<ExampleRequest, 'params' | 'body'>;

export interface Exchange {
  operation: Operation;
  /** The example name shared by the request's parameter/body examples and the response example. */
  name: string;
  request: ClientRequest;
  /** A doc sample response to get back verbatim, or only a status whose schema the body must satisfy. */
  expected:
    | { kind: 'sample'; status: number; mediaType: string; body: unknown }
    | { kind: 'schema'; status: number; mediaType?: string; schema?: JsonSchema };
}

/** Builds the request for example `name` (named parameter/body examples first, fallbacks for what is required). */
export function requestFor(operation: Operation, name: string | undefined): ClientRequest {
  const { params, body } = exampleRequestFor(operation, name);
  return body === undefined ? { params } : { params, body };
}

function jsonContent(content: Record<string, MediaTypeObject> | undefined): [string, MediaTypeObject] | undefined {
  return Object.entries(content ?? {}).find(([mediaType]) => isJsonMediaType(mediaType));
}

function requestExampleNames(operation: Operation): Set<string> {
  const names = new Set<string>();
  for (const parameter of operation.parameters) for (const name of Object.keys(parameter.examples ?? {})) names.add(name);
  const body = jsonContent(operation.object.requestBody?.content)?.[1];
  for (const name of Object.keys(body?.examples ?? {})) names.add(name);
  return names;
}

/** The lowest 2xx status the operation declares, with its JSON schema if any. */
export function successResponse(operation: Operation): { status: number; mediaType?: string; schema?: JsonSchema } {
  const statuses = Object.keys(operation.object.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort();
  const status = statuses[0];
  if (!status) throw new Error(`${operation.id} declares no 2xx response`);
  const json = jsonContent(operation.object.responses?.[status]?.content);
  return { status: Number(status), mediaType: json?.[0], schema: json?.[1].schema };
}

/** Every doc sample of an operation as a request/response pair, plus every request-only example. */
export function collectExchanges(operation: Operation): Exchange[] {
  const exchanges: Exchange[] = [];
  const answered = new Set<string>();
  for (const [status, response] of Object.entries(operation.object.responses ?? {})) {
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      if (!isJsonMediaType(mediaType)) continue;
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        answered.add(name);
        exchanges.push({
          operation,
          name,
          request: requestFor(operation, name),
          expected: { kind: 'sample', status: Number(status), mediaType, body: example.value },
        });
      }
    }
  }
  for (const name of requestExampleNames(operation)) {
    if (answered.has(name)) continue;
    exchanges.push({ operation, name, request: requestFor(operation, name), expected: { kind: 'schema', ...successResponse(operation) } });
  }
  return exchanges;
}
