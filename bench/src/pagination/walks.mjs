// The two vendors' pagination rules as @group-apis/core `paginate` walks over a core client.
import { SAMPLE_JWT } from '../runtime/fixtures.mjs';

/**
 * @typedef {object} VendorWalk
 * @property {number} pageSize
 * @property {(core: any, origin: string, total: number) => AsyncIterable<unknown>} groups
 */

/** @type {Record<'kore' | 'testmo', VendorWalk>} */
export const vendors = {
  // Kore.ai: `offset` is a page number from 0, at most 50 per page, `availableMore` says whether to go on.
  kore: {
    pageSize: 50,
    groups(core, origin, total) {
      const client = core.createClient({ baseUrl: `${origin}/kore/${total}`, auth: core.staticAuth({ auth: SAMPLE_JWT }) });
      return core.paginate({
        start: 0,
        fetchPage: (/** @type {number} */ offset, /** @type {AbortSignal | undefined} */ signal) =>
          core.unwrap(client.GET('/groups', { params: { query: { offset, limit: 50 } }, signal })),
        nextCursor: (/** @type {any} */ page, /** @type {number} */ offset) => (page.availableMore ? offset + 1 : null),
        items: (/** @type {any} */ page) => page.groups,
      });
    },
  },
  // Testmo: `page` from 1, 100 per page, until `next_page` is null.
  testmo: {
    pageSize: 100,
    groups(core, origin, total) {
      const client = core.createClient({ baseUrl: `${origin}/testmo/${total}`, auth: core.staticAuth({ authorization: `Bearer ${SAMPLE_JWT}` }) });
      return core.paginate({
        start: 1,
        fetchPage: (/** @type {number} */ page, /** @type {AbortSignal | undefined} */ signal) =>
          core.unwrap(client.GET('/api/v1/groups', { params: { query: { page, per_page: 100 } }, signal })),
        nextCursor: (/** @type {any} */ page) => page.next_page,
        items: (/** @type {any} */ page) => page.result,
      });
    },
  },
};
