import { spawn } from 'node:child_process';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the child (and fails) after this long; a hung install must not hang the suite. */
  timeoutMs?: number;
}

/** Runs a command without a shell and collects its output; never throws for a non-zero exit. */
export function run(command: string, args: readonly string[], { cwd, env = process.env, timeoutMs = 120_000 }: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Like run(), but a non-zero exit is an error carrying the command's output. */
export async function runOrThrow(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status} in ${options.cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

// What an enclosing `npm test` sets for its own package and workspace; registry, proxy, cache and
// certificate settings (npm_config_*) pass through so the consumer install reaches the same registry.
const WORKSPACE_NPM_VARIABLES = /^(npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|npm_config_workspaces?$|npm_config_include_workspace_root$|INIT_CWD$)/i;

/** The environment for npm children outside the workspace, without update notices or colour codes. */
export function outsideNpmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!WORKSPACE_NPM_VARIABLES.test(key)) env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}
