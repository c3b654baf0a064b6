export type ViolationKind = 'operation' | 'security' | 'parameter' | 'request-body' | 'status' | 'header' | 'content-type' | 'body';

/** Where a rule is written in the spec. */
export interface SpecLocation {
  /** The spec file (or the split file the rule is in), as reports name it. */
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the bundled document: "/paths/~1groups/get/responses/200/content/application~1json/schema/properties/total/type". */
  pointer: string;
}

/** One way an exchange differs from the spec. */
export interface Violation {
  kind: ViolationKind;
  /** Where, in words: "response body", "response header Retry-After", "request query parameter filter". */
  location: string;
  /** JSON pointer into the body or the parameter's value; "" for the whole value. */
  pointer: string;
  /** What the spec expected, and what came instead. */
  message: string;
  /** JSON pointer into the bundled spec document to the rule that was broken (the schema keyword when there is one). */
  schemaPath?: string;
}

/** Where a checked exchange came from and what the spec said about it. */
export interface ExchangeResult {
  /** The operation the request matched, or undefined when it matched none. */
  operation?: { id: string; method: string; path: string };
  /** "GET /groups?offset=0", secrets redacted. */
  request: string;
  status: number;
  /** "example sampleResponse", "HAR entry 3", "proxy". */
  source: string;
  violations: Violation[];
}
