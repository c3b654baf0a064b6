import { describe, expect, it } from 'vitest';
import { docsSpec } from '../src/docs-spec.js';
import type { OpenApiDocument, OperationObject } from '@group-apis/spec';

function spec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Testmo Groups API', version: 'v1', description: 'Lists the user groups.' },
    tags: [{ name: 'Groups', description: 'User groups of the instance.' }, { name: 'Empty' }],
    paths: {
      '/api/v1/groups': { get: { operationId: 'listGroups', summary: 'Get all groups', tags: ['Groups'] } },
      '/api/v1/groups/{group_id}': { get: { operationId: 'getGroup', summary: 'Get a group', tags: ['Groups', 'Empty'] } },
    },
  };
}

describe('docsSpec', () => {
  const original = spec();
  const docs = docsSpec({ document: original, readmeSection: "## Where this spec differs from the vendor's page\n\nRepairs.", indexHref: 'index.html' });

  it('untags every operation so Redoc shows them all without a click', () => {
    expect((docs.paths?.['/api/v1/groups']?.get as OperationObject).tags).toBeUndefined();
    expect((docs.paths?.['/api/v1/groups/{group_id}']?.get as OperationObject).tags).toBeUndefined();
    expect(docs.tags).toBeUndefined();
  });

  it('keeps the tag descriptions, the description, a link back to the index and the README, in that order', () => {
    expect(docs.info?.description).toBe(
      [
        '[← All APIs](index.html)',
        'Lists the user groups.',
        'Operation groups:\n\n- **Groups**: User groups of the instance.',
        "## Where this spec differs from the vendor's page\n\nRepairs.",
      ].join('\n\n'),
    );
  });

  it('leaves the spec it was given untouched', () => {
    expect(original).toEqual(spec());
  });
});
