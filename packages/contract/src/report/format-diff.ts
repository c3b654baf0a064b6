import type { SpecChange } from '../diff/change.js';
import { packageNameOf } from '../diff/changesets.js';
import { undeclaredBreaking, type DiffReport } from '../diff/diff-repository.js';
import type { ReportFormat } from './format-contract.js';
import { junitXml, type JunitSuite } from './junit.js';

export function changeLine(change: SpecChange): string {
  return `${change.operation ? `${change.operation}: ` : ''}${change.location}: ${change.message} [${change.kind}]`;
}

/** Exit status and its one-line reason: 1 when a breaking change is not declared by a major changeset. */
export function diffVerdict(report: DiffReport): { exitCode: 0 | 1; reason: string } {
  const undeclared = undeclaredBreaking(report);
  if (undeclared.length > 0) {
    const apis = [...new Set(undeclared.map(({ api }) => api.api))];
    const declare = apis.map((api) => `"${packageNameOf(api)}": major`).join(', ');
    return { exitCode: 1, reason: `${undeclared.length} breaking change(s) in ${apis.join(', ')} since ${report.base}; declare them with a changeset (${declare}) or revert them` };
  }
  const breaking = report.apis.reduce((sum, api) => sum + api.changes.filter((change) => change.severity === 'breaking').length, 0);
  const total = report.apis.reduce((sum, api) => sum + api.changes.length, 0);
  if (breaking > 0) return { exitCode: 0, reason: `${breaking} breaking change(s) since ${report.base}, all declared by major changesets` };
  return { exitCode: 0, reason: `no breaking change since ${report.base} (${total} non-breaking)` };
}

export function formatDiffText(report: DiffReport): string {
  const lines = [`spec changes from ${report.base} to ${report.head}`];
  for (const api of report.apis) {
    const breaking = api.changes.filter((change) => change.severity === 'breaking');
    const safe = api.changes.filter((change) => change.severity !== 'breaking');
    lines.push('', `${api.api} (${api.spec}): ${breaking.length} breaking, ${safe.length} non-breaking${api.declaredBy && breaking.length ? `; declared by ${api.declaredBy}` : ''}`);
    for (const change of breaking) lines.push(`  BREAKING ${changeLine(change)}`);
    for (const change of safe) lines.push(`  ok       ${changeLine(change)}`);
  }
  return `${lines.join('\n')}\n`;
}

function diffJunitSuites(report: DiffReport): JunitSuite[] {
  return [
    {
      name: `contract diff ${report.base}..${report.head}`,
      cases: report.apis.map((api) => {
        const breaking = api.changes.filter((change) => change.severity === 'breaking');
        const failing = breaking.length > 0 && !api.declaredBy;
        return {
          classname: `${api.api}.diff`,
          name: `${api.api}: no undeclared breaking change`,
          failure: failing ? { message: `${breaking.length} breaking change(s): ${changeLine(breaking[0]!)}`, text: breaking.map(changeLine).join('\n') } : undefined,
        };
      }),
    },
  ];
}

export function formatDiffReport(report: DiffReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify({ ...report, ...diffVerdict(report) }, null, 2)}\n`;
  if (format === 'junit') return junitXml(diffJunitSuites(report));
  return formatDiffText(report);
}
