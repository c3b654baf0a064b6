import { parseArgs } from 'node:util';
import { API_NAMES, isApiName, startFake, type ApiName, type StartedFake } from './fakes.js';

export interface FakeArgs {
  readonly api: ApiName;
  readonly port: number;
  readonly seed: number;
  readonly host: string;
  readonly groups: number | undefined;
  readonly clock: 'real' | 'virtual';
  readonly json: boolean;
}

export const USAGE = `usage: group-apis-fake --api <${API_NAMES.join('|')}> [--port <n>] [--seed <n>] [--groups <n>] [--host <address>] [--clock real|virtual] [--json]`;

class UsageError extends Error {}
class HelpRequested extends Error {}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

/** The command line, checked, or a UsageError saying in one line what is wrong. */
export function parseFakeArgs(argv: readonly string[]): FakeArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        api: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        groups: { type: 'string' },
        host: { type: 'string' },
        clock: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (values.help === true) throw new HelpRequested();
  const api = values.api as string | undefined;
  if (api === undefined) throw new UsageError(`--api is required (${API_NAMES.join(', ')})`);
  if (!isApiName(api)) throw new UsageError(`unknown --api "${api}" (known: ${API_NAMES.join(', ')})`);
  const clock = (values.clock as string | undefined) ?? 'real';
  if (clock !== 'real' && clock !== 'virtual') throw new UsageError(`--clock is real or virtual, got "${clock}"`);
  return {
    api,
    clock,
    port: integer('port', values.port as string | undefined, 0, 65_535) ?? 0,
    seed: integer('seed', values.seed as string | undefined, -(2 ** 31), 2 ** 32 - 1) ?? 1,
    groups: integer('groups', values.groups as string | undefined, 0, 100_000),
    host: (values.host as string | undefined) ?? '127.0.0.1',
    json: values.json === true,
  };
}

export interface CommandIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

function describeStartError(error: unknown, args: FakeArgs): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `port ${args.port} on ${args.host} is in use`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on ${args.host}: no such local address`;
  if (code === 'EACCES') return `not allowed to listen on port ${args.port}`;
  return (error as Error).message.split('\n')[0] ?? String(error);
}

/**
 * Starts the fake the arguments name and reports it: the URL on stdout (with `--json`, one JSON line with
 * the URL and the credentials instead), the credentials on stderr. Returns the running fake, or the exit
 * status: 2 after one line on stderr, 0 after `--help`.
 */
export async function runFakeCommand(argv: readonly string[], io: CommandIo): Promise<StartedFake | 0 | 2> {
  let args: FakeArgs;
  try {
    args = parseFakeArgs(argv);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(USAGE);
      return 0;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`group-apis-fake: ${error.message}`);
    return 2;
  }
  let fake: StartedFake;
  try {
    fake = await startFake(args.api, { port: args.port, seed: args.seed, host: args.host, groups: args.groups, clock: args.clock, record: false, control: true });
  } catch (error) {
    io.stderr(`group-apis-fake: ${describeStartError(error, args)}`);
    return 2;
  }
  if (args.json) io.stdout(JSON.stringify({ api: fake.api, url: fake.url, credentials: fake.credentials }));
  else {
    io.stdout(fake.url);
    io.stderr(`group-apis-fake: ${fake.api} fake (seed ${args.seed}) on ${fake.url}; credentials ${JSON.stringify(fake.credentials)}; Ctrl-C stops it`);
  }
  return fake;
}
