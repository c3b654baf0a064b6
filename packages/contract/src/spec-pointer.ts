import type { Operation } from '@group-apis/spec';

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer into the spec document from unescaped segments: `pointer('/paths', '/groups')` is "/paths/~1groups". */
export function specPointer(base: string, ...segments: Array<string | number>): string {
  return `${base}${segments.map((segment) => `/${escapeSegment(String(segment))}`).join('')}`;
}

/** "/paths/~1groups/get" */
export function operationPointer(operation: Pick<Operation, 'path' | 'method'>): string {
  return specPointer('', 'paths', operation.path, operation.method);
}

/** Ajv's schemaPath ("#/properties/user%20name/type", URI-encoded pointer) appended to the schema's own pointer. */
export function joinSchemaPath(base: string, ajvSchemaPath: string): string {
  const rest = ajvSchemaPath.replace(/^#/, '');
  if (!rest) return base;
  return `${base}${rest.split('/').slice(1).map((segment) => `/${safeDecode(segment)}`).join('')}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
