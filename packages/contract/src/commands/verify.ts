import { collectHeaders } from '../credential-headers.js';
import { displayPath } from '@group-apis/spec';
import { loadContract } from '../contract.js';
import { verifyHar } from '../har.js';
import { verifyLive } from '../live.js';
import type { ParsedCli } from '../cli-options.js';
import { formatContractReport, formatContractText } from '../report/format-contract.js';
import { verdict } from '../report/report.js';
import { resolveSpec } from '../resolve-spec.js';
import type { Outcome } from './outcome.js';

export async function runVerify(cli: ParsedCli, env: NodeJS.ProcessEnv, cwd: string): Promise<Outcome> {
  const spec = resolveSpec(cli.apis[0]!, cwd);
  // Parse credentials before any network traffic, so a malformed header fails fast.
  const headers = collectHeaders(cli.headers, env);
  const basePaths = cli.baseUrl ? [new URL(cli.baseUrl).pathname] : [];
  const contract = await loadContract(spec.name, spec.path, { basePaths, displayPath: displayPath(spec.path, cwd) });
  const report = cli.har
    ? verifyHar(contract, cli.har, { baseUrl: cli.baseUrl })
    : await verifyLive(contract, { baseUrl: cli.baseUrl!, headers, allowWrites: cli.allowWrites, timeoutMs: cli.timeoutMs });
  return { ...verdict(report), report: formatContractReport(report, cli.format), text: formatContractText(report) };
}
