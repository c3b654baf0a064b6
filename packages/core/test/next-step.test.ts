import { describe, expect, it } from 'vitest';
import { nextStep, type AttemptOutcome, type CallState, type NextStep } from '../src/next-step.js';
import { DEFAULT_RETRY } from '../src/retry-policy.js';

// The transport's whole policy as a table, with no HTTP: state changes, outcome, expected next step.
const state: CallState = {
  method: 'GET',
  mayRetry: true,
  retry: { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 },
  retries: 0,
  redirects: 0,
  followRedirects: true,
  hasBody: false,
  canRefresh: true,
  refreshOn: [401],
  budgetAllows: true,
  jitter: 0.5,
  now: Date.parse('2030-01-01T00:00:00Z'),
};

const response = (status: number, more: Partial<Extract<AttemptOutcome, { kind: 'response' }>> = {}): AttemptOutcome => ({
  kind: 'response',
  status,
  location: null,
  retryAfter: null,
  credentialed: true,
  ...more,
});

const table: Array<[string, Partial<CallState>, AttemptOutcome, NextStep]> = [
  ['200 is returned', {}, response(200), { action: 'return', budget: 'earn' }],
  ['404 is returned', {}, response(404), { action: 'return', budget: 'earn' }],
  ['308 with Location is followed', {}, response(308, { location: '/v2/groups' }), { action: 'redirect', budget: 'none' }],
  ['303 with Location is followed', {}, response(303, { location: '/x' }), { action: 'redirect', budget: 'none' }],
  ['a redirect without Location is returned', {}, response(302), { action: 'return', budget: 'earn' }],
  ['300 is no redirect', {}, response(300, { location: '/x' }), { action: 'return', budget: 'earn' }],
  ['307 with a body to another origin is returned (the body is never re-sent there)', { method: 'POST', hasBody: true }, response(307, { location: 'https://x', leavesTrust: true }), { action: 'return', budget: 'earn' }],
  ['308 with a body to another origin is returned', { method: 'PUT', hasBody: true }, response(308, { location: 'https://x', leavesTrust: true }), { action: 'return', budget: 'earn' }],
  ['303 with a body to another origin is followed (as a GET without the body)', { method: 'POST', hasBody: true }, response(303, { location: 'https://x', leavesTrust: true }), { action: 'redirect', budget: 'none' }],
  ['307 without a body to another origin is followed (without credentials)', {}, response(307, { location: 'https://x', leavesTrust: true }), { action: 'redirect', budget: 'none' }],
  ['308 with a body within the trusted origins is followed', { method: 'POST', hasBody: true }, response(308, { location: '/v2/groups' }), { action: 'redirect', budget: 'none' }],
  ['the sixth redirect is returned', { redirects: 5 }, response(307, { location: '/x' }), { action: 'return', budget: 'earn' }],
  ['followRedirects: false returns a redirect', { followRedirects: false }, response(301, { location: '/x' }), { action: 'return', budget: 'earn' }],
  ['401 refreshes', {}, response(401), { action: 'refresh', budget: 'none' }],
  ['401 refreshes a POST too', { method: 'POST', mayRetry: false }, response(401), { action: 'refresh', budget: 'none' }],
  ['a second 401 is returned', { canRefresh: false }, response(401), { action: 'return', budget: 'earn' }],
  ['a 401 from a host that got no credential costs no refresh', {}, response(401, { credentialed: false }), { action: 'return', budget: 'earn' }],
  ['403 refreshes when refreshOn says so', { refreshOn: [401, 403] }, response(403), { action: 'refresh', budget: 'none' }],
  ['503 is retried after backoff (jitter 0.5 of 100 ms)', {}, response(503), { action: 'retry', delayMs: 75, budget: 'spend' }],
  ['the second retry doubles the backoff', { retries: 1 }, response(500), { action: 'retry', delayMs: 150, budget: 'spend' }],
  ['429 waits out Retry-After in seconds', {}, response(429, { retryAfter: '3' }), { action: 'retry', delayMs: 3_000, budget: 'spend' }],
  ['429 waits out Retry-After as a date', {}, response(429, { retryAfter: 'Tue, 01 Jan 2030 00:00:02 GMT' }), { action: 'retry', delayMs: 2_000, budget: 'spend' }],
  ['429 without Retry-After takes defaultRetryAfterMs', { retry: { ...DEFAULT_RETRY, defaultRetryAfterMs: 60_000 } }, response(429), { action: 'retry', delayMs: 60_000, budget: 'spend' }],
  ['a Retry-After beyond maxRetryAfterMs is returned', {}, response(429, { retryAfter: '61' }), { action: 'return', budget: 'spend' }],
  ['503 of a POST is returned', { method: 'POST', mayRetry: false }, response(503), { action: 'return', budget: 'spend' }],
  ['503 after the last retry is returned', { retries: 2 }, response(503), { action: 'return', budget: 'spend' }],
  ['503 with the budget spent is returned', { budgetAllows: false }, response(503), { action: 'return', budget: 'spend' }],
  ['503 with retries off is returned', { retry: false, mayRetry: false }, response(503), { action: 'return', budget: 'spend' }],
  ['408 is retried', {}, response(408), { action: 'retry', delayMs: 75, budget: 'spend' }],
  ['a connection failure is retried', {}, { kind: 'connection-failed' }, { action: 'retry', delayMs: 75, budget: 'spend' }],
  ['a timeout (a stalled body too) is retried', {}, { kind: 'timed-out' }, { action: 'retry', delayMs: 75, budget: 'spend' }],
  ['a timeout of a POST is thrown', { method: 'POST', mayRetry: false }, { kind: 'timed-out' }, { action: 'throw', budget: 'spend' }],
  ['a connection failure after the last retry is thrown', { retries: 2 }, { kind: 'connection-failed' }, { action: 'throw', budget: 'spend' }],
  ['a body over the size limit is thrown, never retried', {}, { kind: 'too-large' }, { action: 'throw', budget: 'none' }],
  ["the caller's abort is thrown", {}, { kind: 'aborted' }, { action: 'throw', budget: 'none' }],
];

describe(`nextStep: what happens after an attempt (${table.length} rows)`, () => {
  it.each(table)('%s', (_name, changes, outcome, expected) => {
    expect(nextStep({ ...state, ...changes }, outcome)).toEqual(expected);
  });
});
