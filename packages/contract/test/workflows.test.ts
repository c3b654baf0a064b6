import { readFileSync } from 'node:fs';
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
