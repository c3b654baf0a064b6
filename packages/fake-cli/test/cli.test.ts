import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { USAGE } from '../src/command.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Finished {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => stdout.includes('\n') && resolve(stdout.split('\n')[0] as string));
    child.on('close', () => reject(new Error(`exited before printing: ${stderr}`)));
  });
  // A run that is expected to fail never prints: its firstLine is not awaited.
  firstLine.catch(() => undefined);
  return { child, finished, firstLine };
}

describe('group-apis-fake', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its URL on 127.0.0.1, serves the API, and stops cleanly on %s', async (signal) => {
    const { child, finished, firstLine } = start(['--api', 'testmo', '--seed', '5', '--groups', '40']);
    const url = await firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/api/v1/groups?per_page=15&page=3`, { headers: { authorization: 'Bearer testmo-fake-admin-token' } });
    expect(await response.json()).toMatchObject({ page: 3, next_page: null, last_page: 3, total: 40 });
    child.kill(signal);
    expect((await finished).status).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('is built as an executable program (its shebang runs it without `node` in front)', async () => {
    const child = spawn(cli, ['--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([status, out]).toEqual([0, `${USAGE}\n`]);
  });

  it('with --json prints one line with the URL and the credentials a client needs', async () => {
    const { child, finished, firstLine } = start(['--api', 'kore-ai', '--json']);
    const line = JSON.parse(await firstLine) as { api: string; url: string; credentials: Record<string, string> };
    expect(line).toEqual({ api: 'kore-ai', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/public$/), credentials: { clientId: 'cs-fake-app', clientSecret: 'fake-secret-1' } });
    child.kill('SIGTERM');
    await finished;
  });

  it('takes faults, clock moves and vendor actions over HTTP at /__fake/', async () => {
    const { child, finished, firstLine } = start(['--api', 'kaizala', '--clock', 'virtual', '--json']);
    const { url, credentials } = JSON.parse(await firstLine) as { url: string; credentials: Record<string, string> };
    const post = (path: string, body: unknown) => fetch(`${url}/__fake/${path}`, { method: 'POST', body: JSON.stringify(body) });
    const exchange = () => fetch(`${credentials.tokenServiceUrl}/accessToken`, { headers: { applicationId: credentials.applicationId!, applicationSecret: credentials.applicationSecret!, refreshToken: credentials.refreshToken! } });

    expect(await (await post('fail', { count: 1, fault: { status: 503 } })).json()).toEqual({ pending: 1 });
    const failed = await exchange();
    expect([failed.status, await failed.json()]).toEqual([503, { message: 'An error has occurred.' }]);
    const grant = (await (await exchange()).json()) as { accessToken: string; endpointUrl: string };
    expect(grant.endpointUrl).toBe(`${url}/inc-001`);
    expect(await (await post('move-endpoint', {})).json()).toEqual({ endpointUrl: `${url}/inc-002` });
    const moved = await fetch(`${grant.endpointUrl}/v1/groups`, { headers: { accessToken: grant.accessToken }, redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([308, `${url}/inc-002`]);
    await post('clock', { advanceMs: 24 * 3_600_000 });
    expect((await fetch(`${url}/inc-002/v1/groups`, { headers: { accessToken: grant.accessToken } })).status).toBe(401);
    expect((await post('fail', { fault: 'explode' })).status).toBe(400);
    child.kill('SIGTERM');
    await finished;
  });

  it('gives the same data for the same seed in two processes', async () => {
    const bodies = await Promise.all(
      [0, 1].map(async () => {
        const { child, finished, firstLine } = start(['--api', 'testmo', '--seed', '77']);
        const response = await fetch(`${await firstLine}/api/v1/groups`, { headers: { authorization: 'Bearer testmo-fake-admin-token' } });
        const body = await response.text();
        child.kill('SIGTERM');
        await finished;
        return body;
      }),
    );
    expect(bodies[0]).toBe(bodies[1]);
  });

  it.each([
    [['--api', 'jira'], 'group-apis-fake: unknown --api "jira" (known: kore-ai, kaizala, testmo, passbolt)'],
    [['--api', 'testmo', '--seed', 'abc'], 'group-apis-fake: --seed must be a whole number from -2147483648 to 4294967295, got "abc"'],
    [['--api', 'testmo', '--port', '70000'], 'group-apis-fake: --port must be a whole number from 0 to 65535, got "70000"'],
    [[], 'group-apis-fake: --api is required (kore-ai, kaizala, testmo, passbolt)'],
    [['--api', 'testmo', '--clock', 'slow'], 'group-apis-fake: --clock is real or virtual, got "slow"'],
  ])('refuses %j in one line with exit status 2', async (args, message) => {
    const { finished } = start(args);
    expect(await finished).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
  });

  it('refuses a port in use in one line with exit status 2', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const { finished } = start(['--api', 'passbolt', '--port', String(port)]);
      expect(await finished).toEqual({ status: 2, stdout: '', stderr: `group-apis-fake: port ${port} on 127.0.0.1 is in use\n` });
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
