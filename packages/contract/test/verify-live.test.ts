import { beforeAll, describe, expect, it } from 'vitest';
import { createContract, loadContract, type Contract } from '../src/contract.js';
import { verifyLive } from '../src/live.js';
import { verdict, type ContractReport } from '../src/report/report.js';
import { DRIFT_CASES, OPEN_ENUM_CASES, type DriftCase } from './drift-cases.js';
import { testCredentials } from './helpers/credentials.js';
import { startFakeUpstream } from './helpers/fake-upstream.js';
import { runInProcess } from './helpers/run-cli.js';
import { apisWithSpecs, startSpecUpstream, type SpecUpstream } from './helpers/spec-upstream.js';

function flatViolations(report: ContractReport) {
  const seen = new Map<string, { operation?: string; location: string; pointer: string; message: string }>();
  for (const finding of report.findings) {
    const flat = { operation: finding.operation?.id, location: finding.location, pointer: finding.pointer, message: finding.message };
    seen.set(JSON.stringify(flat), flat);
  }
  return [...seen.values()];
}

for (const api of apisWithSpecs()) {
  describe(`verify ${api.name} against a live upstream`, () => {
    let contract: Contract;
    let headers: Record<string, string>;
    beforeAll(async () => {
      contract = await loadContract(api.name, api.spec);
      headers = testCredentials(contract, 'TEST-SECRET');
    });

    it('passes (exit 0) when the upstream answers as the spec says', async () => {
      const upstream = await startSpecUpstream(api, undefined, contract);
      try {
        const report = await verifyLive(contract, { baseUrl: upstream.baseUrl, headers });
        expect(flatViolations(report)).toEqual([]);
        expect(report.exchanges).toBeGreaterThan(0);
        expect(verdict(report).exitCode).toBe(0);
        // Only safe methods are replayed without --allow-writes.
        expect(upstream.seen.every((request) => ['GET', 'HEAD', 'OPTIONS'].includes(request.method))).toBe(true);
      } finally {
        await upstream.close();
      }
    });

    const open = OPEN_ENUM_CASES[api.name];
    if (open) {
      it(`accepts a response enum value the spec does not list (${open.title}), exit 0`, async () => {
        let upstream: SpecUpstream | undefined;
        try {
          upstream = await startSpecUpstream(api, open.drift, contract);
          const report = await verifyLive(contract, { baseUrl: upstream.baseUrl, headers });
          expect(flatViolations(report)).toEqual([]);
          expect(verdict(report).exitCode).toBe(0);
        } finally {
          await upstream?.close();
        }
      });
    }

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
          const report = await verifyLive(contract, { baseUrl: upstream.baseUrl, headers });
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
  const passbolt = apisWithSpecs().find((api) => api.name === 'passbolt');

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

  it.runIf(kore)('reports a request sent without the credentials the spec requires', async () => {
    const contract = await loadContract('kore-ai', kore!.spec);
    const upstream = await startSpecUpstream(kore!, undefined, contract);
    try {
      const report = await verifyLive(contract, { baseUrl: upstream.baseUrl });
      expect(flatViolations(report)).toEqual([{ operation: 'listGroups', location: 'request credentials', pointer: '', message: 'expected header auth (koreJwt), got none' }]);
    } finally {
      await upstream.close();
    }
  });

  it.runIf(passbolt)("sends Passbolt's session cookie from CONTRACT_HEADERS, which satisfies the spec's cookie alternative", async () => {
    const upstream = await startSpecUpstream(passbolt!);
    try {
      const run = await runInProcess(['verify', '--api', 'passbolt', '--base-url', upstream.baseUrl, '--format', 'json'], { CONTRACT_HEADERS: 'Cookie: passbolt_session=PASSBOLT-SECRET-SESSION' });
      expect(run.code).toBe(0);
      expect(upstream.seen.map((request) => request.headers.cookie)).toEqual(upstream.seen.map(() => 'passbolt_session=PASSBOLT-SECRET-SESSION'));
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/SECRET/);
    } finally {
      await upstream.close();
    }
  });

  it.runIf(kore)('fails when a documented status is not the one the example expects (bad credentials)', async () => {
    const contract = await loadContract('kore-ai', kore!.spec);
    const upstream = await startSpecUpstream(kore!, { operation: 'listGroups', status: 401, raw: '{"errors":[{"msg":"Unauthorized","code":401}]}' }, contract);
    try {
      const report = await verifyLive(contract, { baseUrl: upstream.baseUrl, headers: { auth: 'EXPIRED-JWT' } });
      expect(flatViolations(report)).toEqual([
        { operation: 'listGroups', location: 'response status', pointer: '', message: 'expected 200 (the status of response example sampleResponse), got 401' },
      ]);
    } finally {
      await upstream.close();
    }
  });
});

describe('verify: cookie parameters', () => {
  it('sends the examples of cookie parameters after the configured cookies, and checks them', async () => {
    const contract = createContract('fixture', 'fixture.yaml', {
      openapi: '3.1.0',
      security: [{ session: [] }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
      paths: {
        '/preferences': {
          get: {
            operationId: 'getPreferences',
            parameters: [
              { name: 'lang', in: 'cookie', required: true, example: 'en', schema: { type: 'string', enum: ['en', 'de'] } },
              { name: 'columns', in: 'cookie', examples: { wide: { value: ['name', 'size'] } }, schema: { type: 'array', items: { type: 'string' } } },
            ],
            responses: { '204': { description: 'No content.' } },
          },
        },
      },
    });
    const upstream = await startFakeUpstream(() => ({ status: 204 }));
    try {
      const report = await verifyLive(contract, { baseUrl: upstream.url, headers: { Cookie: 'sid=SESSION-SECRET' } });
      expect(upstream.seen.map((request) => request.headers.cookie)).toEqual(['sid=SESSION-SECRET; lang=en; columns=name,size']);
      expect(flatViolations(report)).toEqual([]);
    } finally {
      await upstream.close();
    }
  });
});
