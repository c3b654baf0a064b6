import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createTestmoClient, type paths } from '../src/index.js';

describeGeneratedCode('testmo');

await describeConformance({
  api: 'testmo',
  createClient: ({ baseUrl, credentials }) =>
    credentials ? createTestmoClient({ baseUrl, token: 'conformance-test-token' }) : createClient<paths>({ baseUrl }),
});
