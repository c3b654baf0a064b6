import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { summarizeProfile } from '../src/profile.mjs';
import { parseVitestFiles } from '../src/pipeline/test-suite.mjs';
import { syntheticSpec } from '../src/pipeline/synthetic.mjs';
import { median, summarize } from '../src/stats.mjs';

test('median and spread summarise samples', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(summarize([10, 8, 12])).toEqual({ median: 10, min: 8, max: 12, spread: 0.4, n: 3 });
});

test('a synthetic spec renames paths, schemas and operation ids and keeps every $ref resolvable', () => {
  const spec = `
openapi: 3.1.0
info: { title: Groups, version: '1' }
paths:
  /groups:
    get:
      operationId: listGroups
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/GroupList' }
components:
  schemas:
    GroupList: { type: array, items: { $ref: '#/components/schemas/Group' } }
    Group: { type: object }
`;
  const doc = parse(syntheticSpec(spec, 's007'));
  expect(Object.keys(doc.paths)).toEqual(['/s007/groups']);
  expect(doc.paths['/s007/groups'].get.operationId).toBe('listGroupsS007');
  expect(Object.keys(doc.components.schemas)).toEqual(['GroupListS007', 'GroupS007']);
  expect(doc.paths['/s007/groups'].get.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/GroupListS007');
  expect(doc.components.schemas.GroupListS007.items.$ref).toBe('#/components/schemas/GroupS007');
  expect(doc.info.title).toBe('Groups (synthetic s007)');
});

test('per-file durations are read from vitest output, failed files and seconds included', () => {
  const log = [
    ' ✓ test/client.test.ts (12 tests) 345ms',
    ' ❯ test/conformance.test.ts (24 tests | 1 failed) 5.2s',
    '   ✓ a test name 12ms',
    ' Test Files  2 passed (2)',
  ].join('\n');
  expect(parseVitestFiles(log)).toEqual([
    { file: 'test/client.test.ts', tests: 12, ms: 345 },
    { file: 'test/conformance.test.ts', tests: 24, ms: 5200 },
  ]);
});

test('a CPU profile is reduced to self time per function and per area', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0, scriptId: '0' });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2] },
      { id: 2, callFrame: frame('send', 'file:///repo/bench/.cache/core-0123456789abcdef/transport.js'), children: [3] },
      { id: 3, callFrame: frame('coreFetch', 'file:///repo/node_modules/openapi-fetch/dist/index.mjs'), children: [] },
    ],
    samples: [2, 3, 3, 3],
    timeDeltas: [0, 100, 100, 100],
  };
  const summary = summarizeProfile({ ...profile, startTime: 0 }, { top: 5 });
  expect(summary.topFrames[0]).toEqual({ name: 'coreFetch', where: 'openapi-fetch/dist/index.mjs:10', selfPercent: 66.7 });
  expect(summary.byArea).toEqual({ 'openapi-fetch': 66.7, '@group-apis/core': 33.3 });
  expect(summary.topInclusive[0]).toEqual({ name: 'send', where: 'core/transport.js:10', selfPercent: 100 });

  // Only the samples inside a window: the second sample, taken at 100 µs.
  const windowed = summarizeProfile({ ...profile, startTime: 0 }, { windows: [[50, 150]] });
  expect(windowed.byArea).toEqual({ 'openapi-fetch': 100 });
});
