import { describe, expect, it } from 'vitest';
import { runBuiltCli, runInProcess } from './helpers/run-cli.js';
import { apisWithSpecs, startSpecUpstream } from './helpers/spec-upstream.js';

const api = (name: string) => apisWithSpecs().find((candidate) => candidate.name === name)!;

// The command behind the proxy: one call to each API, through the URL the proxy gives it for that API.
const client = `
  const kore = await fetch(process.env.CONTRACT_PROXY_URL_KORE_AI + '/groups?limit=2');
  const testmo = await fetch(process.env.CONTRACT_PROXY_URL_TESTMO + '/api/v1/groups');
  if (kore.status !== 200 || testmo.status !== 200) process.exit(3);
`;

describe('one proxy, several APIs, one report (built CLI)', () => {
  for (const mode of ['path prefix', 'port per API'] as const) {
    it(`serves Kore.ai and Testmo by ${mode}, each credential only to its own upstream`, async () => {
      const kore = await startSpecUpstream(api('kore-ai'), { operation: 'listGroups', mutate: (body) => ((body as { total: unknown }).total = 'two') });
      const testmo = await startSpecUpstream(api('testmo'));
      try {
        const run = await runBuiltCli(
          [
            'proxy',
            '--api', 'kore-ai', '--upstream', kore.baseUrl,
            '--api', 'testmo', '--upstream', testmo.baseUrl,
            ...(mode === 'port per API' ? ['--port-per-api'] : []),
            '--header', 'kore-ai=auth: KORE-SECRET',
            '--', process.execPath, '--input-type=module', '-e', client,
          ],
          { env: { CONTRACT_HEADERS: 'testmo=Authorization: Bearer TESTMO-SECRET' } },
        );
        expect(run.code).toBe(1);
        expect(kore.seen.map((request) => [request.url, request.headers.auth, request.headers.authorization])).toEqual([['/api/public/groups?limit=2', 'KORE-SECRET', undefined]]);
        expect(testmo.seen.map((request) => [request.url, request.headers.auth, request.headers.authorization])).toEqual([['/api/v1/groups', undefined, 'Bearer TESTMO-SECRET']]);
        expect(run.stdout).toMatch(/^kore-ai: 1 exchange\(s\) checked .*1 violation\(s\)/m);
        expect(run.stdout).toMatch(/^testmo: 1 exchange\(s\) checked .*0 violation\(s\)$/m);
        expect(run.stderr.trim().split('\n').at(-1)).toBe('group-apis-contract: kore-ai: 1 violation in 1 of 1 exchange');
        expect(`${run.stdout}${run.stderr}`).not.toContain('SECRET');
      } finally {
        await Promise.all([kore.close(), testmo.close()]);
      }
    }, 30_000);
  }

  it('refuses a --header that does not say which API it is for, never echoing it', async () => {
    const run = await runInProcess(['proxy', '--api', 'kore-ai', '--upstream', 'http://127.0.0.1:9', '--api', 'testmo', '--upstream', 'http://127.0.0.1:9', '--header', 'auth: UNSCOPED-SECRET']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('group-apis-contract: error: --header #1: with several APIs, say which one a header is for: "<api>=Name: value" (APIs: kore-ai, testmo)\n');
  });

  it('pairs each --api with one --upstream', async () => {
    const run = await runInProcess(['proxy', '--api', 'kore-ai', '--api', 'testmo', '--upstream', 'http://127.0.0.1:9']);
    expect(run.stderr).toBe('group-apis-contract: error: proxy: give one --upstream per --api, in the same order (got 2 --api and 1 --upstream)\n');
  });
});
