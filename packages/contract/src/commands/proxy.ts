import { spawn } from 'node:child_process';
import type { ParsedCli } from '../cli-options.js';
import { loadContract } from '../contract.js';
import { collectHeaders } from '../credential-headers.js';
import { displayPath } from '@group-apis/spec';
import { assertReachable, CONTROL_PREFIX, startProxy } from '../proxy-server.js';
import { redactUrl } from '../redact.js';
import { formatContractReport, formatContractText } from '../report/format-contract.js';
import { verdict } from '../report/report.js';
import { resolveSpec } from '../resolve-spec.js';
import type { Outcome } from './outcome.js';

/** The environment variable the command run behind the proxy finds the proxy's URL in. */
export const PROXY_URL_ENV = 'CONTRACT_PROXY_URL';

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.once('error', () => done(127));
    child.once('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

export async function runProxy(cli: ParsedCli, env: NodeJS.ProcessEnv, cwd: string, log: (line: string) => void): Promise<Outcome> {
  const spec = resolveSpec(cli.apis[0]!, cwd);
  const headers = collectHeaders(cli.headers, env);
  const contract = await loadContract(spec.name, spec.path, { displayPath: displayPath(spec.path, cwd) });
  await assertReachable(cli.upstream!);
  const proxy = await startProxy(contract, { upstream: cli.upstream!, host: cli.host, port: cli.port, headers, timeoutMs: cli.timeoutMs });
  log(`proxy for ${spec.name} listening on ${proxy.url} -> ${redactUrl(cli.upstream!)} (report: GET ${proxy.url}${CONTROL_PREFIX}report)`);
  let commandStatus: number | undefined;
  try {
    if (cli.run.length > 0) commandStatus = await runCommand(cli.run, { ...env, [PROXY_URL_ENV]: proxy.url });
    else await untilSignal();
  } finally {
    await proxy.close();
  }
  const report = proxy.report();
  let result = verdict(report);
  if (commandStatus !== undefined && commandStatus !== 0 && result.exitCode === 0) {
    result = { exitCode: 1, reason: `${cli.run[0]} exited with status ${commandStatus} (no contract violation)` };
  }
  return { ...result, report: formatContractReport(report, cli.format), text: formatContractText(report) };
}
