import { parse } from 'yaml';
import { UsageError } from '../errors.js';
import type { SpecChange } from './change.js';
import { RULES, type RuleId } from './rules.js';

/** One breaking change accepted on purpose, as an accepted-changes file lists it. */
export interface AcceptedChange {
  rule: RuleId;
  /** "GET /groups" (method and path as the spec writes them), an operationId, "webhook <name> <METHOD>", or "*". */
  operation: string;
  /** Only for this API (a redocly.yaml name, or the spec's path); default: any. */
  api?: string;
  /** Only at this location ("response 200 application/json body /groups/*\/userCount"); default: any. */
  location?: string;
  /** Why it is acceptable: required, so the review sees it. */
  reason: string;
}

export const DEFAULT_ACCEPT_FILE = 'accepted-breaking-changes.yaml';

/** Parses an accepted-changes file; every problem is a one-line UsageError naming the file and the entry. */
export function parseAcceptedChanges(text: string, file: string): AcceptedChange[] {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new UsageError(`${file}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} (malformed YAML)`);
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) throw new UsageError(`${file}: expected a list of accepted changes (- rule: ..., operation: ..., reason: ...)`);
  return parsed.map((entry: unknown, index) => {
    const where = `${file}: entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new UsageError(`${where}: expected a mapping with rule, operation and reason`);
    const { rule, operation, api, location, reason, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length) throw new UsageError(`${where}: unknown field ${unknown.map((name) => `"${name}"`).join(', ')} (expected rule, operation, api, location, reason)`);
    if (typeof rule !== 'string' || !RULES.has(rule as RuleId)) throw new UsageError(`${where}: ${typeof rule === 'string' ? `unknown rule "${rule}"` : 'rule is required'} (the rule ids are in the README's rule table)`);
    if (typeof operation !== 'string' || !operation.trim()) throw new UsageError(`${where}: operation is required ("GET /path", an operationId, or "*")`);
    if (typeof reason !== 'string' || !reason.trim()) throw new UsageError(`${where}: reason is required`);
    for (const [name, value] of [['api', api], ['location', location]] as const) {
      if (value !== undefined && typeof value !== 'string') throw new UsageError(`${where}: ${name} must be a string`);
    }
    return { rule: rule as RuleId, operation: operation.trim(), reason: reason.trim(), ...(api ? { api: api as string } : {}), ...(location ? { location: location as string } : {}) };
  });
}

function namesOperation(entry: AcceptedChange, change: SpecChange): boolean {
  if (entry.operation === '*') return true;
  const normalize = (value: string) => value.replace(/\s+/g, ' ').replace(/^([a-z]+) /, (method) => method.toUpperCase());
  return (change.endpoint !== undefined && normalize(entry.operation) === change.endpoint) || (change.operation?.startsWith(`${entry.operation} (`) ?? false);
}

/** The entry that accepts `change` of `api`, if any. */
export function findAcceptance(entries: AcceptedChange[], api: string, change: SpecChange): AcceptedChange | undefined {
  return entries.find((entry) => entry.rule === change.rule && (!entry.api || entry.api === api) && (!entry.location || entry.location === change.location) && namesOperation(entry, change));
}
