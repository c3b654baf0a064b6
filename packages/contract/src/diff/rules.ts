import type { ChangeLevel } from './change.js';

// Every rule the differ applies, with its level. The README's rule table lists the same ids and levels (a
// test keeps the two in step), and says where this policy differs from oasdiff's and why.

/** Rules about an operation, a parameter, a body or a response as a whole. */
const STRUCTURE_RULES = {
  'api-removed': 'error',
  'api-added': 'info',
  'operation-removed': 'error',
  'deprecated-operation-removed': 'warning',
  'retired-operation-removed': 'info',
  'operation-added': 'info',
  'operation-deprecated': 'info',
  'webhook-removed': 'error',
  'webhook-added': 'info',
  'callback-removed': 'error',
  'callback-added': 'info',
  'security-became-required': 'error',
  'security-became-optional': 'info',
  'security-alternative-removed': 'error',
  'security-alternative-added': 'info',
  'security-scope-added': 'warning',
  'security-scope-removed': 'info',
  'security-scheme-changed': 'error',
  'parameter-removed': 'error',
  'deprecated-parameter-removed': 'warning',
  'retired-parameter-removed': 'info',
  'parameter-became-array': 'info',
  'parameter-deprecated': 'info',
  'required-parameter-added': 'error',
  'optional-parameter-added': 'info',
  'parameter-became-required': 'error',
  'parameter-became-optional': 'info',
  'parameter-serialization-changed': 'error',
  'parameter-default-changed': 'error',
  'parameter-default-added': 'info',
  'request-body-removed': 'error',
  'required-request-body-added': 'error',
  'optional-request-body-added': 'info',
  'request-body-became-required': 'error',
  'request-body-became-optional': 'info',
  'request-media-type-removed': 'error',
  'request-media-type-added': 'info',
  'request-media-type-schema-added': 'error',
  'request-media-type-schema-removed': 'info',
  'response-success-status-removed': 'error',
  'response-error-status-removed': 'info',
  'response-status-added': 'info',
  'response-media-type-removed': 'error',
  'response-error-media-type-removed': 'info',
  'response-media-type-added': 'info',
  'response-media-type-schema-added': 'info',
  'response-media-type-schema-removed': 'warning',
  'response-required-header-removed': 'error',
  'response-optional-header-removed': 'warning',
  'response-header-became-optional': 'error',
  'response-header-added': 'info',
  // readOnly matters only to what clients send, writeOnly only to what they receive.
  'request-property-became-read-only': 'info',
  'response-property-became-write-only': 'error',
} as const satisfies Record<string, ChangeLevel>;

/** Rules about a schema, by side: [level on the request side, level on the response side]. */
const SCHEMA_RULES = {
  'property-removed': ['warning', 'error'],
  'property-removed-closed': ['error', 'error'],
  'required-property-added': ['error', 'info'],
  'optional-property-added': ['info', 'info'],
  'property-became-required': ['error', 'info'],
  'property-became-optional': ['info', 'error'],
  'type-narrowed': ['error', 'warning'],
  'type-widened': ['info', 'error'],
  'type-changed': ['error', 'error'],
  'became-not-nullable': ['error', 'warning'],
  'became-nullable': ['info', 'error'],
  'enum-value-removed': ['error', 'warning'],
  'enum-value-added': ['info', 'error'],
  'became-enum': ['error', 'warning'],
  'enum-removed': ['info', 'error'],
  'extensible-enum-value-removed': ['error', 'info'],
  'extensible-enum-value-added': ['info', 'info'],
  'variant-removed': ['error', 'warning'],
  'variant-added': ['info', 'error'],
  'one-of-ambiguous': ['warning', 'info'],
  'all-of-added': ['warning', 'info'],
  'all-of-removed': ['info', 'warning'],
  'constraint-tightened': ['error', 'info'],
  'constraint-loosened': ['info', 'error'],
  'format-changed': ['error', 'error'],
  'content-encoding-changed': ['error', 'error'],
  'pattern-added': ['error', 'info'],
  'pattern-removed': ['info', 'info'],
  'pattern-generalized': ['info', 'info'],
  'pattern-narrowed': ['error', 'info'],
  'pattern-changed': ['warning', 'info'],
  'condition-changed': ['warning', 'warning'],
  'default-changed': ['info', 'info'],
} as const satisfies Record<string, readonly [ChangeLevel, ChangeLevel]>;

export type StructureRule = keyof typeof STRUCTURE_RULES;
export type SchemaConcept = keyof typeof SCHEMA_RULES;
export type RuleId = StructureRule | `request-${SchemaConcept}` | `response-${SchemaConcept}`;

/** Every rule id with its level. */
export const RULES: ReadonlyMap<RuleId, ChangeLevel> = new Map<RuleId, ChangeLevel>([
  ...(Object.entries(STRUCTURE_RULES) as Array<[StructureRule, ChangeLevel]>),
  ...(Object.entries(SCHEMA_RULES) as Array<[SchemaConcept, readonly [ChangeLevel, ChangeLevel]]>).flatMap(([concept, [request, response]]) => [
    [`request-${concept}`, request] as [RuleId, ChangeLevel],
    [`response-${concept}`, response] as [RuleId, ChangeLevel],
  ]),
]);

export function levelOf(rule: RuleId): ChangeLevel {
  return RULES.get(rule)!;
}
