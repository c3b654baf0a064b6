import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../../scripts/new-api/base-url.mjs';
import { firstGetOperationOf } from '../../../scripts/new-api/first-operation.mjs';
import { withJsonMember } from '../../../scripts/new-api/json-members.mjs';
import { planNewApi } from '../../../scripts/new-api/plan.mjs';
import { INITIAL_SIZE_BUDGET, consumerClientPathOf, withClientDevDependency, withSizeBudget } from '../../../scripts/new-api/publish-check.mjs';
import { consumerClientSource } from '../../../scripts/new-api/templates/consumer-client.mjs';
import { factorySource } from '../../../scripts/new-api/templates/factory.mjs';
import {
  CLIENT_DEPENDENCIES,
  INITIAL_VERSION,
  TSCONFIG_BUILD_SOURCE,
  TSCONFIG_SOURCE,
  VITEST_CONFIG_SOURCE,
  packageJsonSource,
  packageReadmeSource,
  runtimeDependencyLines,
  turboJsonSource,
} from '../../../scripts/new-api/templates/package.mjs';
import { specSource } from '../../../scripts/new-api/templates/spec.mjs';
import { writePlan } from '../../../scripts/new-api/write.mjs';
import { findRepoRoot } from './support/repo.js';

const root = findRepoRoot();
const koreAi = (file: string) => readFileSync(join(root, 'packages', 'kore-ai', file), 'utf8');
const publishCheck = (file: string) => readFileSync(join(root, 'packages', 'publish-check', file), 'utf8');
const ACME = { name: 'acme', pascal: 'Acme', title: 'Acme API', packageName: '@group-apis/acme', baseUrl: 'https://api.acme.io/v1', baseUrlGiven: true };

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
    const fields = ['homepage', 'bugs', 'repository', 'license', 'author', 'type', 'sideEffects', 'engines', 'main', 'types', 'files', 'scripts', 'publishConfig'];
    for (const field of fields) expect(template[field], field).toEqual(actual[field]);
    // kore-ai also ships its vendor's stateful fake (`./fake`); a new API has none until someone writes one.
    const { './fake': koreAiFake, ...clientExports } = actual.exports as Record<string, unknown>;
    expect(koreAiFake).toBeDefined();
    expect(template.exports).toEqual(clientExports);
    expect(Object.keys(template)).toEqual(Object.keys(actual));
    // kore-ai adds its vendor's words; the template's are the generic ones every client has.
    expect(actual.keywords).toEqual(expect.arrayContaining(template.keywords as string[]));
    // ... and its tests' own reference implementations (jose, to check the JWT it signs).
    expect(actual.devDependencies).toEqual(expect.objectContaining(template.devDependencies as Record<string, string>));
    const koreAiDependencies = actual.dependencies as Record<string, string>;
    for (const [dependency, version] of Object.entries(CLIENT_DEPENDENCIES)) expect(koreAiDependencies[dependency], dependency).toBe(version);
  });

  it("justifies the client's runtime dependencies in its README in kore-ai's words", () => {
    const readme = packageReadmeSource(ACME);
    expect(readme).toContain(`## Runtime dependencies (and why)\n\n${runtimeDependencyLines()}\n`);
    for (const line of runtimeDependencyLines().split('\n')) expect(koreAi('README.md')).toContain(line);
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

// The scaffold's place in packages/publish-check mirrors what the existing APIs have there.
describe('the publish-check entries', () => {
  const clientsDir = join(root, 'packages', 'publish-check', 'consumer', 'src', 'clients');
  const existingClients = readdirSync(clientsDir).filter((file) => file.endsWith('.ts'));

  it('writes a consumer script with every line the existing ones share', () => {
    expect(existingClients.length).toBeGreaterThan(1);
    const linesOf = (source: string) => new Set(source.split('\n'));
    const [first, ...others] = existingClients.map((file) => linesOf(readFileSync(join(clientsDir, file), 'utf8')));
    const shared = [...first!].filter((line) => line.trim() !== '' && others.every((lines) => lines.has(line)));
    const template = linesOf(consumerClientSource(ACME, { path: '/widgets', operationId: 'listWidgets' }));
    for (const line of shared) expect(template.has(line), line).toBe(true);
  });

  it("calls the spec's first GET through the client and reports its operationId", () => {
    const operation = firstGetOperationOf(specSource(ACME));
    expect(operation).toEqual({ path: '/todo', operationId: 'todo' });
    const source = consumerClientSource(ACME, operation);
    expect(source).toContain("import { createAcmeClient } from '@group-apis/acme';");
    expect(source).toContain("const client = createAcmeClient({ baseUrl: baseUrlArgument(), token: 'consumer-test-token' });");
    expect(source).toContain("await client.GET('/todo');");
    expect(source).toContain("report({ operationId: 'todo', status: response.status, data, items: fields.length });");
    expect(source.match(/\/\/ @ts-expect-error /g)).toHaveLength(2);
    expect(consumerClientPathOf('acme')).toBe('packages/publish-check/consumer/src/clients/acme.ts');
  });

  it('adds a budget after the last one and keeps every other byte of size-budgets.json', () => {
    const before = publishCheck('size-budgets.json');
    const after = withSizeBudget(before, ACME);
    expect(INITIAL_SIZE_BUDGET).toBe(10_000);
    expect(after).toMatch(/,\n  "@group-apis\/acme": 10000\n}\n$/);
    expect(after.replace(',\n  "@group-apis/acme": 10000', '')).toBe(before);
  });

  it("adds the devDependency in npm's order at the new package's version and keeps every other byte", () => {
    const before = publishCheck('package.json');
    const after = withClientDevDependency(before, ACME, INITIAL_VERSION);
    const line = '    "@group-apis/acme": "0.0.0",\n';
    expect(after).toContain(`${line}    "@group-apis/conformance"`);
    expect(after.replace(line, '')).toBe(before);
    expect(JSON.parse(packageJsonSource(ACME)).version).toBe(INITIAL_VERSION);
  });
});

describe('adding a member to a JSON object as text', () => {
  const add = (text: string, options: { objectKey?: string; key: string; value: unknown; sorted?: boolean }) => withJsonMember(text, { file: 'f.json', ...options });

  it('follows the layout around it: one line, nested, sorted or last', () => {
    expect(add('{"a": 1, "c": 3}', { key: 'b', value: 2, sorted: true })).toBe('{"a": 1, "b": 2, "c": 3}');
    expect(add('{"a": 1, "c": 3}', { key: 'b', value: 2 })).toBe('{"a": 1, "c": 3, "b": 2}');
    expect(add('{\n\t"deps": {\n\t\t"z": "1"\n\t}\n}\n', { objectKey: 'deps', key: 'a', value: '2', sorted: true })).toBe('{\n\t"deps": {\n\t\t"a": "2",\n\t\t"z": "1"\n\t}\n}\n');
    expect(add('{"deps": {"a": {"x": 1}}, "b": 0}', { objectKey: 'deps', key: 'z', value: '1', sorted: true })).toBe('{"deps": {"a": {"x": 1}, "z": "1"}, "b": 0}');
  });

  it.each([
    ['{"a": 1}', { key: 'a', value: 2 }, 'already has "a"'],
    ['{}', { key: 'a', value: 1 }, 'not an object with members'],
    ['{"deps": []}', { objectKey: 'deps', key: 'a', value: 1 }, 'f.json deps is not an object'],
    ['{"a": 1,}', { key: 'b', value: 1 }, 'not valid JSON'],
    ['{"a": 1, "a": 2}', { key: 'b', value: 1 }, 'cannot be edited as text'],
  ])('refuses %s', (text, options, problem) => {
    expect(() => add(text, options)).toThrow(problem);
  });
});

describe('the plan', () => {
  it('creates the spec, the package and the consumer script, and edits redocly.yaml and publish-check', () => {
    const plan = planNewApi(root, { name: 'acme', baseUrl: 'https://api.acme.io/v1' });
    expect([...plan.files.keys()]).toEqual(expect.arrayContaining(['packages/acme/LICENSE', 'packages/acme/package.json', consumerClientPathOf('acme')]));
    expect(plan.files.get('packages/acme/LICENSE')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
    expect(plan.files.get(consumerClientPathOf('acme'))).toBe(consumerClientSource(plan.api, { path: '/todo', operationId: 'todo' }));
    expect([...plan.edits.keys()]).toEqual(['redocly.yaml', 'packages/publish-check/size-budgets.json', 'packages/publish-check/package.json']);
    for (const [path, { before }] of plan.edits) expect(before, path).toBe(readFileSync(join(root, path), 'utf8'));
  });
});

describe('writing a plan', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('removes what it created and restores what it edited when a write fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'group-apis-write-plan-'));
    mkdirSync(join(dir, 'existing'));
    writeFileSync(join(dir, 'edited.json'), 'before\n');
    const plan = {
      files: new Map([
        ['new/deep/one.txt', 'one'],
        ['existing/two.txt', 'two'],
      ]),
      edits: new Map([
        ['edited.json', { before: 'before\n', after: 'after\n', change: '' }],
        ['missing/three.json', { before: '', after: 'three', change: '' }],
      ]),
    };
    expect(() => writePlan(dir!, plan)).toThrow(/ENOENT/);
    expect(readdirSync(dir).sort()).toEqual(['edited.json', 'existing']);
    expect(readdirSync(join(dir, 'existing'))).toEqual([]);
    expect(readFileSync(join(dir, 'edited.json'), 'utf8')).toBe('before\n');
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });
});
