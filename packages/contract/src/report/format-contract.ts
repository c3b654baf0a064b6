import type { Violation } from '../violation.js';
import { junitXml, type JunitCase, type JunitSuite } from './junit.js';
import { combinedVerdict, operationLabel, type ContractReport, type ExchangeRef, type Finding } from './report.js';

export type ReportFormat = 'text' | 'json' | 'junit';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'junit'];

/** "response body /groups/0/userCount: expected integer, got string "2"" */
export function violationLine(violation: Violation): string {
  return `${violation.location}${violation.pointer ? ` ${violation.pointer}` : ''}: ${violation.message}`;
}

export function exchangeLine(exchange: ExchangeRef): string {
  return `${exchange.request} -> ${exchange.status} (${exchange.source})`;
}

const count = (value: number) => value.toLocaleString('en-US');

/** The lines that say everything about one finding, shared by the text and JUnit reports. */
function findingDetailLines(finding: Finding): string[] {
  const lines: string[] = [];
  const more = finding.count - finding.first.length;
  lines.push(`${finding.count === 1 ? 'in' : 'first in'}: ${finding.first.map(exchangeLine).join('; ')}${more > 0 ? ` (and ${count(more)} more)` : ''}`);
  if (finding.spec) lines.push(`spec: ${finding.spec.file}:${finding.spec.line}:${finding.spec.column} ${finding.spec.pointer}`);
  else if (finding.schemaPath) lines.push(`spec: ${finding.schemaPath}`);
  if (finding.reproduce) lines.push(`reproduce: ${finding.reproduce}`);
  return lines;
}

function headline(report: ContractReport): string {
  const distinct = report.findings.length + (report.unlistedViolations > 0 ? 1 : 0);
  return `${report.api}: ${count(report.exchanges)} exchange(s) checked against ${report.spec} (${report.mode}: ${report.target}), ${count(report.violations)} violation(s)${report.violations > 0 ? ` in ${count(report.failing)} exchange(s), ${count(report.findings.length)}${distinct > report.findings.length ? '+' : ''} distinct` : ''}`;
}

function apiText(report: ContractReport): string[] {
  const lines = [headline(report)];
  const byOperation = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const label = operationLabel(finding.operation);
    const list = byOperation.get(label);
    if (list) list.push(finding);
    else byOperation.set(label, [finding]);
  }
  for (const operation of report.operations) {
    lines.push('', `${operation.label}: ${count(operation.exchanges)} exchange(s), ${operation.failing === 0 ? 'all pass' : `${count(operation.failing)} failing`}`);
    for (const finding of byOperation.get(operation.label) ?? []) {
      lines.push(`  FAIL ${violationLine(finding)}${finding.count > 1 ? ` (${count(finding.count)} exchanges)` : ''}`);
      for (const detail of findingDetailLines(finding)) lines.push(`       ${detail}`);
    }
  }
  if (report.unlistedViolations > 0) lines.push('', `${count(report.unlistedViolations)} more violation(s) not listed: the report lists the first ${count(report.findings.length)} distinct ones`);
  if (report.skippedCount > 0) {
    lines.push('', `skipped (${count(report.skippedCount)}):`, ...report.skipped.map((reason) => `  ${reason}`));
    if (report.skippedCount > report.skipped.length) lines.push(`  (and ${count(report.skippedCount - report.skipped.length)} more)`);
  }
  if (report.errors.length > 0) lines.push('', 'errors:', ...report.errors.map((error) => `  ${error}`));
  return lines;
}

/** The text report: per operation its exchanges, then each distinct violation with its count, spec line and a curl command. */
export function formatContractText(reports: ContractReport | ContractReport[]): string {
  const list = Array.isArray(reports) ? reports : [reports];
  return `${list.map((report) => apiText(report).join('\n')).join('\n\n')}\n`;
}

function findingCase(report: ContractReport, finding: Finding): JunitCase {
  const line = violationLine(finding);
  return {
    classname: `${report.api}.${finding.operation?.id ?? 'undocumented'}`,
    name: line,
    failure: { message: `${count(finding.count)} exchange(s): ${line}`, text: [line, ...findingDetailLines(finding)].join('\n') },
  };
}

export function contractJunitSuites(reports: ContractReport | ContractReport[]): JunitSuite[] {
  return (Array.isArray(reports) ? reports : [reports]).map((report) => {
    const cases: JunitCase[] = [];
    for (const operation of report.operations) {
      if (operation.failing === 0) cases.push({ classname: `${report.api}.${operation.id ?? 'undocumented'}`, name: `${operation.label}: ${count(operation.exchanges)} exchange(s) match` });
    }
    for (const finding of report.findings) cases.push(findingCase(report, finding));
    if (report.unlistedViolations > 0) {
      const message = `${count(report.unlistedViolations)} more violation(s) not listed`;
      cases.push({ classname: `${report.api}.unlisted`, name: message, failure: { message, text: message } });
    }
    for (const error of report.errors) cases.push({ classname: `${report.api}.errors`, name: error, error: { message: error, text: error } });
    for (const reason of report.skipped) cases.push({ classname: `${report.api}.skipped`, name: reason, skipped: reason });
    if (report.skippedCount > report.skipped.length) {
      const reason = `${count(report.skippedCount - report.skipped.length)} more exchange(s) skipped`;
      cases.push({ classname: `${report.api}.skipped`, name: reason, skipped: reason });
    }
    return { name: `contract ${report.api} (${report.mode})`, cases };
  });
}

/**
 * The report in `format`. Only the requested format is built. JSON: one API's report with `exitCode` and
 * `reason`, or `{ apis: [...], exitCode, reason }` for several (a proxy serving several APIs).
 */
export function formatContractReport(reports: ContractReport | ContractReport[], format: ReportFormat): string {
  const list = Array.isArray(reports) ? reports : [reports];
  if (format === 'json') {
    const body = list.length === 1 ? { ...list[0]!, ...combinedVerdict(list) } : { apis: list, ...combinedVerdict(list) };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  if (format === 'junit') return junitXml(contractJunitSuites(list));
  return formatContractText(list);
}
