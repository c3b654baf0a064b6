import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createKoreAiClient, type paths } from '../src/index.js';

describeGeneratedCode('kore-ai');

await describeConformance({
  api: 'kore-ai',
  createClient: ({ baseUrl, credentials }) =>
    // A replayed 429/5xx sample must come back as it is: no retry, no client-side throttling.
    credentials ? createKoreAiClient({ baseUrl, jwt: 'conformance-test-jwt', retry: false, rateLimit: false }) : createClient<paths>({ baseUrl }),
  corpusTypeCheck: new URL('./corpus-types.ts', import.meta.url),
});
