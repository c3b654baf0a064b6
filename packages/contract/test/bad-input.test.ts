import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './helpers/fake-upstream.js';
import { runBuiltCli, runInProcess, type CliRun } from './helpers/run-cli.js';

/** Exit 2, nothing on stdout, and exactly one line on stderr. */
function expectOneLineError(run: CliRun, line: string | RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  if (typeof line === 'string') expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
}

describe('bad input: a clear one-line error and exit 2 (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'contract-bad-input-'));
    writeFileSync(join(dir, 'broken.yaml'), 'openapi: 3.1.0\ninfo:\n  title: Broken\n  version: "1"\npaths:\n  /groups:\n    get:\n      responses: ok: no\n      summary: List\n');
    writeFileSync(join(dir, 'not-json.har'), '<html>this is not a HAR</html>\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a spec that does not exist', async () => {
    const run = await runBuiltCli(['verify', '--api', join(dir, 'missing.yaml'), '--base-url', 'http://127.0.0.1:9']);
    expectOneLineError(run, `group-apis-contract: error: spec not found: ${join(dir, 'missing.yaml')}`);
  });

  it('malformed YAML, with file and line', async () => {
    const run = await runBuiltCli(['verify', '--api', 'broken.yaml', '--har', 'x.har'], { cwd: dir });
    expectOneLineError(run, 'group-apis-contract: error: broken.yaml:8:20: bad indentation of a mapping entry (malformed YAML)');
  });

  it('an unreachable upstream (verify)', async () => {
    const port = await closedPort();
    const run = await runBuiltCli(['verify', '--api', 'kore-ai', '--base-url', `http://127.0.0.1:${port}/api/public`, '--header', 'auth: NEVER-PRINTED-SECRET']);
    expectOneLineError(run, `group-apis-contract: error: upstream http://127.0.0.1:${port} is unreachable: ECONNREFUSED`);
  });

  it('an unreachable upstream (proxy)', async () => {
    const port = await closedPort();
    const run = await runBuiltCli(['proxy', '--api', 'kaizala', '--upstream', `http://127.0.0.1:${port}`]);
    expectOneLineError(run, `group-apis-contract: error: upstream http://127.0.0.1:${port} is unreachable: ECONNREFUSED`);
  });

  it('a HAR file that is not JSON', async () => {
    const run = await runBuiltCli(['verify', '--api', 'kore-ai', '--har', join(dir, 'not-json.har')]);
    expectOneLineError(run, `group-apis-contract: error: ${join(dir, 'not-json.har')}:1:1: HAR file is not JSON (expected a value)`);
  });

  it('a truncated HAR file: the position where it stops, never a partial report', async () => {
    const entry = { request: { method: 'GET', url: 'https://bots.kore.ai/api/public/groups' }, response: { status: 200, content: { mimeType: 'application/json', text: '{"total":0,"availableMore":false,"groups":[]}' } } };
    const whole = JSON.stringify({ log: { entries: [entry, entry] } });
    writeFileSync(join(dir, 'truncated.har'), whole.slice(0, whole.length - 40));
    const run = await runBuiltCli(['verify', '--api', 'kore-ai', '--har', join(dir, 'truncated.har')]);
    expectOneLineError(run, `group-apis-contract: error: ${join(dir, 'truncated.har')}:1:${whole.length - 40 + 1}: HAR file is not JSON (it ends before the JSON does: truncated?)`);
  });

  it('JSON that is not a HAR', async () => {
    writeFileSync(join(dir, 'object-entries.har'), '{"log":{"entries":{}}}');
    writeFileSync(join(dir, 'no-entries.har'), '{"log":{"pages":[]}}');
    expectOneLineError(await runBuiltCli(['verify', '--api', 'kore-ai', '--har', join(dir, 'object-entries.har')]), `group-apis-contract: error: ${join(dir, 'object-entries.har')}: not a HAR file (log.entries is not an array)`);
    expectOneLineError(await runBuiltCli(['verify', '--api', 'kore-ai', '--har', join(dir, 'no-entries.har')]), `group-apis-contract: error: ${join(dir, 'no-entries.har')}: not a HAR file (no log.entries array)`);
  });

  it('an NDJSON line that is not JSON: file, line and column, the line never echoed', async () => {
    const good = JSON.stringify({ method: 'GET', url: 'https://bots.kore.ai/api/public/groups', status: 200, responseHeaders: { 'content-type': 'application/json' }, responseBody: { total: 0, availableMore: false, groups: [] } });
    writeFileSync(join(dir, 'bad-line.ndjson'), `${good}\n\n{"method":"GET","requestHeaders":{"auth":"NDJSON-SECRET"} oops}\n${good}\n`);
    const run = await runBuiltCli(['verify', '--api', 'kore-ai', '--ndjson', join(dir, 'bad-line.ndjson')]);
    expectOneLineError(run, /^group-apis-contract: error: .*bad-line\.ndjson:3:\d+: NDJSON line is not JSON \(.*\)$/);
    expect(run.stderr).not.toContain('NDJSON-SECRET');
    writeFileSync(join(dir, 'cut.ndjson'), `${good}\n${good.slice(0, 30)}`);
    expectOneLineError(await runBuiltCli(['verify', '--api', 'kore-ai', '--ndjson', join(dir, 'cut.ndjson')]), /^group-apis-contract: error: .*cut\.ndjson:2:\d+: NDJSON line is not JSON \(.*\)$/);
  });

  it('a spec that does not parse, given to proxy', async () => {
    const run = await runBuiltCli(['proxy', '--api', 'broken.yaml', '--upstream', 'http://127.0.0.1:9'], { cwd: dir });
    expectOneLineError(run, 'group-apis-contract: error: broken.yaml:8:20: bad indentation of a mapping entry (malformed YAML)');
  });
});

describe('bad usage: one line and exit 2', () => {
  it.each([
    [[], 'group-apis-contract: error: no command given (verify, proxy or diff); see --help'],
    [['check'], 'group-apis-contract: error: unknown command "check" (expected verify, proxy or diff)'],
    [['verify', '--base-url', 'http://127.0.0.1:9'], 'group-apis-contract: error: verify: --api <name|spec path> is required'],
    [['verify', '--api', 'kore-ai'], 'group-apis-contract: error: verify: --base-url <url> (live) or --har <file> (recorded) is required'],
    [['verify', '--api', 'kore-ai', '--base-url', 'bots.kore.ai'], 'group-apis-contract: error: --base-url: not a URL: bots.kore.ai'],
    [['verify', '--api', 'kore-ai', '--har', 'x.har', '--upstream', 'http://x.invalid'], 'group-apis-contract: error: --upstream is not an option of verify'],
    [['verify', '--api', 'kore-ai', '--har', 'x.har', '--verbose'], "group-apis-contract: error: verify: Unknown option '--verbose'"],
    [['verify', '--api', 'kore-ai', '--har', 'x.har', '--format', 'xml'], 'group-apis-contract: error: --format: expected text, json or junit, got xml'],
    [['verify', '--api', 'nope', '--har', 'x.har'], /^group-apis-contract: error: unknown API "nope" \(known: kore-ai, .*\); pass a spec file path instead$/],
    [['verify', '--api', 'kore-ai', '--har', 'missing.har'], 'group-apis-contract: error: HAR file not found: missing.har'],
    [['verify', '--api', 'kore-ai', '--base-url', 'http://127.0.0.1:9', '--header', 'auth SECRET-WITHOUT-COLON'], 'group-apis-contract: error: --header #1: expected "Name: value"'],
    [['proxy', '--api', 'kore-ai'], 'group-apis-contract: error: proxy: --upstream <url> is required'],
    [['proxy', '--api', 'kore-ai', '--upstream', 'http://127.0.0.1:9', '--port', '70000'], 'group-apis-contract: error: --port: expected an integer from 0 to 65535, got 70000'],
    [['diff'], 'group-apis-contract: error: diff: --base <git ref> is required, unless two spec files are given (diff old.yaml new.yaml)'],
    [['diff', '--base', 'main', '--', 'npm', 'test'], 'group-apis-contract: error: diff takes no command after --'],
  ] as const)('%j', async (argv, line) => {
    expectOneLineError(await runInProcess([...argv]), line);
  });

  it('reads malformed CONTRACT_HEADERS without echoing the line', async () => {
    const run = await runInProcess(['verify', '--api', 'kore-ai', '--base-url', 'http://127.0.0.1:9'], { CONTRACT_HEADERS: 'auth: ok\nSECRET-VALUE-ON-ITS-OWN' });
    expectOneLineError(run, 'group-apis-contract: error: CONTRACT_HEADERS line 2: expected "Name: value"');
  });

  it('prints the usage with --help, exit 0', async () => {
    const run = await runInProcess(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: group-apis-contract <command> [options]');
    expect((await runInProcess(['diff', '--help'])).code).toBe(0);
  });
});
