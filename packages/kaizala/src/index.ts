import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';
export { groupImageUrlOf } from './group-image-url.js';

/** The `{ groups }` envelope that `GET /v1/groups` and `GET /v1/groups/{groupId}` both return. */
export type GroupList = components['schemas']['GroupList'];
/** A conversation group; fields beyond `groupId` and `groupName` depend on the call and its options. */
export type Group = components['schemas']['Group'];
/** `Group` (regular) or `ConnectGroup` (managed public group). */
export type GroupType = components['schemas']['GroupType'];
/** The body of `POST /v1/groups`. */
export type NewGroup = components['schemas']['NewGroup'];
/** What `POST /v1/groups` returns. */
export type CreatedGroup = components['schemas']['CreatedGroup'];
/** The error body assumed for Kaizala's error responses (undocumented by the vendor). */
export type KaizalaErrorBody = components['schemas']['Error'];

export interface KaizalaClientOptions {
  /** The `endpointUrl` the token exchange returned with the access token, e.g. `https://inc-001.KaizalaMessaging.osi.office.net`. */
  endpointUrl: string;
  /** The access token sent in the `accessToken` header (valid 24 hours). */
  accessToken: string;
  /** Overrides `endpointUrl` as the base URL, for proxies and tests. */
  baseUrl?: string;
}

export type KaizalaClient = Client<paths>;

/** Creates a typed client for the Kaizala groups API. */
export function createKaizalaClient(options: KaizalaClientOptions): KaizalaClient {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? options.endpointUrl,
    headers: { accessToken: options.accessToken },
  });
}
