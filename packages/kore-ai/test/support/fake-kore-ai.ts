import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeProtectedHeader, jwtVerify, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import { onTestFinished } from 'vitest';
import type { GroupList, KoreAiErrorBody } from '../../src/index.js';

export interface ReceivedRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The `auth` header's JWT, when it verified against the app's secret. */
  readonly jwt: { readonly token: string; readonly header: ProtectedHeaderParameters; readonly claims: JWTPayload } | undefined;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeKoreAi {
  /** `http://127.0.0.1:<port>/api/public`, as the client's `baseUrl`. */
  readonly baseUrl: string;
  readonly requests: ReceivedRequest[];
}

export interface FakeKoreAiOptions {
  /** When set, an `auth` header that is not an HS256 JWT signed with it gets a 401, as Kore.ai answers. */
  readonly clientSecret?: string;
  /** Answers an authenticated request (the n-th one received, 0-based). Default: one empty, last page. */
  readonly reply?: (request: ReceivedRequest, index: number) => Reply;
}

export const emptyPage: GroupList = { total: 0, availableMore: false, groups: [] };
export const invalidJwt: KoreAiErrorBody = { errors: [{ msg: 'Invalid JWT', code: 401 }] };

/** A stand-in for Kore.ai's public API on 127.0.0.1, with a port chosen by the OS, closed when the current test ends. */
export async function fakeKoreAi(options: FakeKoreAiOptions = {}): Promise<FakeKoreAi> {
  const requests: ReceivedRequest[] = [];
  const secret = options.clientSecret === undefined ? undefined : new TextEncoder().encode(options.clientSecret);
  const server = createServer((raw, response) => {
    void (async () => {
      const token = typeof raw.headers.auth === 'string' ? raw.headers.auth : undefined;
      const jwt = secret && token ? await verified(token, secret) : undefined;
      const request: ReceivedRequest = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, jwt };
      const index = requests.push(request) - 1;
      if (secret && !jwt) return send(response, { status: 401, body: invalidJwt });
      send(response, options.reply?.(request, index) ?? { status: 200, body: emptyPage });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Every reply is complete when a test ends, so close() (which drops idle keep-alive sockets) suffices.
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public`, requests };
}

async function verified(token: string, secret: Uint8Array): Promise<ReceivedRequest['jwt']> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    return { token, header: decodeProtectedHeader(token), claims: payload };
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
  response.end(JSON.stringify(reply.body));
}
