import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { commandUsage, parseCli, USAGE } from './cli-options.js';
import type { Outcome } from './commands/outcome.js';
import { oneLine, UsageError } from './errors.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const NAME = 'group-apis-contract';

/** This package's version, from its package.json (one level above both src/ and dist/). */
export function contractVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Runs the CLI and resolves to its exit status: 0 clean, 1 violations, 2 bad usage or input. */
export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(text));
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  try {
    const request = parseCli(argv);
    if ('version' in request) {
      stdout(`${NAME} ${contractVersion()}\n`);
      return 0;
    }
    if (request.help) {
      stdout(request.command ? commandUsage(request.command) : USAGE);
      return 0;
    }
    let outcome: Outcome;
    // Commands load the spec tooling only when run, so usage errors and --help answer at once.
    if (request.command === 'verify') outcome = await (await import('./commands/verify.js')).runVerify(request, env, cwd);
    else if (request.command === 'proxy') outcome = await (await import('./commands/proxy.js')).runProxy(request, env, cwd, (line) => stderr(`${NAME}: ${line}\n`));
    else outcome = await (await import('./commands/diff.js')).runDiff(request, cwd);
    if (request.output) {
      const file = resolve(cwd, request.output);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, outcome.report);
      stdout(typeof outcome.text === 'function' ? outcome.text() : outcome.text);
    } else {
      stdout(outcome.report);
    }
    stderr(`${NAME}: ${outcome.exitCode === 2 ? 'error: ' : ''}${outcome.reason}\n`);
    return outcome.exitCode;
  } catch (error) {
    // Anything unexpected is still one line and exit 2: never a stack trace that could carry a header value.
    const reason = error instanceof UsageError ? error.message : `unexpected failure: ${oneLine(error)}`;
    stderr(`${NAME}: error: ${reason.split('\n')[0]}\n`);
    return 2;
  }
}
