import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createKoreAiClient, type paths } from '../src/index.js';

describeGeneratedCode('kore-ai');

await describeConformance({
  api: 'kore-ai',
  createClient: ({ baseUrl, credentials }) =>
    credentials ? createKoreAiClient({ baseUrl, jwt: 'conformance-test-jwt' }) : createClient<paths>({ baseUrl }),
});
