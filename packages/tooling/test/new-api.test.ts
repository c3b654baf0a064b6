import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../../scripts/new-api/base-url.mjs';
import { defaultTitleOf, nameProblem, pascalCaseOf, RESERVED_NAMES, titleProblem } from '../../../scripts/new-api/naming.mjs';
import { withApiEntry } from '../../../scripts/new-api/redocly-apis.mjs';
import { factorySource } from '../../../scripts/new-api/templates/factory.mjs';
import {
  CLIENT_DEPENDENCIES,
  TSCONFIG_BUILD_SOURCE,
  TSCONFIG_SOURCE,
  VITEST_CONFIG_SOURCE,
  packageJsonSource,
  turboJsonSource,
} from '../../../scripts/new-api/templates/package.mjs';
import { findRepoRoot } from './support/repo.js';

const root = findRepoRoot();
const koreAi = (file: string) => readFileSync(join(root, 'packages', 'kore-ai', file), 'utf8');

describe('API names', () => {
  it.each(['acme', 'kore-ai', 'office365', 'acme-widgets-v2'])('accepts %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each(['Acme', 'acme_widgets', 'acme--widgets', '-acme', 'acme-', '2fa', 'acme widgets', '', 'a'.repeat(41)])('refuses %j', (name) => {
    expect(nameProblem(name)).toBeDefined();
  });

  it('refuses the names of the repo\'s own packages', () => {
    expect(RESERVED_NAMES).toEqual(['core', 'conformance', 'docs', 'contract', 'tooling']);
    for (const name of RESERVED_NAMES) expect(nameProblem(name)).toContain('is reserved');
  });

  it('derives the factory stem and the default title as the existing packages spell them', () => {
    expect(pascalCaseOf('kore-ai')).toBe('KoreAi');
    expect(pascalCaseOf('office365')).toBe('Office365');
    expect(defaultTitleOf('acme-widgets')).toBe('Acme Widgets API');
  });

  it('refuses a title that would break the YAML, JSON, Markdown or doc comment it lands in', () => {
    expect(titleProblem('Kore.ai Get Groups API')).toBeUndefined();
    for (const title of ['', '  ', 'two\nlines', 'a `code` title', 'ends a comment */', 'TODO later']) expect(titleProblem(title)).toBeDefined();
  });
});

describe('--base-url', () => {
  it('keeps a concrete http(s) URL, without its trailing slash', () => {
    expect(parseBaseUrl('https://api.acme.io/v1/')).toEqual({ url: 'https://api.acme.io/v1' });
    expect(parseBaseUrl('http://127.0.0.1:8080')).toEqual({ url: 'http://127.0.0.1:8080' });
  });

  it.each([
    ['api.acme.io', 'not an absolute URL'],
    ['ftp://acme.io', 'http(s)'],
    ['https://{host}/api', 'server variable'],
    ['https://user:secret@acme.io', 'credentials'],
    ['https://acme.io/v1?key=1', 'query string'],
    ['https://api.example.com', 'example.com'],
  ])('refuses %s', (raw, problem) => {
    expect(parseBaseUrl(raw).problem).toContain(problem);
  });
});

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

// The templates mirror packages/kore-ai (a client built on @group-apis/core). When kore-ai's shape changes,
// these fail until scripts/new-api/templates follows.
describe('the scaffold templates mirror packages/kore-ai', () => {
  it('writes the same tsconfigs, vitest config and turbo.json', () => {
    expect(TSCONFIG_SOURCE).toBe(koreAi('tsconfig.json'));
    expect(TSCONFIG_BUILD_SOURCE).toBe(koreAi('tsconfig.build.json'));
    expect(VITEST_CONFIG_SOURCE).toBe(koreAi('vitest.config.ts'));
    expect(turboJsonSource({ name: 'kore-ai' })).toBe(koreAi('turbo.json'));
  });

  it('writes a package.json with the same shape, scripts and test harness', () => {
    const template = JSON.parse(packageJsonSource({ name: 'kore-ai', packageName: '@group-apis/kore-ai', title: 'Kore.ai API' })) as Record<string, unknown>;
    const actual = JSON.parse(koreAi('package.json')) as Record<string, unknown>;
    for (const field of ['license', 'type', 'sideEffects', 'engines', 'exports', 'main', 'types', 'files', 'scripts', 'devDependencies']) {
      expect(template[field], field).toEqual(actual[field]);
    }
    expect(Object.keys(template).sort()).toEqual(Object.keys(actual).sort());
    const koreAiDependencies = actual.dependencies as Record<string, string>;
    for (const [dependency, version] of Object.entries(CLIENT_DEPENDENCIES)) expect(koreAiDependencies[dependency], dependency).toBe(version);
  });

  it('builds the client on the same runtime packages as kore-ai', () => {
    const imported = (source: string) => new Set([...source.matchAll(/^import .* from '([^.][^']*)';$/gm)].map((match) => match[1]));
    const template = imported(factorySource({ name: 'kore-ai', pascal: 'KoreAi', title: 'Kore.ai API', baseUrl: 'https://bots.kore.ai/api/public' }));
    const actual = imported(koreAi('src/index.ts'));
    // kore-ai may import vendor-only helpers (a JWT library); everything the template imports, kore-ai imports too.
    for (const specifier of template) expect(actual.has(specifier), specifier).toBe(true);
    if (actual.has('@group-apis/core')) expect(template.has('@group-apis/core'), '@group-apis/core').toBe(true);
    expect(actual.has('openapi-fetch') || actual.has('@group-apis/core')).toBe(true);
  });
});
