import { infoOf } from './api-summary.js';
import type { ClientFactory } from './client-snippet.js';
import { listOperations, type OpenApiDocument, type Operation } from '@group-apis/spec';
import { sampleRequest, type SampleRequest } from './request-values.js';
import { filledPath, queryString, serverUrl } from './wire-form.js';

// The request samples of every operation (Redoc's `x-codeSamples`): the call through the API's own client, and
// the same request as curl. Both are made from the spec and the client's factory only; the tests compile the
// TypeScript against the built client and check the curl's request against the spec.

export interface SampleClient {
  /** The API's name in redocly.yaml (`kore-ai`): the client's variable and the environment variables derive from it. */
  apiName: string;
  packageName: string;
  factory: ClientFactory;
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export const TYPESCRIPT_LABEL = 'TypeScript';
export const CURL_LABEL = 'curl';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function camelCase(name: string): string {
  return name.replace(/[-_]+([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function screamingSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** The environment variable a sample reads a secret option from: `TESTMO_TOKEN`, `KORE_AI_JWT`. */
export function secretVariable(apiName: string, option: string): string {
  return `${screamingSnake(apiName)}_${screamingSnake(option)}`;
}

const URL_OPTION = /url$/i;

/** The factory's required options as the samples set them: URLs from the spec's server, secrets from the environment. */
function clientOptions(client: SampleClient, document: OpenApiDocument): string[] {
  return client.factory.requiredOptions.map(({ name, placeholder }) => {
    const key = IDENTIFIER.test(name) ? name : `'${name}'`;
    if (URL_OPTION.test(name) && placeholder.startsWith("'")) return `${key}: ${tsLiteral(serverUrl(document))}`;
    if (placeholder.startsWith("'<")) return `${key}: process.env.${secretVariable(client.apiName, name)}!`;
    return `${key}: ${placeholder}`;
  });
}

/** The environment variable holding the credential the curl sample sends: the factory's first secret option. */
function credentialVariable(client: SampleClient): string {
  const secret = client.factory.requiredOptions.find(({ name, placeholder }) => !URL_OPTION.test(name) && placeholder.startsWith("'<"));
  return secret ? secretVariable(client.apiName, secret.name) : `${screamingSnake(client.apiName)}_TOKEN`;
}

/** The right-hand panel shows about 55 characters: a literal longer than that goes one member per line. */
const PANEL_WIDTH = 55;

/** A JSON-like value as a TypeScript literal: single quotes, keys unquoted where they can be, wrapped to the panel. */
export function tsLiteral(value: unknown, indent = 0, broken = false, column = indent): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const members = isArray
    ? (value as unknown[]).map((item) => ({ key: '', item }))
    : Object.entries(value).map(([key, item]) => ({ key: `${IDENTIFIER.test(key) ? key : tsLiteral(key)}: `, item }));
  if (members.length === 0) return isArray ? '[]' : '{}';
  const [open, close] = isArray ? ['[', ']'] : ['{ ', ' }'];
  const inline = `${open}${members.map(({ key, item }) => `${key}${tsLiteral(item, indent)}`).join(', ')}${close}`;
  if (!broken && column + inline.length <= PANEL_WIDTH && !inline.includes('\n')) return inline;
  const pad = ' '.repeat(indent + 2);
  const lines = members.map(({ key, item }) => `${pad}${key}${tsLiteral(item, indent + 2, false, indent + 2 + key.length)},`);
  return `${open.trim()}\n${lines.join('\n')}\n${' '.repeat(indent)}${close.trim()}`;
}

function callInit(request: SampleRequest): Record<string, unknown> | undefined {
  const params: Record<string, unknown> = {};
  for (const where of ['path', 'query', 'header'] as const) {
    const values = request.parameters.filter(({ parameter }) => parameter.in === where);
    if (values.length > 0) params[where] = Object.fromEntries(values.map(({ parameter, value }) => [parameter.name, value]));
  }
  const init: Record<string, unknown> = {};
  if (Object.keys(params).length > 0) init['params'] = params;
  if (request.bodyType) init['body'] = request.body;
  return Object.keys(init).length > 0 ? init : undefined;
}

/** The operation called through the API's client: import, create, call. */
export function typescriptSample(client: SampleClient, document: OpenApiDocument, entry: Operation): string {
  const variable = camelCase(client.apiName);
  const init = callInit(sampleRequest(document, entry));
  // The init object always goes on lines of its own, so the call line stays short.
  const call = `${variable}.${entry.method.toUpperCase()}('${entry.path}'${init ? `, ${tsLiteral(init, 0, true)}` : ''})`;
  return [
    `import { ${client.factory.name} } from '${client.packageName}';`,
    '',
    `const ${variable} = ${client.factory.name}({\n${clientOptions(client, document).map((option) => `  ${option},`).join('\n')}\n});`,
    '',
    `const { data, error } = await ${call};`,
  ].join('\n');
}

interface SecurityScheme {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
}

/** The credential of the operation's first security requirement, as curl sends it. */
function credentialArguments(document: OpenApiDocument, entry: Operation, variable: string): string[] {
  const requirements = entry.security;
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, SecurityScheme>;
  const first = requirements[0] ?? {};
  return Object.keys(first).flatMap((name) => {
    const scheme = schemes[name];
    if (!scheme) throw new Error(`${infoOf(document).title}: security requirement ${name} names no security scheme`);
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return [`-H "Authorization: Bearer $${variable}"`];
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return [`-u "$${variable}"`];
    if (scheme.type === 'apiKey' && scheme.in === 'header') return [`-H "${scheme.name}: $${variable}"`];
    if (scheme.type === 'apiKey' && scheme.in === 'cookie') return [`--cookie "${scheme.name}=$${variable}"`];
    throw new Error(`${infoOf(document).title}: no curl form for security scheme ${name} (${scheme.type} ${scheme.scheme ?? scheme.in ?? ''})`);
  });
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The same request as curl: the spec's server URL, the path and query in wire form, the credential header, the body. */
export function curlSample(client: SampleClient, document: OpenApiDocument, entry: Operation): string {
  const request = sampleRequest(document, entry);
  const query = queryString(request.parameters);
  const url = `${serverUrl(document)}${filledPath(entry.path, request.parameters)}${query ? `?${query}` : ''}`;
  const first = ['curl'];
  // curl reads [ ] in a URL as a glob unless told not to.
  if (/[[\]{}]/.test(url)) first.push('--globoff');
  if (entry.method !== 'get') first.push('-X', entry.method.toUpperCase());
  first.push(shellQuote(url));
  const headers = request.parameters.filter(({ parameter }) => parameter.in === 'header').map(({ parameter, value }) => `-H ${shellQuote(`${parameter.name}: ${String(value)}`)}`);
  const json = JSON.stringify(request.body);
  const body = request.bodyType ? [`-H ${shellQuote(`Content-Type: ${request.bodyType}`)}`, `-d ${shellQuote(json.length > PANEL_WIDTH ? JSON.stringify(request.body, null, 2) : json)}`] : [];
  return [first.join(' '), ...credentialArguments(document, entry, credentialVariable(client)), ...headers, ...body].join(' \\\n  ');
}

/** Both samples of one operation, TypeScript first: Redoc shows the first by default. */
export function codeSamples(client: SampleClient, document: OpenApiDocument, entry: Operation): CodeSample[] {
  return [
    { lang: 'TypeScript', label: TYPESCRIPT_LABEL, source: typescriptSample(client, document, entry) },
    { lang: 'Shell', label: CURL_LABEL, source: curlSample(client, document, entry) },
  ];
}

/** Every operation of the document with its samples, for the tests and the docs copy alike. */
export function allCodeSamples(client: SampleClient, document: OpenApiDocument): { entry: Operation; samples: CodeSample[] }[] {
  return listOperations(document, { order: 'document' }).map((entry) => ({ entry, samples: codeSamples(client, document, entry) }));
}
