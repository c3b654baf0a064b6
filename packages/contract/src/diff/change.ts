import type { RuleId } from './rules.js';

/**
 * How a change affects the clients generated from a spec: `error` breaks them (fails the check unless
 * accepted), `warning` may break some and needs a person's judgement, `info` breaks none.
 */
export type ChangeLevel = 'error' | 'warning' | 'info';

/** Which way data flows where a schema changed: what clients send, or what they receive. */
export type Side = 'request' | 'response';

/** One difference between a spec and its base version, classified by the rule that found it. */
export interface SpecChange {
  /** The rule's id, as in the README's rule table and in an accepted-changes file. */
  rule: RuleId;
  level: ChangeLevel;
  /** "listGroups (GET /groups)", when the change is inside an operation. */
  operation?: string;
  /** "GET /groups" (or "webhook newPet POST"): what an accepted-changes entry names. */
  endpoint?: string;
  /** Where inside the operation: "query parameter limit", "response 200 application/json body /groups/*\/id". */
  location: string;
  message: string;
}
