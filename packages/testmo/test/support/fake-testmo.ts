import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import type { Group, GroupResponse, PaginatedGroups, TestmoErrorBody } from '../../src/index.js';

export interface Received {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FakeTestmoOptions {
  /** The site admin's token; any other bearer token gets 401. Default `admin-token`. */
  readonly token?: string;
  /** How many groups the instance has (ids 1..n). Default 3. */
  readonly groups?: number;
  /** Answers instead of the instance when it returns a reply (a fault to inject into the n-th request, 0-based). */
  readonly fault?: (request: Received, index: number) => Reply | undefined;
}

export interface FakeTestmo {
  /** `http://127.0.0.1:<port>`, the instance URL. */
  readonly baseUrl: string;
  readonly requests: Received[];
}

export const unauthenticated: TestmoErrorBody = { message: 'Unauthenticated.' };

export function groupOf(id: number): Group {
  return { id, name: `Group ${id}`, members: [id], created_at: '2021-04-07T09:30:00.000000Z', created_by: 1, updated_at: null, updated_by: null };
}

/** `GET /api/v1/groups` as Testmo pages it: `page` from 1, `per_page` (default 100), `next_page` null on the last page. */
export function pageOf(total: number, page: number, perPage: number): PaginatedGroups {
  const lastPage = total === 0 ? null : Math.ceil(total / perPage);
  const first = (page - 1) * perPage + 1;
  const ids = Array.from({ length: Math.max(0, Math.min(perPage, total - first + 1)) }, (_, index) => first + index);
  return {
    page: lastPage === null ? null : page,
    prev_page: page > 1 && lastPage !== null ? page - 1 : null,
    next_page: lastPage !== null && page < lastPage ? page + 1 : null,
    last_page: lastPage,
    per_page: perPage,
    total,
    result: ids.map(groupOf),
    expands: {},
  };
}

function answer(url: URL, total: number): Reply {
  if (url.pathname === '/api/v1/groups') {
    const page = Number(url.searchParams.get('page') ?? 1);
    return { status: 200, body: pageOf(total, page, Number(url.searchParams.get('per_page') ?? 100)) };
  }
  const id = Number(/^\/api\/v1\/groups\/(\d+)$/.exec(url.pathname)?.[1]);
  if (id >= 1 && id <= total) return { status: 200, body: { result: groupOf(id), expands: {} } satisfies GroupResponse };
  return { status: 404, body: { message: 'Not found.' } };
}

/** A stand-in Testmo instance on 127.0.0.1 (port chosen by the OS), closed when the current test ends. */
export async function fakeTestmo(options: FakeTestmoOptions = {}): Promise<FakeTestmo> {
  const requests: Received[] = [];
  const server = createServer((raw, response) => {
    const request: Received = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers };
    const index = requests.push(request) - 1;
    const reply =
      options.fault?.(request, index) ??
      (raw.headers.authorization === `Bearer ${options.token ?? 'admin-token'}`
        ? answer(new URL(request.url, 'http://testmo.invalid'), options.groups ?? 3)
        : { status: 401, body: unauthenticated });
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Every reply is complete when a test ends, so close() (which drops idle keep-alive sockets) suffices.
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
