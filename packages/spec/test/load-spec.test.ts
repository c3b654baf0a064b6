import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listOperations, loadSpec, UsageError } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'group-apis-spec-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /groups/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
      - { name: verbose, in: query, schema: { type: boolean } }
    post:
      operationId: updateGroup
      parameters:
        - { name: verbose, in: query, required: true, schema: { type: boolean } }
      responses: { '200': { description: ok } }
    get:
      operationId: getGroup
      security: [{}]
      responses: { '200': { description: ok } }
components:
  parameters:
    Id: { name: id, in: path, required: true, schema: { type: string } }
`;

describe('loadSpec', () => {
  it('names file, line and column of malformed YAML', async () => {
    const path = write('broken.yaml', 'openapi: 3.1.0\ninfo: { title: T, version: 1\npaths: {}\n');
    const error = await loadSpec(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .+\\(malformed YAML\\)$`));
  });

  it('refuses a missing file and a document that is not OpenAPI', async () => {
    await expect(loadSpec(join(dir, 'missing.yaml'))).rejects.toThrow(`spec not found: ${join(dir, 'missing.yaml')}`);
    await expect(loadSpec(write('plain.yaml', 'just: yaml\n'))).rejects.toThrow(`${join(dir, 'plain.yaml')} cannot be read: Unsupported specification`);
  });

  it('resolves every $ref by default and keeps them when asked (the docs build)', async () => {
    const path = write('spec.yaml', SPEC);
    const dereferenced = await loadSpec(path);
    expect(dereferenced.paths?.['/groups/{id}']?.parameters?.[0]).toMatchObject({ name: 'id', in: 'path' });
    const kept = await loadSpec(path, { dereference: false });
    expect(kept.paths?.['/groups/{id}']?.parameters?.[0]).toEqual({ $ref: '#/components/parameters/Id' });
  });
});

describe('listOperations', () => {
  it('lists methods in HTTP order, or in the spec order when asked, with path parameters merged in', async () => {
    const path = write('ops.yaml', SPEC);
    for (const document of [await loadSpec(path), await loadSpec(path, { dereference: false })]) {
      expect(listOperations(document).map((operation) => operation.id)).toEqual(['getGroup', 'updateGroup']);
      expect(listOperations(document, { order: 'document' }).map((operation) => operation.id)).toEqual(['updateGroup', 'getGroup']);
      const update = listOperations(document).find((operation) => operation.id === 'updateGroup')!;
      // The operation's own `verbose` wins over the path's; the path's `id` (a reference when kept) is inherited.
      expect(update.parameters.map((parameter) => [parameter.name, parameter.required ?? false])).toEqual([
        ['id', true],
        ['verbose', true],
      ]);
      expect(update.requiresCredentials).toBe(false);
    }
  });
});
