// packages/<name>/src/index.ts: the one template for a client factory. It mirrors
// packages/kore-ai/src/index.ts; when the clients move onto @group-apis/core, change it here only.

const tsString = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The client factory of a new API: typed paths, the spec's server as default base URL, a bearer token. */
export function factorySource(api) {
  const client = `${api.pascal}Client`;
  return `import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';

/** The API root every path is relative to: the spec's server URL. */
export const DEFAULT_BASE_URL = ${tsString(api.baseUrl)};

export interface ${client}Options {
  /** The API token, sent as \`Authorization: Bearer <token>\`. */
  token: string;
  /** Overrides \`DEFAULT_BASE_URL\`, for proxies and tests. */
  baseUrl?: string;
}

export type ${client} = Client<paths>;

/** Creates a typed client for the ${api.title}. */
export function create${client}(options: ${client}Options): ${client} {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { Authorization: \`Bearer \${options.token}\` },
  });
}
`;
}

/** The package's whole conformance test: the shared harness does the rest (packages/conformance/README.md). */
export function conformanceTestSource(api) {
  return `import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { create${api.pascal}Client, type paths } from '../src/index.js';

describeGeneratedCode('${api.name}');

await describeConformance({
  api: '${api.name}',
  createClient: ({ baseUrl, credentials }) =>
    credentials ? create${api.pascal}Client({ baseUrl, token: 'conformance-test-token' }) : createClient<paths>({ baseUrl }),
});
`;
}
