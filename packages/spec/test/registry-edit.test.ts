import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot, withApiEntry } from '../src/index.js';

const root = findRepoRoot();

describe('the redocly.yaml apis entry', () => {
  it("appends the API and keeps every other byte of the file, comments included", () => {
    const before = readFileSync(join(root, 'redocly.yaml'), 'utf8');
    const after = withApiEntry(before, 'acme');
    const entry = '  acme:\n    root: specs/acme/openapi.yaml\n    x-openapi-ts:\n      output: packages/acme/src/generated/schema.ts\n';
    expect(after).toContain(entry);
    expect(after.replace(entry, '')).toBe(before);
  });

  it('follows the indentation of the existing entries and goes before comments and keys that follow them', () => {
    const before = 'apis:\n    first:\n        root: specs/first/openapi.yaml # kept\n# about rules\nrules: {}\n';
    expect(withApiEntry(before, 'acme')).toBe(
      'apis:\n    first:\n        root: specs/first/openapi.yaml # kept\n' +
        '    acme:\n        root: specs/acme/openapi.yaml\n        x-openapi-ts:\n            output: packages/acme/src/generated/schema.ts\n' +
        '# about rules\nrules: {}\n',
    );
  });
});
