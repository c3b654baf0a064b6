import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../src/diff/diff-specs.js';
import type { OpenApiDocument } from '@group-apis/spec';

type Doc = OpenApiDocument & { paths: Record<string, Record<string, any>> };

/** A small dereferenced spec with one of everything the diff compares. */
function baseDoc(): Doc {
  const group = {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['team', 'org'] }, size: { type: 'integer', maximum: 1000 } },
  };
  return {
    openapi: '3.1.0',
    paths: {
      '/groups': {
        get: {
          operationId: 'listGroups',
          description: 'Lists groups.',
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 50 } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['active', 'archived'] } },
            { name: 'filter', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object', properties: { owner: { type: 'string' } } } },
          ],
          responses: {
            '200': {
              description: 'ok',
              headers: { 'X-Total': { schema: { type: 'integer' } } },
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['total', 'groups'],
                    properties: { total: { type: 'integer' }, next: { type: ['string', 'null'] }, groups: { type: 'array', items: group } },
                  },
                },
              },
            },
            '404': { description: 'not found', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
        post: {
          operationId: 'createGroup',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, kind: { type: 'string', enum: ['team', 'org'] }, size: { type: 'number' } } },
              },
            },
          },
          responses: { '201': { description: 'created' } },
        },
      },
      '/groups/{id}': {
        get: { operationId: 'getGroup', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } },
      },
    },
  };
}

const list = (doc: Doc) => doc.paths['/groups']!.get;
const create = (doc: Doc) => doc.paths['/groups']!.post;
const listBody = (doc: Doc) => list(doc).responses['200'].content['application/json'].schema;
const groupItem = (doc: Doc) => listBody(doc).properties.groups.items;
const createBody = (doc: Doc) => create(doc).requestBody.content['application/json'].schema;
const param = (doc: Doc, name: string) => list(doc).parameters.find((p: { name: string }) => p.name === name);

interface Case {
  title: string;
  change: (head: Doc) => void;
  /** Changes to the base first, for cases that need a different starting point. */
  prepare?: (base: Doc) => void;
  expected: Array<[kind: string, severity: string, operation: string | undefined, location: string]>;
}

const LIST = 'listGroups (GET /groups)';
const CREATE = 'createGroup (POST /groups)';
const GET = 'getGroup (GET /groups/{id})';

function check({ change, prepare, expected }: Case) {
  const base = baseDoc();
  prepare?.(base);
  const head = structuredClone(base);
  change(head);
  const changes = diffSpecs(base, head).map((c) => [c.kind, c.severity, c.operation, c.location]);
  expect(changes).toEqual(expected);
}

const BREAKING: Case[] = [
  { title: 'operation removed', change: (h) => delete h.paths['/groups/{id}'], expected: [['operation-removed', 'breaking', GET, 'operation']] },
  { title: 'parameter removed', change: (h) => list(h).parameters.splice(1, 1), expected: [['parameter-removed', 'breaking', LIST, 'query parameter status']] },
  {
    title: 'response field removed',
    change: (h) => {
      delete listBody(h).properties.total;
      listBody(h).required = ['groups'];
    },
    expected: [['field-removed', 'breaking', LIST, 'response 200 application/json body /total']],
  },
  { title: 'nested response field removed', change: (h) => delete groupItem(h).properties.size, expected: [['field-removed', 'breaking', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'request body type narrowed (number to integer)', change: (h) => (createBody(h).properties.size.type = 'integer'), expected: [['type-narrowed', 'breaking', CREATE, 'request application/json body /size']] },
  { title: 'response type narrowed (nullable no more)', change: (h) => (listBody(h).properties.next.type = 'string'), expected: [['type-narrowed', 'breaking', LIST, 'response 200 application/json body /next']] },
  { title: 'parameter type changed (integer to string)', change: (h) => (param(h, 'limit').schema = { type: 'string' }), expected: [
    ['type-changed', 'breaking', LIST, 'query parameter limit'],
    ['constraint-widened', 'non-breaking', LIST, 'query parameter limit'],
    ['constraint-widened', 'non-breaking', LIST, 'query parameter limit'],
  ] },
  { title: 'parameter enum narrowed', change: (h) => (param(h, 'status').schema.enum = ['active']), expected: [['enum-narrowed', 'breaking', LIST, 'query parameter status']] },
  { title: 'request body enum narrowed', change: (h) => (createBody(h).properties.kind.enum = ['team']), expected: [['enum-narrowed', 'breaking', CREATE, 'request application/json body /kind']] },
  { title: 'response enum narrowed', change: (h) => (groupItem(h).properties.kind.enum = ['team']), expected: [['enum-narrowed', 'breaking', LIST, 'response 200 application/json body /groups/*/kind']] },
  { title: 'response enum widened (an extra value consumers do not handle)', change: (h) => groupItem(h).properties.kind.enum.push('guild'), expected: [['enum-widened', 'breaking', LIST, 'response 200 application/json body /groups/*/kind']] },
  { title: 'response type widened (now nullable)', change: (h) => (groupItem(h).properties.size.type = ['integer', 'null']), expected: [['type-widened', 'breaking', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'parameter newly required', change: (h) => (param(h, 'limit').required = true), expected: [['parameter-required', 'breaking', LIST, 'query parameter limit']] },
  { title: 'new required parameter', change: (h) => list(h).parameters.push({ name: 'tenant', in: 'header', required: true, schema: { type: 'string' } }), expected: [['parameter-required', 'breaking', LIST, 'header parameter tenant']] },
  { title: 'body field newly required', change: (h) => createBody(h).required.push('kind'), expected: [['field-required', 'breaking', CREATE, 'request application/json body /kind']] },
  {
    title: 'new required body field',
    change: (h) => {
      createBody(h).properties.owner = { type: 'string' };
      createBody(h).required.push('owner');
    },
    expected: [['field-required', 'breaking', CREATE, 'request application/json body /owner']],
  },
  { title: 'request body newly required', prepare: (b) => (create(b).requestBody.required = false), change: (h) => (create(h).requestBody.required = true), expected: [['request-body-required', 'breaking', CREATE, 'request body']] },
  { title: 'request body removed', change: (h) => delete create(h).requestBody, expected: [['request-body-removed', 'breaking', CREATE, 'request body']] },
  {
    title: 'success status removed',
    change: (h) => {
      h.paths['/groups/{id}']!.get.responses = { '204': { description: 'no content' } };
    },
    expected: [
      ['success-status-removed', 'breaking', GET, 'response 200'],
      ['status-added', 'non-breaking', GET, 'response 204'],
    ],
  },
  {
    title: 'response field no longer required',
    change: (h) => (groupItem(h).required = []),
    expected: [['field-optional', 'breaking', LIST, 'response 200 application/json body /groups/*/id']],
  },
  {
    title: 'request media type removed',
    change: (h) => {
      const content = create(h).requestBody.content;
      content['application/xml'] = content['application/json'];
      delete content['application/json'];
    },
    expected: [
      ['media-type-removed', 'breaking', CREATE, 'request application/json'],
      ['media-type-added', 'non-breaking', CREATE, 'request application/xml'],
    ],
  },
  {
    title: 'success response media type removed',
    change: (h) => {
      const content = list(h).responses['200'].content;
      content['text/csv'] = {};
      delete content['application/json'];
    },
    expected: [
      ['media-type-removed', 'breaking', LIST, 'response 200 application/json'],
      ['media-type-added', 'non-breaking', LIST, 'response 200 text/csv'],
    ],
  },
  { title: 'parameter constraint narrowed', change: (h) => (param(h, 'limit').schema.maximum = 20), expected: [['constraint-narrowed', 'breaking', LIST, 'query parameter limit']] },
  { title: 'parameter serialization changed', change: (h) => (param(h, 'filter').style = 'form'), expected: [['parameter-style-changed', 'breaking', LIST, 'query parameter filter']] },
  { title: 'response header removed', change: (h) => delete list(h).responses['200'].headers['X-Total'], expected: [['response-header-removed', 'breaking', LIST, 'response 200 header X-Total']] },
];

const NON_BREAKING: Case[] = [
  { title: 'descriptions changed only', change: (h) => (list(h).description = 'Lists all the groups.'), expected: [] },
  { title: 'path parameter renamed', change: (h) => {
    const item = h.paths['/groups/{id}']!;
    delete h.paths['/groups/{id}'];
    item.get.parameters[0].name = 'groupId';
    h.paths['/groups/{groupId}'] = item;
  }, expected: [] },
  { title: 'operation added', change: (h) => (h.paths['/groups/{id}']!.delete = { operationId: 'deleteGroup', responses: { '204': { description: 'gone' } } }), expected: [['operation-added', 'non-breaking', 'deleteGroup (DELETE /groups/{id})', 'operation']] },
  { title: 'optional parameter added', change: (h) => list(h).parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } }), expected: [['parameter-added', 'non-breaking', LIST, 'query parameter q']] },
  { title: 'parameter made optional', prepare: (b) => (param(b, 'limit').required = true), change: (h) => (param(h, 'limit').required = false), expected: [['parameter-optional', 'non-breaking', LIST, 'query parameter limit']] },
  { title: 'optional request field added', change: (h) => (createBody(h).properties.owner = { type: 'string' }), expected: [['field-added', 'non-breaking', CREATE, 'request application/json body /owner']] },
  { title: 'request field no longer required', change: (h) => (createBody(h).required = []), expected: [['field-optional', 'non-breaking', CREATE, 'request application/json body /name']] },
  { title: 'request field removed (extra properties still allowed)', change: (h) => delete createBody(h).properties.size, expected: [['field-removed', 'non-breaking', CREATE, 'request application/json body /size']] },
  { title: 'response field added', change: (h) => (groupItem(h).properties.owner = { type: 'string' }), expected: [['field-added', 'non-breaking', LIST, 'response 200 application/json body /groups/*/owner']] },
  { title: 'response field newly required', change: (h) => listBody(h).required.push('next'), expected: [['field-required', 'non-breaking', LIST, 'response 200 application/json body /next']] },
  { title: 'request type widened', change: (h) => (createBody(h).properties.size.type = ['number', 'string']), expected: [['type-widened', 'non-breaking', CREATE, 'request application/json body /size']] },
  { title: 'request enum widened', change: (h) => param(h, 'status').schema.enum.push('deleted'), expected: [['enum-widened', 'non-breaking', LIST, 'query parameter status']] },
  { title: 'request constraint widened', change: (h) => (param(h, 'limit').schema.maximum = 100), expected: [['constraint-widened', 'non-breaking', LIST, 'query parameter limit']] },
  { title: 'response constraint narrowed', change: (h) => (groupItem(h).properties.size.maximum = 100), expected: [['constraint-narrowed', 'non-breaking', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'error status removed', change: (h) => delete list(h).responses['404'], expected: [['error-status-removed', 'non-breaking', LIST, 'response 404']] },
  { title: 'status added', change: (h) => (list(h).responses['429'] = { description: 'slow down' }), expected: [['status-added', 'non-breaking', LIST, 'response 429']] },
  { title: 'response header added', change: (h) => (list(h).responses['200'].headers['Retry-After'] = { schema: { type: 'integer' } }), expected: [['response-header-added', 'non-breaking', LIST, 'response 200 header Retry-After']] },
  { title: 'request body newly optional', change: (h) => (create(h).requestBody.required = false), expected: [['request-body-optional', 'non-breaking', CREATE, 'request body']] },
];

describe('diffSpecs: breaking changes', () => {
  it.each(BREAKING.map((c) => [c.title, c] as const))('%s', (_title, testCase) => check(testCase));
});

describe('diffSpecs: non-breaking changes', () => {
  it.each(NON_BREAKING.map((c) => [c.title, c] as const))('%s', (_title, testCase) => check(testCase));
});

describe('diffSpecs: messages and schemas', () => {
  it('says what changed in words', () => {
    const head = baseDoc();
    createBody(head).properties.size.type = 'integer';
    groupItem(head).properties.kind.enum = ['team', 'guild'];
    expect(diffSpecs(baseDoc(), head).map((change) => change.message)).toEqual(['enum values removed "org"; added "guild"', 'type narrowed from number to integer']);
  });

  it('compares allOf compositions by their merged content', () => {
    const base = baseDoc();
    groupItem(base).allOf = [{ type: 'object', required: ['owner'], properties: { owner: { type: 'string' } } }];
    const head = structuredClone(base);
    groupItem(head).allOf[0].properties.owner.type = 'integer';
    expect(diffSpecs(base, head).map((c) => [c.kind, c.location])).toEqual([['type-changed', 'response 200 application/json body /groups/*/owner']]);
  });

  it('terminates on recursive schemas', () => {
    const make = () => {
      const doc = baseDoc();
      const item = groupItem(doc);
      item.properties.children = { type: 'array', items: item };
      return doc;
    };
    const head = make();
    groupItem(head).properties.kind.enum = ['team'];
    const changes = diffSpecs(make(), head);
    expect(changes.map((c) => c.location)).toEqual(['response 200 application/json body /groups/*/kind']);
  });
});
