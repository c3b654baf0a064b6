import type { ParsedCli } from '../cli-options.js';
import { diffRepository } from '../diff/diff-repository.js';
import { diffVerdict, formatDiffReport, formatDiffText } from '../report/format-diff.js';
import type { Outcome } from './outcome.js';

export async function runDiff(cli: ParsedCli, cwd: string): Promise<Outcome> {
  const report = await diffRepository({ base: cli.base!, head: cli.head, accept: cli.accept, apis: cli.apis.length > 0 ? cli.apis : undefined, cwd });
  return { ...diffVerdict(report), report: formatDiffReport(report, cli.format), text: formatDiffText(report) };
}
