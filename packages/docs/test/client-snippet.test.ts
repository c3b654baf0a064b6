import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clientSnippet, findClientFactories, snippetOperation } from '../src/client-snippet.js';
import { findRepoRoot, loadSpec, readPublishedApis, type OpenApiDocument } from '@group-apis/spec';
import { sampleClients } from '../src/site-builder.js';

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

describe('snippetOperation', () => {
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
    expect(snippetOperation(document(paths))).toMatchObject({ method: 'get', path: '/v1/groups' });
  });

  it('takes an operation with required parameters (references resolved) when no GET needs nothing', () => {
    const paths = {
      '/groups/{group_id}': { parameters: [{ $ref: '#/components/parameters/GroupId' }], get: {} },
      '/groups': { post: { requestBody: { required: true } } },
    };
    const components = { parameters: { GroupId: { name: 'group_id', in: 'path', required: true, schema: { type: 'integer' } } } };
    expect(snippetOperation(document(paths, components))).toMatchObject({ method: 'get', path: '/groups/{group_id}' });
  });
});

describe('the index snippets of the published APIs', () => {
  it('show the Kore.ai client as its README does: install, then a call on lines of their own', async () => {
    const api = readPublishedApis().find((candidate) => candidate.name === 'kore-ai')!;
    const client = sampleClients([api], findRepoRoot()).get('kore-ai')!;
    expect(clientSnippet(client, await loadSpec(api.spec, { dereference: false }))).toEqual({
      packageName: '@group-apis/kore-ai',
      factory: 'createKoreAiClient',
      install: 'npm install @group-apis/kore-ai',
      call: [
        "import { createKoreAiClient } from '@group-apis/kore-ai';",
        '',
        'const koreAi = createKoreAiClient({',
        '  jwt: process.env.KORE_AI_JWT!,',
        '});',
        '',
        "const { data, error } = await koreAi.GET('/groups', {",
        '  params: { query: { offset: 0, limit: 2 } },',
        '});',
      ].join('\n'),
    });
  });
});
