import { collectHeaders } from '../credential-headers.js';
import { displayPath } from '@group-apis/spec';
import { loadContract } from '../contract.js';
import { verifyHar, verifyNdjson } from '../har.js';
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
  const contract = await loadContract(spec.name, spec.path, { basePaths, displayPath: displayPath(spec.path, cwd), cwd });
  const recorded = { baseUrl: cli.baseUrl, maxResponseBytes: cli.maxResponseBytes };
  const report = cli.har
    ? await verifyHar(contract, cli.har, recorded)
    : cli.ndjson
      ? await verifyNdjson(contract, cli.ndjson, recorded)
      : await verifyLive(contract, { baseUrl: cli.baseUrl!, headers, allowWrites: cli.allowWrites, timeoutMs: cli.timeoutMs, maxResponseBytes: cli.maxResponseBytes });
  return { ...verdict(report), report: formatContractReport(report, cli.format), text: () => formatContractText(report) };
}
