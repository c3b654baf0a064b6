import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { REPORT_FORMATS, type ReportFormat } from './report/format-contract.js';

export const COMMANDS = ['verify', 'proxy', 'diff'] as const;
export type Command = (typeof COMMANDS)[number];

/** Every option, and the commands it belongs to. The reusable workflow's tests check their flags against this. */
export const OPTIONS = {
  api: { type: 'string', multiple: true, commands: ['verify', 'proxy', 'diff'] },
  'base-url': { type: 'string', commands: ['verify'] },
  har: { type: 'string', commands: ['verify'] },
  ndjson: { type: 'string', commands: ['verify'] },
  'allow-writes': { type: 'boolean', commands: ['verify'] },
  header: { type: 'string', multiple: true, commands: ['verify', 'proxy'] },
  timeout: { type: 'string', commands: ['verify', 'proxy'] },
  'max-response-bytes': { type: 'string', commands: ['verify', 'proxy'] },
  upstream: { type: 'string', multiple: true, commands: ['proxy'] },
  port: { type: 'string', commands: ['proxy'] },
  'port-per-api': { type: 'boolean', commands: ['proxy'] },
  host: { type: 'string', commands: ['proxy'] },
  base: { type: 'string', commands: ['diff'] },
  head: { type: 'string', commands: ['diff'] },
  accept: { type: 'string', commands: ['diff'] },
  format: { type: 'string', commands: ['verify', 'proxy', 'diff'] },
  output: { type: 'string', commands: ['verify', 'proxy', 'diff'] },
  help: { type: 'boolean', short: 'h', commands: ['verify', 'proxy', 'diff'] },
  version: { type: 'boolean', commands: ['verify', 'proxy', 'diff'] },
} as const satisfies Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string; commands: readonly Command[] }>;

const VERIFY_USAGE = `  verify --api <name|spec> --base-url <url> [--allow-writes] [--header "Name: value"]...
      Replays the spec's request examples (GET/HEAD/OPTIONS unless --allow-writes) against the upstream
      and checks every request (credentials, parameters) and response (status, headers, content type, body).
  verify --api <name|spec> --har <file> [--base-url <url>]
  verify --api <name|spec> --ndjson <file|-> [--base-url <url>]
      Checks recorded traffic instead, read as a stream: a HAR file, or an NDJSON exchange log (one
      exchange a line: a HAR entry, or {"method","url","requestHeaders","requestBody","status",
      "responseHeaders","responseBody"}). With --base-url, every entry under it must match an operation.
`;

const PROXY_USAGE = `  proxy --api <name|spec> --upstream <url> [--api <name|spec> --upstream <url>]... [--port <n>] [--port-per-api]
        [--host <h>] [--header "Name: value"]... [-- <command>...]
      A validating proxy: forwards everything to the upstream, records every violation. Several APIs: each
      --api pairs with the --upstream at the same place, and is served under /<api name> (or on a port of
      its own with --port-per-api); --header then says which API it is for: --header "<api>=Name: value".
      With a command, runs it (CONTRACT_PROXY_URL, and CONTRACT_PROXY_URL_<API> for each API, set) and stops
      when it exits; else stops on SIGINT/SIGTERM. GET /__contract/report answers the report so far.
`;

const DIFF_USAGE = `  diff --base <git ref> [--head <git ref>] [--api <name|spec>]... [<spec path>...] [--accept <file>]
  diff <old spec> <new spec> [--accept <file>]
      Lists breaking changes, warnings and non-breaking changes of each spec since <ref> (every API
      redocly.yaml lists, or the specs named), or between two spec files. Breaking changes fail unless
      accepted in accepted-breaking-changes.yaml (rule, operation, reason) or, for a package of a
      repository that uses changesets, declared by a major changeset.
`;

const COMMON_USAGE = `Options for every command:
  --format text|json|junit   report format (default text)
  --output <file>            write the report there (in --format) and a text summary to stdout
  --timeout <ms>             per-request timeout for verify and proxy (default 30000 / 60000)
  --max-response-bytes <n>   verify and proxy: larger bodies are refused, never read whole (default 33554432, 32 MiB)
  --version                  print the version
  -h, --help                 this help; <command> --help for one command's

Credentials: --header "Name: value", or CONTRACT_HEADERS with one "Name: value" per line. Never printed.
Exit status: 0 clean, 1 violations or undeclared breaking changes, 2 bad usage, bad input or unreachable upstream.
`;

export const USAGE = `Usage: group-apis-contract <command> [options]

Commands:
${VERIFY_USAGE}${PROXY_USAGE}${DIFF_USAGE}
${COMMON_USAGE}`;

/** One command's usage, for `<command> --help`. */
export function commandUsage(command: Command): string {
  const own = command === 'verify' ? VERIFY_USAGE : command === 'proxy' ? PROXY_USAGE : DIFF_USAGE;
  return `Usage: group-apis-contract ${command} [options]\n\n${own}\n${COMMON_USAGE}`;
}

export interface ParsedCli {
  command: Command;
  apis: string[];
  baseUrl?: string;
  har?: string;
  ndjson?: string;
  allowWrites: boolean;
  headers: string[];
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** One per --api, in order (proxy). */
  upstreams: string[];
  port: number;
  portPerApi: boolean;
  host: string;
  base?: string;
  head?: string;
  accept?: string;
  format: ReportFormat;
  output?: string;
  /** The command to run behind the proxy: everything after `--`. */
  run: string[];
}

export type CliRequest = { help: true; command?: Command } | { version: true } | ({ help: false } & ParsedCli);

function parseUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${option}: not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--${option}: expected an http(s) URL, got ${url.protocol}`);
  return value;
}

function parseInteger(option: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${option}: expected an integer from ${min} to ${max}, got ${value}`);
  return Number(value);
}

function only<T>(option: string, values: T[] | undefined): T | undefined {
  if (values && values.length > 1) throw new UsageError(`--${option} can be given only once for this command`);
  return values?.[0];
}

/** Parses and checks the command line; every problem is a one-line UsageError. */
export function parseCli(argv: string[]): CliRequest {
  const separator = argv.indexOf('--');
  const own = separator === -1 ? argv : argv.slice(0, separator);
  const run = separator === -1 ? [] : argv.slice(separator + 1);
  const [command, ...rest] = own;
  if (command === '--version' || command === '-v' || command === 'version') return { version: true };
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    if (command === undefined) throw new UsageError('no command given (verify, proxy or diff); see --help');
    const topic = rest[0];
    return (COMMANDS as readonly string[]).includes(topic ?? '') ? { help: true, command: topic as Command } : { help: true };
  }
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}" (expected verify, proxy or diff)`);
  const options = Object.fromEntries(Object.entries(OPTIONS).map(([name, spec]) => [name, { type: spec.type, multiple: 'multiple' in spec ? spec.multiple : false, ...('short' in spec ? { short: spec.short } : {}) }]));
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: options as ParseArgsConfig['options'], strict: true, allowPositionals: command === 'diff' }) as { values: typeof values; positionals: string[] });
  } catch (error) {
    throw new UsageError(`${command}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\. To specify .*$/, '')}`);
  }
  if (values.help) return { help: true, command: command as Command };
  if (values.version) return { version: true };
  for (const name of Object.keys(values)) {
    const allowed = OPTIONS[name as keyof typeof OPTIONS].commands as readonly string[];
    if (!allowed.includes(command)) throw new UsageError(`--${name} is not an option of ${command}`);
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected text, json or junit, got ${format}`);
  const parsed: ParsedCli = {
    command: command as Command,
    // diff also takes spec paths as arguments: `diff --base HEAD specs/x.yaml`, `diff old.yaml new.yaml`.
    apis: [...((values.api as string[] | undefined) ?? []), ...positionals],
    baseUrl: values['base-url'] === undefined ? undefined : parseUrl('base-url', values['base-url'] as string),
    har: values.har as string | undefined,
    ndjson: values.ndjson as string | undefined,
    allowWrites: values['allow-writes'] === true,
    headers: (values.header as string[] | undefined) ?? [],
    timeoutMs: parseInteger('timeout', values.timeout as string | undefined, 1, 3_600_000),
    maxResponseBytes: parseInteger('max-response-bytes', values['max-response-bytes'] as string | undefined, 1, Number.MAX_SAFE_INTEGER),
    upstreams: ((values.upstream as string[] | undefined) ?? []).map((url) => parseUrl('upstream', url)),
    port: parseInteger('port', values.port as string | undefined, 0, 65_535) ?? 0,
    portPerApi: values['port-per-api'] === true,
    host: (values.host as string | undefined) ?? '127.0.0.1',
    base: values.base as string | undefined,
    head: values.head as string | undefined,
    accept: values.accept as string | undefined,
    format: format as ReportFormat,
    output: values.output as string | undefined,
    run,
  };
  if (run.length > 0 && parsed.command !== 'proxy') throw new UsageError(`${command} takes no command after --`);
  if (parsed.command !== 'diff') {
    if (parsed.apis.length === 0) throw new UsageError(`${command}: --api <name|spec path> is required`);
    if (parsed.command === 'verify') only('api', parsed.apis);
  }
  const recorded = parsed.har ?? parsed.ndjson;
  if (parsed.command === 'verify' && parsed.har && parsed.ndjson) throw new UsageError('verify: give --har or --ndjson, not both');
  if (parsed.command === 'verify' && !recorded && !parsed.baseUrl) throw new UsageError('verify: --base-url <url> (live) or --har <file> (recorded) is required');
  if (parsed.command === 'verify' && recorded && parsed.allowWrites) throw new UsageError(`verify: --allow-writes has no effect with --${parsed.har ? 'har' : 'ndjson'}`);
  if (parsed.command === 'proxy' && parsed.upstreams.length === 0) throw new UsageError('proxy: --upstream <url> is required');
  if (parsed.command === 'proxy' && parsed.upstreams.length !== parsed.apis.length) {
    throw new UsageError(`proxy: give one --upstream per --api, in the same order (got ${parsed.apis.length} --api and ${parsed.upstreams.length} --upstream)`);
  }

  if (parsed.command === 'diff' && !parsed.base && parsed.apis.length !== 2) {
    throw new UsageError('diff: --base <git ref> is required, unless two spec files are given (diff old.yaml new.yaml)');
  }
  if (parsed.command === 'diff' && parsed.head && !parsed.base) throw new UsageError('diff: --head needs --base');
  return { help: false, ...parsed };
}
