import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createKaizalaClient, type paths } from '../src/index.js';

describeGeneratedCode('kaizala');

await describeConformance({
  api: 'kaizala',
  createClient: ({ baseUrl, credentials }) =>
    credentials
      ? // A replayed 429 or 5xx sample must come back as it is: no retry, no client-side limit.
        createKaizalaClient({ endpointUrl: baseUrl, accessToken: 'conformance-test-token', retry: false, rateLimit: false })
      : createClient<paths>({ baseUrl }),
  corpusTypeCheck: new URL('./corpus-types.ts', import.meta.url),
});
