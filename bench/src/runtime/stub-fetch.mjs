// An in-process fetch: no sockets, a fresh Response per call, so only the client's own work differs.

/**
 * @param {string} body JSON text answered to every request
 * @returns {(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>}
 */
export function stubFetch(body) {
  return async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}
