import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { createSpecLocator } from '../src/spec-locator.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-locator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A spec split over three files: the response $refs a schema file, whose property $refs another file.
mkdirSync(join(dir, 'schemas'));
writeFileSync(
  join(dir, 'openapi.yaml'),
  [
    'openapi: 3.1.0',
    'info: { title: Split, version: "1" }',
    'paths:',
    '  /groups:',
    '    get:',
    '      operationId: listGroups',
    '      parameters:',
    "        - $ref: '#/components/parameters/Limit'",
    '      responses:',
    "        '200':",
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema:',
    "                $ref: './schemas/page.yaml'",
    'components:',
    '  parameters:',
    '    Limit:',
    '      name: limit',
    '      in: query',
    '      schema:',
    '        type: integer',
    '        maximum: 50',
    '',
  ].join('\n'),
);
writeFileSync(join(dir, 'schemas', 'page.yaml'), ['type: object', 'required: [total]', 'properties:', '  total:', "    $ref: './count.yaml#/Count'", ''].join('\n'));
writeFileSync(join(dir, 'schemas', 'count.yaml'), ['Count:', '  description: how many', '  type: integer', '  minimum: 0', ''].join('\n'));

describe('spec locations', () => {
  it('follows $refs into split files to the line of the broken keyword', () => {
    const locate = createSpecLocator(join(dir, 'openapi.yaml'), dir);
    expect(locate('/paths/~1groups/get/responses/200/content/application~1json/schema/properties/total/type')).toEqual({
      file: join('schemas', 'count.yaml'),
      line: 3,
      column: 3,
      pointer: '/paths/~1groups/get/responses/200/content/application~1json/schema/properties/total/type',
    });
    expect(locate('/paths/~1groups/get/responses/200/content/application~1json/schema/required')).toMatchObject({ file: join('schemas', 'page.yaml'), line: 2, column: 1 });
    expect(locate('/paths/~1groups/get/parameters/0/schema/maximum')).toMatchObject({ file: 'openapi.yaml', line: 23, column: 9 });
    // A keyword the spec does not write (no `maxLength`) points at the closest object that is written.
    expect(locate('/paths/~1groups/get/parameters/0/schema/maxLength')).toMatchObject({ file: 'openapi.yaml', line: 22 });
  });

  it('a violation of the bundled spec carries those locations', async () => {
    const contract = await loadContract('split', join(dir, 'openapi.yaml'), { cwd: dir });
    const exchange = { method: 'GET', url: '/groups?limit=80', requestHeaders: {}, status: 200, responseHeaders: { 'content-type': 'application/json' }, responseBody: Buffer.from('{"total":"2"}'), source: 'test' };
    const result = contract.check(exchange);
    const details = contract.details(exchange);
    expect(result.violations.map((violation) => [violation.location, details.spec?.(violation)?.file, details.spec?.(violation)?.line])).toEqual([
      ['request query parameter limit', 'openapi.yaml', 23],
      ['response body', join('schemas', 'count.yaml'), 3],
    ]);
  });
});
