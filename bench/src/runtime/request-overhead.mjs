// Request overhead: the same GET through raw fetch, bare openapi-fetch, a group-apis client and the
// hey-api peer, side by side, over an in-process stub fetch and over a local HTTP server.
import { fileURLToPath } from 'node:url';
import { latencyRatio, runInterleaved } from '../interleaved.mjs';
import { profileScript, summarizeProfile } from '../profile.mjs';
import { koreSample } from './fixtures.mjs';
import { loadCore } from './load-core.mjs';
import { loadPeer, peerVersion } from './load-peer.mjs';
import { allVariants } from './request-variants.mjs';
import { startFixtureServer } from './start-fixture-server.mjs';
import { stubFetch } from './stub-fetch.mjs';

const A = 'a raw fetch';
const B = 'b openapi-fetch';
const C = 'c group-apis client';
const C0 = 'c0 core, features off';
const D = 'd hey-api';

/**
 * Every variant must hand back the same parsed body before any of them is timed.
 * @param {Record<string, () => Promise<unknown>>} variants
 */
async function assertSameResults(variants) {
  const expected = JSON.stringify(koreSample());
  for (const [name, variant] of Object.entries(variants)) {
    const actual = JSON.stringify(await variant());
    if (actual !== expected) throw new Error(`${name} returned ${actual.slice(0, 80)}, not the sample body`);
  }
}

/**
 * @param {Record<string, number>[]} perRound
 */
function ratios(perRound) {
  return {
    cOverB: latencyRatio(perRound, C, B),
    cOverD: latencyRatio(perRound, C, D),
    c0OverB: latencyRatio(perRound, C0, B),
    bOverA: latencyRatio(perRound, B, A),
    dOverB: latencyRatio(perRound, D, B),
  };
}

/**
 * @param {{ smoke: boolean }} options
 */
export async function measureRequestOverhead(options) {
  const core = await loadCore();
  const peer = await loadPeer();
  const rounds = options.smoke ? { rounds: 1, timeMs: 20, warmupMs: 5, iterations: 4 } : { rounds: 9, timeMs: 400, warmupMs: 150 };

  const stubVariants = allVariants({ core, peer, fetchImpl: stubFetch(JSON.stringify(koreSample())), baseUrl: 'https://bots.kore.ai/api/public' });
  await assertSameResults(stubVariants);
  const stub = await runInterleaved(stubVariants, rounds);

  const server = await startFixtureServer();
  let http;
  try {
    const httpVariants = allVariants({ core, peer, fetchImpl: globalThis.fetch, baseUrl: `${server.origin}/sample` });
    await assertSameResults(httpVariants);
    http = await runInterleaved(httpVariants, options.smoke ? rounds : { rounds: 7, timeMs: 500, warmupMs: 150 });
  } finally {
    await server.stop();
  }

  const stubRatios = ratios(stub.perRound);
  const httpRatios = ratios(http.perRound);
  const targets = {
    stubWithin115OfBare: stubRatios.cOverB.median <= 1.15,
    fasterThanPeerStub: stubRatios.cOverD.median < 1,
    fasterThanPeerHttp: httpRatios.cOverD.median < 1,
  };
  // Profiles explain a missed target; the smoke run profiles briefly so the code path stays exercised.
  const missed = !targets.stubWithin115OfBare || !targets.fasterThanPeerStub || !targets.fasterThanPeerHttp;
  let profiles;
  if (missed || options.smoke) {
    const script = fileURLToPath(new URL('./profile-variant.mjs', import.meta.url));
    const labels = options.smoke ? [B, C] : [B, C, D];
    const [profileMs, warmupCalls] = options.smoke ? ['100', '50'] : ['6000', '3000'];
    const { profile, output } = await profileScript(script, [labels.join(','), profileMs, warmupCalls], { cwd: process.cwd() });
    const { calls, windows } = JSON.parse(output);
    /** @type {Record<string, any>} */
    const byVariant = {};
    for (const label of labels) {
      const summary = summarizeProfile(profile, { windows: windows[label] });
      byVariant[label] = { ...summary, calls: calls[label], usPerCall: (summary.sampledMs * 1000) / Math.max(calls[label], 1) };
    }
    profiles = byVariant;
  }
  return {
    peer: `@hey-api/openapi-ts ${peerVersion()} with @hey-api/client-fetch (generated into bench/.cache)`,
    stub: { tasks: stub.tasks, ratios: stubRatios },
    http: { tasks: http.tasks, ratios: httpRatios },
    targets,
    profiles,
  };
}
