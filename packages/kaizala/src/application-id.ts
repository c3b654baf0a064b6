import type { Middleware } from 'openapi-fetch';

const GET_GROUP = '/v1/groups/{groupId}';

/**
 * Sends the connector's `applicationId` header on `getGroup`, where Kaizala's official Swagger lists it
 * (`FetchGroupDetails`; the current page does not). Only with connector credentials, whose application id
 * the client knows; a header the call sets itself is left as it is. The id is not a secret.
 */
export function applicationIdOnGetGroup(applicationId: string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.method !== 'GET' || schemaPath !== GET_GROUP || request.headers.has('applicationId')) return undefined;
      request.headers.set('applicationId', applicationId);
      return request;
    },
  };
}
