import { json, recordingServer, type RecordingServer } from './recording-server.js';

export const CREDENTIALS = {
  applicationId: '37ba1e41-d55c-43bf-a2fa-d72c97aa080a',
  applicationSecret: 'W2N7H1RW3V-connector-secret',
  refreshToken: 'eyJ-connector-refresh-token',
} as const;

export const GROUP = { groupName: 'Sample group name', groupId: '853654b2-5874-462d-b709-0c4e43a7083f' };
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface FakeKaizala {
  /** The token service; its root is `${tokenService.url}/v1`. */
  readonly tokenService: RecordingServer;
  /** The user's endpoint: answers 401 unless the `accessToken` header is in `valid`. */
  readonly endpoint: RecordingServer;
  /** Access tokens the endpoint accepts; delete one to revoke it. */
  readonly valid: Set<string>;
  /** Access tokens issued so far: `token-1`, `token-2`, ... */
  readonly issued: string[];
  /** The options that point a client at these servers. */
  readonly options: typeof CREDENTIALS & { readonly tokenServiceUrl: string };
}

/**
 * A token service and an endpoint on 127.0.0.1, both closed when the test ends. Each exchange issues the
 * next `token-n`, valid for `lifetimeMs`, after a short delay so that concurrent callers pile up behind it.
 */
export async function fakeKaizala(lifetimeMs = DAY_MS): Promise<FakeKaizala> {
  const valid = new Set<string>();
  const issued: string[] = [];
  const endpoint = await recordingServer((request, response) => {
    const token = request.headers['accesstoken'];
    if (typeof token !== 'string' || !valid.has(token)) return json(response, 401, { message: 'Authorization has been denied for this request.' });
    if (request.method === 'POST') return json(response, 200, { groupName: 'Ops', groupId: GROUP.groupId, membersAdded: true });
    return json(response, 200, { groups: [GROUP] });
  });
  const tokenService = await recordingServer((_request, response) => {
    const accessToken = `token-${issued.length + 1}`;
    issued.push(accessToken);
    valid.add(accessToken);
    const grant = { accessToken, endpointUrl: endpoint.url, accessTokenExpiry: Date.now() + lifetimeMs };
    setTimeout(() => json(response, 200, grant), 5);
  });
  return { tokenService, endpoint, valid, issued, options: { ...CREDENTIALS, tokenServiceUrl: `${tokenService.url}/v1` } };
}
