// A local upstream for the HTTP benchmarks, run in its own process so its work is not timed with the
// client's. Prints "listening <port>" once ready; stops on SIGTERM or when its parent's stdin closes.
//   GET /sample/groups                       the Kore.ai doc sample, whatever the query
//   GET /kore/<total>/groups?offset&limit    Kore.ai pages (offset is a page number, availableMore)
//   GET /testmo/<total>/api/v1/groups?page&per_page   Testmo pages (next_page until null)
import { createServer } from 'node:http';
import { koreSample, testmoSample } from './fixtures.mjs';

const koreBody = JSON.stringify(koreSample());
const koreGroup = koreSample().groups[0];
const testmoGroup = testmoSample().result[0];

/**
 * @param {number} from
 * @param {number} to
 * @param {(index: number) => unknown} make
 */
function range(from, to, make) {
  const items = [];
  for (let index = from; index < to; index += 1) items.push(make(index));
  return items;
}

/**
 * @param {number} total
 * @param {URLSearchParams} query
 */
function korePage(total, query) {
  const page = Number(query.get('offset') ?? 0);
  const limit = Math.min(Number(query.get('limit') ?? 50), 50);
  const from = Math.min(page * limit, total);
  const to = Math.min(from + limit, total);
  const groups = range(from, to, (index) => ({ ...koreGroup, _id: `e-${index}`, gN: `Group ${index}` }));
  return { total: groups.length, availableMore: to < total, groups };
}

/**
 * @param {number} total
 * @param {URLSearchParams} query
 */
function testmoPage(total, query) {
  const perPage = Number(query.get('per_page') ?? 100);
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const page = Number(query.get('page') ?? 1);
  const from = Math.min((page - 1) * perPage, total);
  const to = Math.min(from + perPage, total);
  const result = range(from, to, (index) => ({ ...testmoGroup, id: index + 1, name: `Group ${index + 1}` }));
  return {
    page,
    prev_page: page > 1 ? page - 1 : null,
    next_page: page < lastPage ? page + 1 : null,
    last_page: lastPage,
    per_page: perPage,
    total,
    result,
    expands: {},
  };
}

/**
 * @param {URL} url
 * @returns {string | undefined}
 */
function route(url) {
  if (url.pathname === '/sample/groups') return koreBody;
  const kore = /^\/kore\/(\d+)\/groups$/.exec(url.pathname);
  if (kore) return JSON.stringify(korePage(Number(kore[1]), url.searchParams));
  const testmo = /^\/testmo\/(\d+)\/api\/v1\/groups$/.exec(url.pathname);
  if (testmo) return JSON.stringify(testmoPage(Number(testmo[1]), url.searchParams));
  return undefined;
}

const server = createServer((request, response) => {
  const body = route(new URL(request.url ?? '/', 'http://127.0.0.1'));
  if (body === undefined) {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"msg":"not found"}]}');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 30_000;

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  process.stdout.write(`listening ${address.port}\n`);
});
