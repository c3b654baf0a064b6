import type { ExchangeResult, SpecLocation, Violation } from '../violation.js';

/** One exchange, as a report names it: "GET /groups?offset=0 -> 200 (HAR entry 3)". */
export interface ExchangeRef {
  request: string;
  status: number;
  source: string;
}

/** One violation, with every exchange that showed it folded into a count. */
export interface Finding extends Violation {
  /** The operation the exchanges matched, or undefined when they matched none. */
  operation?: { id: string; method: string; path: string };
  /** How many exchanges showed this violation. */
  count: number;
  /** The first few of them, in the order they were checked. */
  first: ExchangeRef[];
  /** Where the rule that was broken is written in the spec: file:line and its JSON pointer. */
  spec?: SpecLocation;
  /** A curl command that sends the first exchange's request again, credentials redacted. */
  reproduce?: string;
}

export interface OperationSummary {
  /** "listGroups (GET /groups)", or "(no operation in the spec)". */
  label: string;
  id?: string;
  exchanges: number;
  failing: number;
}

/** What `verify` and `proxy` found, as aggregates: memory does not grow with the number of exchanges. */
export interface ContractReport {
  /** The API's name ("kore-ai"). */
  api: string;
  /** The spec file checked against, as given or resolved. */
  spec: string;
  mode: 'live' | 'har' | 'ndjson' | 'proxy';
  /** The upstream base URL or traffic file (redacted). */
  target: string;
  /** Exchanges checked, and how many of them broke the spec. */
  exchanges: number;
  failing: number;
  /** Violations counted over every exchange (a violation seen in 3 exchanges counts 3). */
  violations: number;
  operations: OperationSummary[];
  /** Distinct violations, each with its count, in the order first seen. */
  findings: Finding[];
  /** Violations not listed in `findings` because MAX_FINDINGS distinct ones were listed already. */
  unlistedViolations: number;
  /** What was not checked, and why: the first MAX_SKIPPED_LISTED reasons; `skippedCount` counts all. */
  skipped: string[];
  skippedCount: number;
  /** Failures that are not violations: an unreachable upstream, an answer over the size limit. */
  errors: string[];
}

export const MAX_FINDINGS = 1_000;
export const MAX_FIRST_EXCHANGES = 3;
export const MAX_SKIPPED_LISTED = 100;
export const MAX_ERRORS_LISTED = 100;

const UNDOCUMENTED = '(no operation in the spec)';

export function operationLabel(operation: { id: string; method: string; path: string } | undefined): string {
  return operation ? `${operation.id} (${operation.method} ${operation.path})` : UNDOCUMENTED;
}

function findingKey(operation: string, violation: Violation): string {
  return `${operation}\n${violation.kind}\n${violation.location}\n${violation.pointer}\n${violation.message}`;
}

export interface FindingDetails {
  spec?: (violation: Violation) => SpecLocation | undefined;
  reproduce?: () => string | undefined;
}

/**
 * Collects checked exchanges into a report without keeping them: counts per operation, violations folded by
 * operation, location, pointer and message. Memory is bounded by MAX_FINDINGS, whatever the traffic's size.
 */
export class ReportBuilder {
  readonly report: ContractReport;
  private readonly operations = new Map<string, OperationSummary>();
  private readonly findings = new Map<string, Finding>();
  private errorCount = 0;

  constructor(header: Pick<ContractReport, 'api' | 'spec' | 'mode' | 'target'>) {
    this.report = { ...header, exchanges: 0, failing: 0, violations: 0, operations: [], findings: [], unlistedViolations: 0, skipped: [], skippedCount: 0, errors: [] };
  }

  add(result: ExchangeResult, details: FindingDetails = {}): void {
    const report = this.report;
    const label = operationLabel(result.operation);
    let summary = this.operations.get(label);
    if (!summary) {
      summary = { label, ...(result.operation ? { id: result.operation.id } : {}), exchanges: 0, failing: 0 };
      this.operations.set(label, summary);
      report.operations.push(summary);
    }
    summary.exchanges += 1;
    report.exchanges += 1;
    if (result.violations.length === 0) return;
    summary.failing += 1;
    report.failing += 1;
    report.violations += result.violations.length;
    const ref: ExchangeRef = { request: result.request, status: result.status, source: result.source };
    let reproduce: string | undefined | null = null;
    for (const violation of result.violations) {
      const key = findingKey(label, violation);
      const known = this.findings.get(key);
      if (known) {
        known.count += 1;
        if (known.first.length < MAX_FIRST_EXCHANGES) known.first.push(ref);
        continue;
      }
      if (this.findings.size >= MAX_FINDINGS) {
        report.unlistedViolations += 1;
        continue;
      }
      // Worked out once per distinct violation, never per exchange.
      if (reproduce === null) reproduce = details.reproduce?.();
      const spec = details.spec?.(violation);
      const finding: Finding = {
        ...(result.operation ? { operation: result.operation } : {}),
        kind: violation.kind,
        location: violation.location,
        pointer: violation.pointer,
        message: violation.message,
        ...(violation.schemaPath !== undefined ? { schemaPath: violation.schemaPath } : {}),
        count: 1,
        first: [ref],
        ...(spec ? { spec } : {}),
        ...(reproduce ? { reproduce } : {}),
      };
      this.findings.set(key, finding);
      report.findings.push(finding);
    }
  }

  skip(reason: string): void {
    this.report.skippedCount += 1;
    if (this.report.skipped.length < MAX_SKIPPED_LISTED) this.report.skipped.push(reason);
  }

  error(reason: string): void {
    this.errorCount += 1;
    if (this.report.errors.length < MAX_ERRORS_LISTED) this.report.errors.push(reason);
  }

  get errors(): number {
    return this.errorCount;
  }
}

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** Exit status and its one-line reason: 0 clean, 1 violations, 2 errors (unreachable upstream, nothing checked). */
export function verdict(report: ContractReport): { exitCode: 0 | 1 | 2; reason: string } {
  if (report.errors.length > 0) return { exitCode: 2, reason: `${report.errors[0]}${report.errors.length > 1 ? ` (and ${report.errors.length - 1} more)` : ''}` };
  if (report.violations > 0) return { exitCode: 1, reason: `${report.api}: ${plural(report.violations, 'violation')} in ${report.failing.toLocaleString('en-US')} of ${plural(report.exchanges, 'exchange')}` };
  if (report.exchanges === 0) return { exitCode: 2, reason: `${report.api}: no exchange was checked${report.skippedCount ? ` (${report.skippedCount} skipped)` : ''}` };
  return { exitCode: 0, reason: `${report.api}: ${plural(report.exchanges, 'exchange')} match ${report.spec}` };
}

/** Several APIs' reports (a proxy serving several) as one verdict: the worst exit status, every reason that made it. */
export function combinedVerdict(reports: ContractReport[]): { exitCode: 0 | 1 | 2; reason: string } {
  // An API the traffic never reached does not fail a run that checked others.
  const reached = reports.filter((report) => report.exchanges > 0 || report.errors.length > 0);
  const verdicts = (reached.length > 0 ? reached : reports).map(verdict);
  const exitCode = verdicts.reduce<0 | 1 | 2>((worst, next) => (next.exitCode > worst ? next.exitCode : worst), 0);
  const reasons = verdicts.filter((next) => next.exitCode === exitCode).map((next) => next.reason);
  return { exitCode, reason: reasons.join('; ') };
}
