import { inferMovedBaseUrl, type BaseUrlSource } from '@group-apis/core';

function normalize(url: string): string {
  const href = new URL(url).href;
  return href.endsWith('/') ? href.slice(0, -1) : href;
}

/**
 * The base URL of Kaizala calls: the endpoint URL the token exchange returned (or the one given), until a
 * `308` within its origin (or to a listed one) names a new one in `Location`; a `308` to any other origin makes
 * `renew` ask the token service again. The move holds while the exchange still returns the endpoint that
 * moved; an exchange that returns another endpoint is newer news, and wins.
 */
export function kaizalaEndpoint(endpointUrl: () => string | Promise<string>, renew?: () => void): BaseUrlSource {
  let move: { readonly from: string; readonly to: string } | undefined;
  const current = async (): Promise<string> => normalize(await endpointUrl());
  return {
    async get() {
      const endpoint = await current();
      return move?.from === endpoint ? move.to : endpoint;
    },
    async moved(redirect) {
      // Kaizala's `Location` is the new endpoint URL itself; a full request URL on a new base is understood too.
      const to = inferMovedBaseUrl(redirect) ?? normalize(redirect.location.href);
      move = { from: await current(), to };
      return to;
    },
    // A 308 to an origin the token is not for: only the token service can say the endpoint moved there.
    ...(renew ? { recheck: renew } : {}),
  };
}
