import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createTestmoClient, type paths } from '../src/index.js';

describeGeneratedCode('testmo');

await describeConformance({
  api: 'testmo',
  createClient: ({ baseUrl, credentials }) =>
    // A replayed 429/5xx sample must come back as it is: no retry, no client-side throttling.
    credentials ? createTestmoClient({ baseUrl, token: 'conformance-test-token', retry: false, rateLimit: false }) : createClient<paths>({ baseUrl }),
  corpusTypeCheck: new URL('./corpus-types.ts', import.meta.url),
});
