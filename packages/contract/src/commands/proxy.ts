import { spawn } from 'node:child_process';
import type { ParsedCli } from '../cli-options.js';
import { loadContract } from '../contract.js';
import { collectHeaders, collectScopedHeaders } from '../credential-headers.js';
import { displayPath } from '@group-apis/spec';
import { UsageError } from '../errors.js';
import { assertReachable, CONTROL_PREFIX, startProxyServer, type ProxyRoute, type RunningProxy } from '../proxy-server.js';
import { redactUrl } from '../redact.js';
import { formatContractReport, formatContractText } from '../report/format-contract.js';
import { combinedVerdict } from '../report/report.js';
import { resolveSpec } from '../resolve-spec.js';
import type { Outcome } from './outcome.js';

/** The environment variable the command run behind the proxy finds the proxy's URL in. */
export const PROXY_URL_ENV = 'CONTRACT_PROXY_URL';

/** CONTRACT_PROXY_URL_KORE_AI for kore-ai: one variable per API served. */
export function proxyUrlEnvOf(api: string): string {
  return `${PROXY_URL_ENV}_${api.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

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
  const specs = cli.apis.map((api) => resolveSpec(api, cwd));
  const names = specs.map((spec) => spec.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new UsageError(`proxy: --api ${duplicate} is given twice`);
  const headers = specs.length === 1 ? new Map([[names[0]!, collectHeaders(cli.headers, env)]]) : collectScopedHeaders(cli.headers, env, names);
  const contracts = await Promise.all(specs.map((spec) => loadContract(spec.name, spec.path, { displayPath: displayPath(spec.path, cwd), cwd })));
  for (const upstream of cli.upstreams) await assertReachable(upstream);
  const routes: ProxyRoute[] = contracts.map((contract, index) => ({
    contract,
    upstream: cli.upstreams[index]!,
    headers: headers.get(contract.name),
    // One API takes every path; several share the port under /<api>, unless each has its own port.
    prefix: specs.length === 1 || cli.portPerApi ? '' : `/${contract.name}`,
  }));
  const server = { host: cli.host, timeoutMs: cli.timeoutMs, maxResponseBytes: cli.maxResponseBytes };
  const proxies: RunningProxy[] = [];
  const urls = new Map<string, string>();
  try {
    if (cli.portPerApi) {
      for (const [index, route] of routes.entries()) {
        const proxy = await startProxyServer([route], { ...server, port: cli.port === 0 ? 0 : cli.port + index });
        proxies.push(proxy);
        urls.set(route.contract.name, proxy.url);
      }
    } else {
      const proxy = await startProxyServer(routes, { ...server, port: cli.port });
      proxies.push(proxy);
      for (const route of routes) urls.set(route.contract.name, `${proxy.url}${route.prefix}`);
    }
  } catch (error) {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    throw error;
  }
  for (const [index, route] of routes.entries()) {
    const url = urls.get(route.contract.name)!;
    const reportAt = cli.portPerApi ? url : proxies[0]!.url;
    log(`proxy for ${route.contract.name} listening on ${url} -> ${redactUrl(cli.upstreams[index]!)} (report: GET ${reportAt}${CONTROL_PREFIX}report)`);
  }
  const commandEnv: NodeJS.ProcessEnv = { ...env, [PROXY_URL_ENV]: routes.length === 1 || cli.portPerApi ? urls.get(names[0]!)! : proxies[0]!.url };
  for (const [api, url] of urls) commandEnv[proxyUrlEnvOf(api)] = url;
  let commandStatus: number | undefined;
  try {
    if (cli.run.length > 0) commandStatus = await runCommand(cli.run, commandEnv);
    else await untilSignal();
  } finally {
    await Promise.all(proxies.map((proxy) => proxy.close()));
  }
  const reports = proxies.flatMap((proxy) => proxy.reports());
  let result = combinedVerdict(reports);
  if (commandStatus !== undefined && commandStatus !== 0 && result.exitCode === 0) {
    result = { exitCode: 1, reason: `${cli.run[0]} exited with status ${commandStatus} (no contract violation)` };
  }
  return { ...result, report: formatContractReport(reports, cli.format), text: () => formatContractText(reports) };
}
