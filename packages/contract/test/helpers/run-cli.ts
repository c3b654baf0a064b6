import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/run-cli.js';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const builtCli = join(packageDir, 'dist', 'cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (fast), capturing what it prints. */
export async function runInProcess(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = packageDir): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, cwd });
  return { code, stdout, stderr };
}

export interface ChildCli {
  /** Resolves when the process exits. */
  done: Promise<CliRun>;
  /** Resolves with the first stderr line matching `pattern`. */
  waitForLine(pattern: RegExp): Promise<RegExpExecArray>;
  kill(signal?: NodeJS.Signals): void;
}

/** Starts the built CLI (dist/cli.js) as a child process, as a user's shell or CI job would. */
export function startBuiltCli(argv: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildCli {
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run \`npm run build\` in packages/contract first`);
  const child = spawn(process.execPath, [builtCli, ...argv], {
    cwd: options.cwd ?? packageDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stderr);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  const done = new Promise<CliRun>((resolve) => child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  return {
    done,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        const match = pattern.exec(stderr);
        if (match) return resolve(match);
        waiters.push({ pattern, resolve });
        void done.then((run) => reject(new Error(`exited (${run.code}) before printing ${pattern}: ${run.stderr}`)));
      }),
    kill: (signal = 'SIGTERM') => child.kill(signal),
  };
}

/** Runs the built CLI to completion. */
export function runBuiltCli(argv: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  return startBuiltCli(argv, options).done;
}
