import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { clientSnippet, findClientFactories, snippetCall, type ClientSnippet } from '../src/client-snippet.js';
import { loadSpec, readPublishedApis, type ApiEntry, type OpenApiDocument } from '@group-apis/spec';

const fixtures = mkdtempSync(join(tmpdir(), 'docs-snippet-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

function fixture(name: string, source: string): string {
  const file = join(fixtures, name);
  writeFileSync(file, source);
  return file;
}

describe('findClientFactories', () => {
  // One program for every fixture: creating a TypeScript program is what takes the time.
  const files = {
    plain: fixture(
      'plain.ts',
      `export interface Options { host?: string; jwt: string; retries: number; verbose: boolean; region: 'eu' | 'us' }
       export function createAcmeClient(options: Options) { return options; }`,
    ),
    union: fixture(
      'union.ts',
      `type Auth = { accessToken: string; sessionId?: never } | { sessionId: string; accessToken?: never };
       export type Options = Auth & { baseUrl: string; apiVersion?: string };
       export function createVaultClient(options: Options) { return options; }`,
    ),
    none: fixture('none.ts', 'function createHiddenClient(options: { a: string }) { return options; }\nexport const x = 1;'),
    misnamed: fixture('misnamed.ts', 'export function createWidgetsClient(options: { a: string }) { return options; }'),
  };
  const factories = findClientFactories([
    { file: files.plain, factoryName: 'createAcmeClient' },
    { file: files.union, factoryName: 'createVaultClient' },
    { file: files.none, factoryName: 'createHiddenClient' },
    { file: files.misnamed, factoryName: 'createAcmeWidgetsClient' },
  ]);

  it('finds the exported factory and the options a caller must pass, with typed placeholders', () => {
    expect(factories.get(files.plain)).toEqual({
      name: 'createAcmeClient',
      requiredOptions: [
        { name: 'jwt', placeholder: "'<jwt>'" },
        { name: 'retries', placeholder: '0' },
        { name: 'verbose', placeholder: 'false' },
        { name: 'region', placeholder: "'eu'" },
      ],
    });
  });

  it('resolves intersections and shows the first way to authenticate of a union', () => {
    expect(factories.get(files.union)?.requiredOptions.map((option) => option.name)).toEqual(['accessToken', 'baseUrl']);
  });

  it('ignores files without the exported factory their API name gives', () => {
    expect(factories.has(files.none)).toBe(false);
    expect(factories.has(files.misnamed)).toBe(false);
  });
});

describe('snippetCall', () => {
  // Loaded without dereferencing, as the docs build loads it: parameters may still be references.
  const document = (paths: Record<string, object>, components?: OpenApiDocument['components']): OpenApiDocument => ({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: paths as OpenApiDocument['paths'],
    ...(components ? { components } : {}),
  });

  it('calls the first GET that needs nothing', () => {
    const paths = {
      '/v1/groups': { post: { requestBody: { required: true } }, get: { parameters: [{ name: 'showDetail', in: 'query' as const }] } },
    };
    expect(snippetCall(document(paths))).toBe(".GET('/v1/groups')");
  });

  it('fills required path and query parameters from their examples, resolving references', () => {
    const paths = {
      '/groups/{group_id}': {
        parameters: [{ $ref: '#/components/parameters/GroupId' }],
        get: { parameters: [{ name: 'expands', in: 'query' as const, required: true, schema: { type: 'string' } }] },
      },
    };
    const components = { parameters: { GroupId: { name: 'group_id', in: 'path', required: true, schema: { type: 'integer' }, examples: { one: { value: 7 } } } } };
    expect(snippetCall(document(paths, components))).toBe(".GET('/groups/{group_id}', { params: { path: { group_id: 7 }, query: { expands: '<expands>' } } })");
  });
});

describe('the index snippets of the published APIs', () => {
  const apis = readPublishedApis();
  const entries = apis.map((api) => join(api.packageDir, 'src', 'index.ts'));
  let computed: Promise<{ api: ApiEntry; entry: string; snippet: ClientSnippet }[]> | undefined;
  const snippets = () => (computed ??= computeSnippets());
  const computeSnippets = async () => {
    const factories = findClientFactories(apis.map((api, index) => ({ file: entries[index]!, factoryName: api.factoryName })));
    return Promise.all(
      apis.map(async (api, index) => {
        const factory = factories.get(entries[index]!);
        if (!factory) throw new Error(`${entries[index]}: no exported ${api.factoryName} factory`);
        return { api, entry: entries[index]!, snippet: clientSnippet(api.packageName, factory, await loadSpec(api.spec, { dereference: false })) };
      }),
    );
  };

  it('shows the Kore.ai client as its README does', async () => {
    const koreAi = (await snippets()).find(({ api }) => api.name === 'kore-ai');
    expect(koreAi?.snippet).toEqual({
      packageName: '@group-apis/kore-ai',
      factory: 'createKoreAiClient',
      install: 'npm install @group-apis/kore-ai',
      call: "import { createKoreAiClient } from '@group-apis/kore-ai'; const { data, error } = await createKoreAiClient({ jwt: '<jwt>' }).GET('/groups');",
    });
  });

  it('compile against their clients, so a reader can paste them as they are', async () => {
    const cases = (await snippets()).map(({ api, entry, snippet }) => ({
      file: join(fixtures, `snippet-${api.name}.mts`),
      line: snippet.call,
      packageName: snippet.packageName,
      entry,
    }));
    const koreAi = cases.find((candidate) => candidate.packageName === '@group-apis/kore-ai')!;
    // A snippet with a wrong option must fail, or the check proves nothing.
    const control = { ...koreAi, file: join(fixtures, 'snippet-control.mts'), line: koreAi.line.replace('jwt:', 'token:') };
    for (const { file, line } of [...cases, control]) writeFileSync(file, `${line}\nexport { data, error };\n`);
    const program = ts.createProgram({
      rootNames: [...cases, control].map(({ file }) => file),
      options: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        // The packages' sources, so the check does not depend on their build.
        paths: Object.fromEntries(cases.map(({ packageName, entry }) => [packageName, [entry]])),
      },
    });
    const problemsOf = ({ file, line, packageName }: { file: string; line: string; packageName: string }) => {
      const source = program.getSourceFile(file)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
        (diagnostic) => `${packageName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}\n  ${line}`,
      );
    };
    expect(cases.flatMap(problemsOf)).toEqual([]);
    expect(problemsOf(control).join('\n')).toMatch(/'token' does not exist/);
  });
});
