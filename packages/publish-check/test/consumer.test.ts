import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrism, type PrismMock } from '@group-apis/conformance';
import { apiNames, clientPackageName, factoryName, specPathOf } from '@group-apis/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditProduction } from '../src/audit.js';
import { createConsumerProject, installedPackages, NODE_24_VERSION, runtimeClosure, type ConsumerProject } from '../src/consumer-project.js';
import { run, type RunResult } from '../src/run.js';
import { successCheckFor } from '../src/success-response.js';
import { publicPackages, publishCheckDir } from '../src/workspace.js';
import { packedPackages } from './packed.js';

// The consumer lives outside the workspace: a fresh project in the OS temp dir that installs the packed
// tarballs. Every public package goes in; the clients (one per redocly.yaml API) are also called.
const apis = apiNames();
const packageNames = publicPackages().map((pkg) => pkg.manifest.name);
const root = mkdtempSync(join(tmpdir(), 'group-apis-consumer-'));
const mocks = new Map<string, PrismMock>();
let project: ConsumerProject;
const typecheck = new Map<string, RunResult>();

function explain(result: RunResult): string {
  return `exit ${result.status}\n${result.stdout}\n${result.stderr}`;
}

async function startMocks(): Promise<void> {
  // Registered as they start, so afterAll stops every one even when another fails to start.
  await Promise.all(apis.map(async (api) => mocks.set(api, await startPrism(specPathOf(api)))));
}

async function installAndCompile(): Promise<void> {
  project = await createConsumerProject(join(root, 'app'), packedPackages().values());
  const tsc = join(project.dir, 'node_modules', 'typescript', 'bin', 'tsc');
  // nodenext also emits out/, what the runtime checks run.
  await Promise.all(
    ['nodenext', 'bundler'].map(async (resolution) => {
      typecheck.set(resolution, await run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project.dir }));
    }),
  );
}

beforeAll(async () => {
  const results = await Promise.allSettled([installAndCompile(), startMocks()]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
});

afterAll(async () => {
  await Promise.all([...mocks.values()].map((mock) => mock.stop()));
  rmSync(root, { recursive: true, force: true });
});

describe('a consumer project outside the workspace', () => {
  it('has a client script for every API in redocly.yaml', () => {
    const missing = apis.filter((api) => !existsSync(join(publishCheckDir, 'consumer', 'src', 'clients', `${api}.ts`)));
    expect(missing, 'write consumer/src/clients/<api>.ts: create the client, one typed call, one @ts-expect-error').toEqual([]);
  });

  it('installs our packages from the packed tarballs only, and nothing with an install script', () => {
    const installed = installedPackages(project.dir);
    const ours = installed.filter((entry) => entry.path.startsWith('node_modules/@group-apis/'));
    expect(ours.map((entry) => entry.path.replace('node_modules/', '')).sort()).toEqual([...packageNames].sort());
    for (const entry of ours) expect(entry.resolved, entry.path).toMatch(/^file:.*\.tgz$/);
    const withInstallScripts = installed.filter((entry) => entry.hasInstallScript).map((entry) => entry.path);
    expect(withInstallScripts).toEqual([]);
  });

  it('gives a client, at run time, only core, openapi-fetch and its types helper: no other package to trust', () => {
    // Each of these is named and justified in the READMEs; a new one must be argued for there and here.
    const clients = apis.map(clientPackageName);
    const runtime = runtimeClosure(installedPackages(project.dir), clients).map((entry) => entry.path.replace('node_modules/', ''));
    expect(runtime.sort()).toEqual([...clients, '@group-apis/core', 'openapi-fetch', 'openapi-typescript-helpers'].sort());
  });

  it.each(['nodenext', 'bundler'])('type-checks with moduleResolution %s, every @ts-expect-error still an error', (resolution) => {
    const result = typecheck.get(resolution)!;
    expect(result.status, explain(result)).toBe(0);
  });

  it('passes npm audit --omit=dev for what a consumer installs to run the packages', async () => {
    const outcome = await auditProduction(project.dir);
    if (outcome.kind === 'unreachable') {
      console.warn(`npm audit --omit=dev NOT RUN: the audit endpoint did not answer (${outcome.reason}).`);
      return;
    }
    expect(outcome).toEqual({ kind: 'clean' });
  });
});

describe.each([
  { runtime: 'the machine Node', binary: () => process.execPath, major: undefined },
  { runtime: `Node ${NODE_24_VERSION} from npm`, binary: () => project.node24, major: 24 },
])('on $runtime', ({ binary, major }) => {
  it('is a Node that serves require(esm): 20.19 or later', async () => {
    const { stdout } = await run(binary(), ['-p', 'process.versions.node'], { cwd: project.dir });
    const [maj = 0, min = 0] = stdout.trim().split('.').map(Number);
    expect(maj > 20 || (maj === 20 && min >= 19), stdout).toBe(true);
    if (major !== undefined) expect(maj).toBe(major);
  });

  it.each(apis)('%s: the compiled ESM script calls the Prism mock and gets typed data back', async (api) => {
    const script = join(project.dir, 'out', 'clients', `${api}.js`);
    const result = await run(binary(), [script, mocks.get(api)!.baseUrl], { cwd: project.dir });
    expect(result.status, explain(result)).toBe(0);
    const report = JSON.parse(result.stdout) as { operationId: string; status: number; data: unknown; items: number };
    const expected = await successCheckFor(api, report.operationId);
    expect(report.status).toBe(expected.status);
    expect(expected.problems(report.data)).toEqual([]);
    expect(report.items).toBeGreaterThan(0);
  });

  it('loads every package with require() from a CommonJS file', async () => {
    const result = await run(binary(), ['load-packages.cjs', ...packageNames], { cwd: project.dir });
    expect(result.status, explain(result)).toBe(0);
    const { exports } = JSON.parse(result.stdout) as { exports: Record<string, Record<string, string>> };
    expect(Object.keys(exports).sort()).toEqual([...packageNames].sort());
    for (const api of apis) expect(exports[clientPackageName(api)]?.[factoryName(api)], `${clientPackageName(api)} ${factoryName(api)}`).toBe('function');
    for (const [name, exported] of Object.entries(exports)) expect(Object.keys(exported).length, `${name} exports nothing`).toBeGreaterThan(0);
  });
});

// What issue 16 promises consumers: each client's fake from its own subpath of the packed tarball, and the
// command from @group-apis/fake-cli, used from a project outside the workspace.
describe('the fakes, from the packed tarballs', () => {
  const expectations: Record<string, Record<string, unknown>> = {
    testmo: { items: 250, requests: 12, afterFault: 200 },
    'kore-ai': { items: 120, requests: 3 },
    kaizala: { items: 31, found: true, endpoint: '/inc-002/v1/groups' },
    passbolt: { status: 200, items: 40, rotations: 1, alerts: 0 },
  };

  it('has a fake script for every API in redocly.yaml', () => {
    expect(Object.keys(expectations).sort()).toEqual([...apis].sort());
  });

  it.each(apis)("%s: a consumer's test runs the client against the package's own /fake subpath", async (api) => {
    const result = await run(process.execPath, [join(project.dir, 'out', 'fakes', `${api}.js`)], { cwd: project.dir });
    expect(result.status, explain(result)).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(expectations[api]!);
  });

  it('group-apis-fake from node_modules/.bin prints its URL, serves, and stops on SIGTERM', async () => {
    const child = spawn(join(project.dir, 'node_modules', '.bin', 'group-apis-fake'), ['--api', 'testmo', '--json'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('close', () => reject(new Error('group-apis-fake exited before printing its URL')));
      });
      const { url, credentials } = JSON.parse(line) as { url: string; credentials: { token: string } };
      const response = await fetch(`${url}/api/v1/groups`, { headers: { authorization: `Bearer ${credentials.token}` } });
      expect(response.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
