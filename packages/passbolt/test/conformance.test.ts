import { describeConformance, describeGeneratedCode } from '@group-apis/conformance';
import createClient from 'openapi-fetch';
import { createPassboltClient, serializePassboltQuery, type paths } from '../src/index.js';

describeGeneratedCode('passbolt');

await describeConformance({
  api: 'passbolt',
  createClient: ({ baseUrl, credentials }) =>
    credentials
      ? createPassboltClient({ baseUrl, accessToken: 'conformance-test-jwt' })
      : createClient<paths>({ baseUrl, querySerializer: serializePassboltQuery }),
});
