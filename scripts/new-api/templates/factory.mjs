// packages/<name>/src/index.ts: the one template for a client factory. It has the shape of
// packages/testmo/src/index.ts, the client with a plain bearer token: its own options destructured, the rest
// spread into @group-apis/core's createClient. When that shape changes, change it here only.
import { tsString } from './ts-literal.mjs';

/** The client factory of a new API: typed paths, the spec's server as default base URL, a bearer token, the core runtime. */
export function factorySource(api) {
  const client = `${api.pascal}Client`;
  return `import { createClient, staticAuth, type ClientOptions } from '@group-apis/core';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';
export * from '@group-apis/core/errors';
export type { Logger, RateLimitOptions, RequestLog, RetryOptions } from '@group-apis/core';

/** The API root every path is relative to: the spec's server URL. */
export const DEFAULT_BASE_URL = ${tsString(api.baseUrl)};

/** The API token, and the runtime options of @group-apis/core (timeouts, retries, rate limits, logging, fetch). */
export interface ${client}Options extends Omit<ClientOptions, 'baseUrl' | 'auth'> {
  /** The API token, sent as \`Authorization: Bearer <token>\`. */
  readonly token: string;
  /** Overrides \`DEFAULT_BASE_URL\`, for proxies and tests. */
  readonly baseUrl?: string;
}

export type ${client} = Client<paths>;

/** Creates a typed client for the ${api.title}. */
export function create${client}(options: ${client}Options): ${client} {
  const { token, baseUrl = DEFAULT_BASE_URL, ...runtime } = options;
  return createClient<paths>({ ...runtime, baseUrl, auth: staticAuth({ authorization: \`Bearer \${token}\` }) });
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
    // A replayed 429/5xx sample must come back as it is: no retry, no client-side throttling.
    credentials ? create${api.pascal}Client({ baseUrl, token: 'conformance-test-token', retry: false, rateLimit: false }) : createClient<paths>({ baseUrl }),
});
`;
}
