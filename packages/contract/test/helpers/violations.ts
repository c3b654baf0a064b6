import type { Violation } from '../../src/violation.js';

/** Violations without their spec pointer, for tests about what was found rather than where the spec says it. */
export function bare(violations: Violation[]): Array<Omit<Violation, 'schemaPath'>> {
  return violations.map(({ schemaPath: _schemaPath, ...rest }) => rest);
}
