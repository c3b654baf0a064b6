export type ChangeSeverity = 'breaking' | 'non-breaking';

/** Which way data flows where a schema changed: what clients send, or what they receive. */
export type Side = 'request' | 'response';

export type ChangeKind =
  | 'api-added'
  | 'api-removed'
  | 'operation-added'
  | 'operation-removed'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-required'
  | 'parameter-optional'
  | 'parameter-style-changed'
  | 'request-body-added'
  | 'request-body-removed'
  | 'request-body-required'
  | 'request-body-optional'
  | 'media-type-added'
  | 'media-type-removed'
  | 'status-added'
  | 'success-status-removed'
  | 'error-status-removed'
  | 'response-header-added'
  | 'response-header-removed'
  | 'field-added'
  | 'field-removed'
  | 'field-required'
  | 'field-optional'
  | 'type-narrowed'
  | 'type-widened'
  | 'type-changed'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'enum-changed'
  | 'constraint-narrowed'
  | 'constraint-widened'
  | 'schema-changed';

/** One difference between a spec and its base version, classified for the clients generated from it. */
export interface SpecChange {
  kind: ChangeKind;
  severity: ChangeSeverity;
  /** "listGroups (GET /groups)", when the change is inside an operation. */
  operation?: string;
  /** Where inside the operation: "query parameter limit", "response 200 application/json body /groups/*\/gN". */
  location: string;
  message: string;
}
