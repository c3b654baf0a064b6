// Response bodies taken from the specs' own doc samples, so every client parses what the vendor documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../pipeline/temp-repo.mjs';

/**
 * @param {string} api
 * @returns {any}
 */
function readSpec(api) {
  return parse(readFileSync(join(repoRoot, 'specs', api, 'openapi.yaml'), 'utf8'));
}

/**
 * @param {any} operation
 * @returns {any} the first example of the operation's 200 JSON response
 */
function firstSuccessExample(operation) {
  const examples = operation.responses['200'].content['application/json'].examples;
  const first = Object.values(examples)[0];
  if (!first) throw new Error('the 200 response has no example');
  return /** @type {{ value: unknown }} */ (first).value;
}

/** Kore.ai `GET /groups`: the page's sample response. */
export function koreSample() {
  return firstSuccessExample(readSpec('kore-ai').paths['/groups'].get);
}

/** Testmo `GET /api/v1/groups`: the page's sample response. */
export function testmoSample() {
  return firstSuccessExample(readSpec('testmo').paths['/api/v1/groups'].get);
}

/** The path and query every request-overhead variant sends (Kore.ai's first page of 50). */
export const SAMPLE_QUERY = { offset: 0, limit: 50 };
/** A syntactically plausible Kore.ai JWT; nothing checks it. */
export const SAMPLE_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhcHBJZCI6ImNzLWJlbmNoIn0.c2lnbmF0dXJl';
