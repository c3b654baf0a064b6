import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPTIONS, type Command } from '../src/cli-options.js';
import { findRepoRoot } from '@group-apis/spec';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, any>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflowsDir = join(findRepoRoot(), '.github', 'workflows');
const read = (file: string) => parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow;

/** The CLI flags a run script passes to group-apis-contract (lines building its arguments or calling it). */
function cliFlags(run: string): string[] {
  return run
    .split('\n')
    .filter((line) => /args|cli\.js/.test(line))
    .flatMap((line) => line.replace(/npx --yes --package \S+/, '').match(/--[a-z][a-z-]*/g) ?? []);
}

function allowed(flag: string, commands: Command[]): boolean {
  const option = OPTIONS[flag.slice(2) as keyof typeof OPTIONS];
  return !!option && commands.some((command) => (option.commands as readonly string[]).includes(command));
}

describe('.github/workflows', () => {
  it('ci.yml installs, builds and tests as the README says, and diffs the specs on pull requests', () => {
    const workflow = read('ci.yml');
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs.filter((run) => run!.startsWith('npm '))).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'npm test']);
    expect(runs[0]).toBe('if [ -x .ci/install-browser ]; then .ci/install-browser; fi');
    const diff = steps.find((step) => step.run?.includes('packages/contract/dist/cli.js diff'));
    expect(diff?.if).toBe("github.event_name == 'pull_request'");
    expect(diff?.env?.BASE_REF).toBe('origin/${{ github.base_ref }}');
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    for (const flag of cliFlags(diff!.run!)) expect(allowed(flag, ['diff']), flag).toBe(true);
  });

  it('contract.yml is a reusable workflow whose CLI flags all exist, with credentials only from secrets', () => {
    const workflow = read('contract.yml');
    const call = workflow.on.workflow_call as { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
    expect(Object.keys(call.inputs)).toEqual(expect.arrayContaining(['api', 'mode', 'base-url', 'har', 'upstream', 'command']));
    expect(Object.keys(call.secrets)).toContain('headers');
    const check = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.run?.includes('group-apis-contract'));
    expect(check?.env?.CONTRACT_HEADERS).toBe('${{ secrets.headers }}');
    const flags = cliFlags(check!.run!);
    expect(flags).toEqual(expect.arrayContaining(['--api', '--har', '--base-url', '--allow-writes', '--upstream', '--port']));
    for (const flag of flags) expect(allowed(flag, ['verify', 'proxy']), flag).toBe(true);
    // Inputs reach the script through env, never by ${{ }} inside the script (no expression injection).
    expect(check!.run).not.toContain('${{');
  });
});

describe('contract.yml: where the CLI comes from (contract-from)', () => {
  const workflow = read('contract.yml');
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps) as (Step & { with?: Record<string, string> })[];
  const script = steps.find((step) => step.run?.includes('group-apis-contract'))!.run!;

  /**
   * Runs the check step's script in a scratch workspace with `npx`, `npm` and `node` replaced by stand-ins that
   * log how they were called: which CLI the step runs, and what it builds first, without a registry or a build.
   */
  function runStep(contractFrom: string, prepare: (workspace: string) => void = () => {}) {
    const workspace = mkdtempSync(join(tmpdir(), 'group-apis-workflow-'));
    try {
      const bin = join(workspace, '.bin');
      mkdirSync(bin);
      for (const command of ['npx', 'npm', 'node']) {
        writeFileSync(join(bin, command), `#!/bin/bash\necho "${command} $* (in $(basename "$PWD"))" >> "${join(workspace, 'calls.log')}"\n`);
        chmodSync(join(bin, command), 0o755);
      }
      prepare(workspace);
      const env = { PATH: `${bin}:/usr/bin:/bin`, API: 'kore-ai', MODE: 'verify', HAR: 'traffic.har', CONTRACT_VERSION: '0.1.0', CONTRACT_FROM: contractFrom, PORT: '4010' };
      const result = spawnSync('bash', ['-e', '-c', script], { cwd: workspace, env, encoding: 'utf8' });
      let calls: string[] = [];
      try {
        calls = readFileSync(join(workspace, 'calls.log'), 'utf8').trim().split('\n');
      } catch {
        // nothing was called
      }
      return { status: result.status, stderr: result.stderr, calls, workspace: workspace.split('/').pop()! };
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }

  const checkArgs = '--api kore-ai --format junit --output reports/contract-verify.xml --har traffic.har';

  it('runs the published package by default', () => {
    const run = runStep('');
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([`npx --yes --package @group-apis/contract@0.1.0 -- group-apis-contract verify ${checkArgs} (in ${run.workspace})`]);
  });

  it('runs a tarball from npm run pack, by its absolute path, before anything is published', () => {
    const run = runStep('vendor/group-apis-contract-0.1.0.tgz', (workspace) => {
      mkdirSync(join(workspace, 'vendor'));
      writeFileSync(join(workspace, 'vendor', 'group-apis-contract-0.1.0.tgz'), 'tarball');
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toHaveLength(1);
    expect(run.calls[0]).toMatch(new RegExp(`^npx --yes --package /\\S+/vendor/group-apis-contract-0\\.1\\.0\\.tgz -- group-apis-contract verify ${checkArgs.replace(/\./g, '\\.')} `));
  });

  it('builds the CLI in a group-apis checkout (contract-from: checkout checks one out first) and runs it with node', () => {
    const run = runStep('checkout', (workspace) => {
      mkdirSync(join(workspace, '.group-apis', 'packages', 'contract'), { recursive: true });
      writeFileSync(join(workspace, '.group-apis', 'packages', 'contract', 'package.json'), '{}');
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      'npm ci --no-audit --no-fund (in .group-apis)',
      'npx turbo run build bundle-specs --filter=@group-apis/contract (in .group-apis)',
      expect.stringMatching(new RegExp(`^node /\\S+/\\.group-apis/packages/contract/dist/cli\\.js verify ${checkArgs.replace(/\./g, '\\.')} `)),
    ]);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout') && step.with?.['path'] === '.group-apis');
    expect(checkout).toMatchObject({ if: "inputs.contract-from == 'checkout'", with: { repository: '${{ inputs.group-apis-repository }}', ref: '${{ inputs.group-apis-ref }}' } });
  });

  it('refuses a path that is neither, and a tarball that is not there, before running anything', () => {
    const neither = runStep('somewhere');
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain('contract-from: somewhere is neither a .tgz nor a group-apis checkout');
    const missing = runStep('missing.tgz');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('contract-from: no tarball at missing.tgz (npm run pack writes it)');
    expect([...neither.calls, ...missing.calls]).toEqual([]);
  });
});
