import { parse, parseDocument } from 'yaml';

interface FilledParts {
  info: { summary: string; description: string };
  externalDocs: unknown;
  tags: unknown;
  paths: unknown;
  components: { securitySchemes: { bearerToken: { description: string } }; schemas: unknown; responses: unknown };
}

/**
 * The scaffold's skeleton with its TODOs written over by `filled` (see fixtures/widgets-filled.yaml), the
 * way an author edits it: the servers, security scheme type, info title and licence stay as scaffolded.
 */
export function fillSkeleton(skeleton: string, filled: string): string {
  const parts = parse(filled) as FilledParts;
  const doc = parseDocument(skeleton);
  doc.setIn(['info', 'summary'], parts.info.summary);
  doc.setIn(['info', 'description'], parts.info.description);
  doc.set('externalDocs', doc.createNode(parts.externalDocs));
  doc.set('tags', doc.createNode(parts.tags));
  doc.set('paths', doc.createNode(parts.paths));
  doc.setIn(['components', 'securitySchemes', 'bearerToken', 'description'], parts.components.securitySchemes.bearerToken.description);
  doc.setIn(['components', 'schemas'], doc.createNode(parts.components.schemas));
  doc.setIn(['components', 'responses'], doc.createNode(parts.components.responses));
  return String(doc);
}
