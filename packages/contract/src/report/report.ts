import type { ExchangeResult } from '../violation.js';

/** What `verify` and `proxy` found: every exchange checked, with its violations. */
export interface ContractReport {
  /** The API's name ("kore-ai"). */
  api: string;
  /** The spec file checked against, as given or resolved. */
  spec: string;
  mode: 'live' | 'har' | 'proxy';
  /** The upstream base URL or HAR file (redacted). */
  target: string;
  exchanges: ExchangeResult[];
  /** What was not checked, and why ("HAR entry 4: https://cdn.example/app.js is outside the base URL"). */
  skipped: string[];
  /** Failures that are not violations: the upstream could not be reached for a proxied request. */
  errors: string[];
}

export function violationCount(report: ContractReport): number {
  return report.exchanges.reduce((sum, exchange) => sum + exchange.violations.length, 0);
}

/** Exit status and its one-line reason: 0 clean, 1 violations, 2 errors (unreachable upstream, nothing checked). */
export function verdict(report: ContractReport): { exitCode: 0 | 1 | 2; reason: string } {
  const total = report.exchanges.length;
  const failing = report.exchanges.filter((exchange) => exchange.violations.length > 0).length;
  const violations = violationCount(report);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (report.errors.length > 0) return { exitCode: 2, reason: `${report.errors[0]}${report.errors.length > 1 ? ` (and ${report.errors.length - 1} more)` : ''}` };
  if (violations > 0) return { exitCode: 1, reason: `${report.api}: ${plural(violations, 'violation')} in ${failing} of ${plural(total, 'exchange')}` };
  if (total === 0) return { exitCode: 2, reason: `${report.api}: no exchange was checked${report.skipped.length ? ` (${report.skipped.length} skipped)` : ''}` };
  return { exitCode: 0, reason: `${report.api}: ${plural(total, 'exchange')} match ${report.spec}` };
}
