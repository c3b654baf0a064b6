import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../src/contract.js';
import { verifyLive } from '../src/live.js';
import { verdict, type ContractReport } from '../src/report/report.js';
import { DRIFT_CASES, type DriftCase } from './drift-cases.js';
import { runInProcess } from './helpers/run-cli.js';
import { apisWithSpecs, startSpecUpstream, type SpecUpstream } from './helpers/spec-upstream.js';

function flatViolations(report: ContractReport) {
  const seen = new Map<string, { operation?: string; location: string; pointer: string; message: string }>();
  for (const exchange of report.exchanges) {
    for (const violation of exchange.violations) {
      const flat = { operation: exchange.operation?.id, location: violation.location, pointer: violation.pointer, message: violation.message };
      seen.set(JSON.stringify(flat), flat);
    }
  }
  return [...seen.values()];
}

for (const api of apisWithSpecs()) {
  describe(`verify ${api.name} against a live upstream`, () => {
    let contract: Contract;
    beforeAll(async () => {
      contract = await loadContract(api.name, api.spec);
    });

    it('passes (exit 0) when the upstream answers as the spec says', async () => {
      const upstream = await startSpecUpstream(api, undefined, contract);
      try {
        const report = await verifyLive(contract, { baseUrl: upstream.baseUrl });
        expect(flatViolations(report)).toEqual([]);
        expect(report.exchanges.length).toBeGreaterThan(0);
        expect(verdict(report).exitCode).toBe(0);
        // Only safe methods are replayed without --allow-writes.
        expect(upstream.seen.every((request) => ['GET', 'HEAD', 'OPTIONS'].includes(request.method))).toBe(true);
      } finally {
        await upstream.close();
      }
    });

    const cases = DRIFT_CASES[api.name];
    if (!cases) {
      it.todo(`drift cases for ${api.name} (add them to test/drift-cases.ts)`);
      return;
    }
    for (const [kind, driftCase] of Object.entries(cases)) {
      if ('none' in driftCase) {
        it.skip(`${kind}: ${driftCase.none}`, () => {});
        continue;
      }
      const { title, drift, expected } = driftCase as DriftCase;
      it(`reports ${kind} (${title}) with operation and pointer, exit 1`, async () => {
        let upstream: SpecUpstream | undefined;
        try {
          upstream = await startSpecUpstream(api, drift, contract);
          const report = await verifyLive(contract, { baseUrl: upstream.baseUrl });
          expect(flatViolations(report)).toEqual([expected]);
          expect(verdict(report).exitCode).toBe(1);
        } finally {
          await upstream?.close();
        }
      });
    }
  });
}

describe('verify --allow-writes', () => {
  const kaizala = apisWithSpecs().find((api) => api.name === 'kaizala');
  it.runIf(kaizala)('replays the request body examples of operations that change data', async () => {
    const contract = await loadContract('kaizala', kaizala!.spec);
    const upstream = await startSpecUpstream(kaizala!, undefined, contract);
    try {
      const report = await verifyLive(contract, { baseUrl: upstream.baseUrl, allowWrites: true, headers: { accesstoken: 'token' } });
      expect(verdict(report).exitCode).toBe(0);
      const post = upstream.seen.find((request) => request.method === 'POST');
      expect(post?.url).toBe('/v1/groups');
      expect(post?.headers['content-type']).toBe('application/json');
      expect(post?.headers.accesstoken).toBe('token');
      expect(JSON.parse(post!.body)).toEqual({ name: 'Kaizala Test group', welcomeMessage: 'Welcome to group created programmatically', members: ['+911099999999'], groupType: 'Group' });
    } finally {
      await upstream.close();
    }
  });
});

describe('verify: credentials and expected statuses', () => {
  const kore = apisWithSpecs().find((api) => api.name === 'kore-ai');

  it.runIf(kore)('sends CONTRACT_HEADERS and --header credentials without printing them', async () => {
    const upstream = await startSpecUpstream(kore!);
    try {
      const run = await runInProcess(['verify', '--api', 'kore-ai', '--base-url', upstream.baseUrl, '--header', 'X-Trace: TRACE-SECRET-1', '--format', 'json'], {
        CONTRACT_HEADERS: 'auth: KORE-SECRET-JWT\nX-Trace: overridden',
      });
      expect(run.code).toBe(0);
      expect(upstream.seen[0]!.headers.auth).toBe('KORE-SECRET-JWT');
      expect(upstream.seen[0]!.headers['x-trace']).toBe('TRACE-SECRET-1');
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET/);
    } finally {
      await upstream.close();
    }
  });

  it.runIf(kore)('fails when a documented status is not the one the example expects (bad credentials)', async () => {
    const contract = await loadContract('kore-ai', kore!.spec);
    const upstream = await startSpecUpstream(kore!, { operation: 'listGroups', status: 401, raw: '{"errors":[{"msg":"Unauthorized","code":401}]}' }, contract);
    try {
      const report = await verifyLive(contract, { baseUrl: upstream.baseUrl });
      expect(flatViolations(report)).toEqual([
        { operation: 'listGroups', location: 'response status', pointer: '', message: 'expected 200 (the status of response example sampleResponse), got 401' },
      ]);
    } finally {
      await upstream.close();
    }
  });
});
