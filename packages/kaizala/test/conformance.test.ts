import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createKaizalaClient, type paths } from '../src/index.js';

describeGeneratedCode('kaizala');

await describeConformance({
  api: 'kaizala',
  createClient: ({ baseUrl, credentials }) =>
    credentials ? createKaizalaClient({ endpointUrl: baseUrl, accessToken: 'conformance-test-token' }) : createClient<paths>({ baseUrl }),
});
