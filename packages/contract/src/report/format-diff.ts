import { DEFAULT_ACCEPT_FILE } from '../diff/accepted.js';
import { undeclaredBreaking, type DiffReport, type ReportedChange } from '../diff/diff-repository.js';
import type { ReportFormat } from './format-contract.js';
import { junitXml, type JunitSuite } from './junit.js';

export function changeLine(change: ReportedChange): string {
  return `${change.operation ? `${change.operation}: ` : ''}${change.location}: ${change.message} [${change.rule}]`;
}

const count = (report: DiffReport, level: string) => report.apis.reduce((sum, api) => sum + api.changes.filter((change) => change.level === level).length, 0);

/** Exit status and its one-line reason: 1 when an error-level change is neither declared nor accepted. */
export function diffVerdict(report: DiffReport): { exitCode: 0 | 1; reason: string } {
  const undeclared = undeclaredBreaking(report);
  const warnings = count(report, 'warning');
  const warned = warnings ? `, ${warnings} warning(s)` : '';
  if (undeclared.length > 0) {
    const apis = [...new Set(undeclared.map(({ api }) => api))];
    const packages = apis.filter((api) => api.changesetPackage).map((api) => `"${api.changesetPackage}": major`);
    const accept = `list them in ${DEFAULT_ACCEPT_FILE} (rule, operation, reason)`;
    const how = packages.length ? `declare them with a changeset (${packages.join(', ')}), ${accept},` : accept;
    return { exitCode: 1, reason: `${undeclared.length} breaking change(s) in ${apis.map((api) => api.api).join(', ')} since ${report.base}${warned}; ${how} or revert them` };
  }
  const errors = count(report, 'error');
  const infos = count(report, 'info');
  if (errors > 0) return { exitCode: 0, reason: `${errors} breaking change(s) since ${report.base}, all declared or accepted${warned}` };
  return { exitCode: 0, reason: `no breaking change since ${report.base}${warned} (${infos} non-breaking)` };
}

const TAGS = { error: 'BREAKING', warning: 'WARNING ', info: 'ok      ' } as const;

export function formatDiffText(report: DiffReport): string {
  const lines = [`spec changes from ${report.base} to ${report.head}`];
  for (const api of report.apis) {
    const of = (level: string) => api.changes.filter((change) => change.level === level);
    const [errors, warnings, infos] = [of('error'), of('warning'), of('info')];
    const declared = api.declaredBy && errors.length ? `; declared by ${api.declaredBy}` : '';
    lines.push('', `${api.api}${api.api === api.spec ? '' : ` (${api.spec})`}: ${errors.length} breaking, ${warnings.length} warning(s), ${infos.length} non-breaking${declared}`);
    for (const change of [...errors, ...warnings, ...infos]) {
      lines.push(`  ${change.accepted ? 'accepted' : TAGS[change.level]} ${changeLine(change)}${change.accepted ? ` (accepted: ${change.accepted})` : ''}`);
    }
  }
  for (const entry of report.unusedAcceptances ?? []) {
    lines.push('', `${report.acceptFile}: accepts nothing in this diff, remove it: ${entry.rule} ${entry.operation}${entry.location ? ` ${entry.location}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function diffJunitSuites(report: DiffReport): JunitSuite[] {
  const undeclared = undeclaredBreaking(report);
  return [
    {
      name: `contract diff ${report.base}..${report.head}`,
      cases: report.apis.map((api) => {
        const failing = undeclared.filter((entry) => entry.api === api).map((entry) => entry.change);
        return {
          classname: `${api.api}.diff`,
          name: `${api.api}: no undeclared breaking change`,
          failure: failing.length > 0 ? { message: `${failing.length} breaking change(s): ${changeLine(failing[0]!)}`, text: failing.map(changeLine).join('\n') } : undefined,
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
