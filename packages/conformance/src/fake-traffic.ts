import { loadContract, type ExchangeResult, type RecordedExchange } from '@group-apis/contract';
import { specPathOf } from '@group-apis/spec';

export interface FakeTrafficOptions {
  /** Base paths before the spec's paths (Kore.ai `/api/public`, Kaizala's endpoint paths). */
  basePaths?: string[];
  /** Exchanges of calls the spec does not describe (a token exchange, a refresh): not checked. */
  outsideSpec?: (exchange: RecordedExchange) => boolean;
}

export interface FakeTrafficReport {
  /** Every checked exchange that broke the spec, with its violations. */
  failures: ExchangeResult[];
  /** operationId → how many exchanges were checked against it. */
  operations: Record<string, number>;
  /** Status codes answered, per operationId. */
  statuses: Record<string, number[]>;
  checked: number;
}

/**
 * Feeds what a fake answered through the contract checker of its spec. Exchanges a fault injection
 * answered (`injected`) are left out: they are the test's words, not the fake's.
 */
export async function checkFakeTraffic(
  api: string,
  exchanges: ReadonlyArray<RecordedExchange & { injected?: boolean }>,
  options: FakeTrafficOptions = {},
): Promise<FakeTrafficReport> {
  const contract = await loadContract(api, specPathOf(api), { basePaths: options.basePaths });
  const report: FakeTrafficReport = { failures: [], operations: {}, statuses: {}, checked: 0 };
  for (const operation of contract.operations) {
    report.operations[operation.id] = 0;
    report.statuses[operation.id] = [];
  }
  for (const exchange of exchanges) {
    if (exchange.injected || options.outsideSpec?.(exchange)) continue;
    const result = contract.check(exchange);
    report.checked += 1;
    if (result.operation) {
      report.operations[result.operation.id] = (report.operations[result.operation.id] ?? 0) + 1;
      const statuses = (report.statuses[result.operation.id] ??= []);
      if (!statuses.includes(result.status)) statuses.push(result.status);
    }
    if (result.violations.length > 0) report.failures.push(result);
  }
  for (const statuses of Object.values(report.statuses)) statuses.sort((a, b) => a - b);
  return report;
}
