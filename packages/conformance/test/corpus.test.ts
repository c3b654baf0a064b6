import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createValidator, listOperations, loadSpec } from '@group-apis/spec';
import { corpusChecks, readCorpus } from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

describe('the real-world corpus beside a spec', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function specWithCorpus(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'group-apis-corpus-test-'));
    const spec = join(dir, 'openapi.yaml');
    copyFileSync(fixture, spec);
    mkdirSync(join(dir, 'corpus'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'corpus', name), text);
    return spec;
  }

  const entry = (body: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ source: 'https://example.test/widgets', operation: 'getWidget', status: 200, body, ...extra });

  it('is empty when the spec has no corpus folder', () => {
    expect(readCorpus(fixture)).toEqual([]);
  });

  it('pairs each file with its response schema, and the schema decides', async () => {
    const spec = specWithCorpus({ 'b-bad.json': entry({ id: 7 }), 'a-good.json': entry({ id: 'w-1', extra: true }) });
    const checks = corpusChecks(readCorpus(spec), listOperations(await loadSpec(spec)));
    expect(checks.map((check) => check.entry.file)).toEqual(['a-good.json', 'b-bad.json']);
    const validate = createValidator();
    const [good, bad] = checks.map((check) => (typeof check.schema === 'string' ? check.schema : validate(check.schema)(check.entry.body)));
    expect(good).toBe(true);
    expect(bad).toBe(false);
  });

  it('says so when a file names an operation or status the spec does not declare', async () => {
    const spec = specWithCorpus({ 'op.json': entry({}, { operation: 'deleteWidget' }), 'status.json': entry({}, { status: 418 }) });
    const checks = corpusChecks(readCorpus(spec), listOperations(await loadSpec(spec)));
    expect(checks.map((check) => check.schema)).toEqual(['no operation "deleteWidget" in the spec', 'getWidget declares no 418 response']);
  });

  it.each([
    ['not JSON', '{ "source": ', /no-source\.json: not JSON/],
    ['without a source', JSON.stringify({ operation: 'getWidget', status: 200, body: {} }), /no-source\.json: "source" must name where the body comes from/],
    ['without a body', JSON.stringify({ source: 's', operation: 'getWidget', status: 200 }), /no-source\.json: "body" is missing/],
    ['with a status that is not a number', JSON.stringify({ source: 's', operation: 'getWidget', status: '200', body: {} }), /"status" must be an HTTP status code/],
  ])('refuses a file %s, naming it', (_what, text, message) => {
    const spec = specWithCorpus({ 'no-source.json': text });
    expect(() => readCorpus(spec)).toThrow(message);
  });
});
