import { outsideNpmEnv, run } from './run.js';

export type AuditOutcome =
  | { kind: 'clean' }
  | { kind: 'vulnerable'; summary: string }
  | { kind: 'unreachable'; reason: string };

interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { code?: string; summary?: string };
  message?: string;
  statusCode?: number;
}

/** `npm audit --omit=dev` in a project: what a consumer installs to run the packages, dev tools left out. */
export async function auditProduction(dir: string): Promise<AuditOutcome> {
  const { stdout, stderr } = await run('npm', ['audit', '--omit=dev', '--json'], { cwd: dir, env: outsideNpmEnv(), timeoutMs: 60_000 });
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { kind: 'unreachable', reason: (stderr.trim().split('\n').at(-1) ?? '') || 'npm audit printed no report' };
  }
  if (report.metadata?.vulnerabilities) {
    const found = Object.entries(report.vulnerabilities ?? {});
    if (found.length === 0) return { kind: 'clean' };
    return { kind: 'vulnerable', summary: found.map(([name, finding]) => `${name} (${finding.severity})`).join(', ') };
  }
  // No metadata: npm could not get an answer from the audit endpoint (offline, proxy, registry without audit).
  return { kind: 'unreachable', reason: report.message ?? report.error?.summary ?? (stderr.trim().split('\n').at(-1) || 'no audit report') };
}
