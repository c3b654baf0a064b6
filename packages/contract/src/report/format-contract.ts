import type { ExchangeResult, Violation } from '../violation.js';
import { junitXml, type JunitSuite } from './junit.js';
import { verdict, violationCount, type ContractReport } from './report.js';

export type ReportFormat = 'text' | 'json' | 'junit';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'junit'];

/** "response body /groups/0/userCount: expected integer, got string "2"" */
export function violationLine(violation: Violation): string {
  return `${violation.location}${violation.pointer ? ` ${violation.pointer}` : ''}: ${violation.message}`;
}

function operationKey(exchange: ExchangeResult): string {
  return exchange.operation ? `${exchange.operation.id} (${exchange.operation.method} ${exchange.operation.path})` : '(no operation in the spec)';
}

function exchangeLine(exchange: ExchangeResult): string {
  return `${exchange.request} -> ${exchange.status} (${exchange.source})`;
}

function groupByOperation(exchanges: ExchangeResult[]): Map<string, ExchangeResult[]> {
  const groups = new Map<string, ExchangeResult[]>();
  for (const exchange of exchanges) {
    const key = operationKey(exchange);
    groups.set(key, [...(groups.get(key) ?? []), exchange]);
  }
  return groups;
}

export function formatContractText(report: ContractReport): string {
  const lines = [`${report.api}: ${report.exchanges.length} exchange(s) checked against ${report.spec} (${report.mode}: ${report.target}), ${violationCount(report)} violation(s)`];
  for (const [operation, exchanges] of groupByOperation(report.exchanges)) {
    lines.push('', operation);
    for (const exchange of exchanges) {
      lines.push(`  ${exchange.violations.length === 0 ? 'PASS' : 'FAIL'} ${exchangeLine(exchange)}`);
      for (const violation of exchange.violations) lines.push(`       ${violationLine(violation)}`);
    }
  }
  if (report.skipped.length > 0) lines.push('', 'skipped:', ...report.skipped.map((reason) => `  ${reason}`));
  if (report.errors.length > 0) lines.push('', 'errors:', ...report.errors.map((error) => `  ${error}`));
  return `${lines.join('\n')}\n`;
}

export function contractJunitSuites(report: ContractReport): JunitSuite[] {
  const suite: JunitSuite = {
    name: `contract ${report.api} (${report.mode})`,
    cases: report.exchanges.map((exchange) => ({
      classname: `${report.api}.${exchange.operation?.id ?? 'undocumented'}`,
      name: exchangeLine(exchange),
      failure:
        exchange.violations.length === 0
          ? undefined
          : { message: `${exchange.violations.length} violation(s): ${violationLine(exchange.violations[0]!)}`, text: exchange.violations.map(violationLine).join('\n') },
    })),
  };
  for (const error of report.errors) suite.cases.push({ classname: `${report.api}.errors`, name: error, error: { message: error, text: error } });
  for (const reason of report.skipped) suite.cases.push({ classname: `${report.api}.skipped`, name: reason, skipped: reason });
  return [suite];
}

export function formatContractReport(report: ContractReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify({ ...report, violations: violationCount(report), ...verdict(report) }, null, 2)}\n`;
  if (format === 'junit') return junitXml(contractJunitSuites(report));
  return formatContractText(report);
}
