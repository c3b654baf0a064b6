import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createPassboltClient, serializePassboltQuery, type paths } from '../src/index.js';

describeGeneratedCode('passbolt');

await describeConformance({
  api: 'passbolt',
  createClient: ({ baseUrl, credentials }) =>
    credentials
      ? // A replayed 5xx sample must come back as it is: no retry (and passbolt has no rate limit to turn off).
        createPassboltClient({ baseUrl, accessToken: 'conformance-test-jwt', retry: false, rateLimit: false })
      : createClient<paths>({ baseUrl, querySerializer: serializePassboltQuery }),
  corpusTypeCheck: new URL('./corpus-types.ts', import.meta.url),
});
