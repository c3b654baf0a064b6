import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRedoclyRoot, parseApis, readApis, selectApis, specPathOf, UsageError } from '../src/index.js';

const REDOCLY_YAML = `extends:
  - recommended-strict
apis:
  kore-ai:
    root: specs/kore-ai/openapi.yaml
    x-openapi-ts:
      output: packages/kore-ai/src/generated/schema.ts
  draft:
    root: specs/draft/openapi.yaml
`;

describe('the API registry', () => {
  it('gives every fact about an API from its redocly.yaml entry and its name', () => {
    expect(parseApis(REDOCLY_YAML, '/repo')).toEqual([
      {
        name: 'kore-ai',
        spec: '/repo/specs/kore-ai/openapi.yaml',
        output: '/repo/packages/kore-ai/src/generated/schema.ts',
        packageDir: '/repo/packages/kore-ai',
        packageName: '@group-apis/kore-ai',
        factoryName: 'createKoreAiClient',
        readmePath: '/repo/specs/kore-ai/README.md',
      },
      {
        name: 'draft',
        spec: '/repo/specs/draft/openapi.yaml',
        output: undefined,
        packageDir: '/repo/packages/draft',
        packageName: '@group-apis/draft',
        factoryName: 'createDraftClient',
        readmePath: '/repo/specs/draft/README.md',
      },
    ]);
  });

  it('refuses an entry without a root, naming it', () => {
    expect(() => parseApis('apis:\n  broken:\n    x-openapi-ts: {}\n', '/repo')).toThrow(new UsageError('redocly.yaml: apis.broken has no root'));
  });

  it('reads this repository: the four APIs, each with its client package', () => {
    const apis = readApis();
    expect(apis.map((api) => api.name)).toEqual(['kore-ai', 'kaizala', 'testmo', 'passbolt']);
    expect(apis.map((api) => api.factoryName)).toEqual(['createKoreAiClient', 'createKaizalaClient', 'createTestmoClient', 'createPassboltClient']);
  });

  describe('in a folder of its own', () => {
    const root = mkdtempSync(join(tmpdir(), 'group-apis-spec-registry-'));
    writeFileSync(join(root, 'redocly.yaml'), REDOCLY_YAML);
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('finds the root above a folder and resolves an API name to its spec', () => {
      expect(findRedoclyRoot(join(root, 'packages', 'kore-ai'))).toBe(root);
      expect(specPathOf('kore-ai', root)).toBe(join(root, 'specs/kore-ai/openapi.yaml'));
      expect(() => specPathOf('nope', root)).toThrow('redocly.yaml has no apis entry "nope" (known: kore-ai, draft)');
    });

    it('selects the APIs a script is asked for: named, the current package, or all', () => {
      expect(selectApis(['draft'], root).map((api) => api.name)).toEqual(['draft']);
      expect(selectApis([], root, join(root, 'packages', 'kore-ai')).map((api) => api.name)).toEqual(['kore-ai']);
      expect(selectApis(['--all'], root).map((api) => api.name)).toEqual(['kore-ai', 'draft']);
      expect(() => selectApis(['nope'], root)).toThrow('Unknown API "nope": redocly.yaml lists kore-ai, draft.');
    });
  });
});
