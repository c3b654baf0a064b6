import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { findRepoRoot, loadSpec, type OpenApiDocument } from '@group-apis/spec';
import { RULES } from '../src/diff/rules.js';

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
  expected: Array<[rule: string, level: string, operation: string | undefined, location: string]>;
}

/** Every rule id some test case expects: the coverage test below checks it against RULES. */
export const SEEN_RULES = new Set<string>();

const LIST = 'listGroups (GET /groups)';
const CREATE = 'createGroup (POST /groups)';
const GET = 'getGroup (GET /groups/{id})';

function check({ change, prepare, expected }: Case) {
  const base = baseDoc();
  prepare?.(base);
  const head = structuredClone(base);
  change(head);
  const changes = diffSpecs(base, head).map((c) => [c.rule, c.level, c.operation, c.location]);
  for (const [rule] of expected) SEEN_RULES.add(rule);
  expect(changes).toEqual(expected);
}

const BREAKING: Case[] = [
  { title: 'operation removed', change: (h) => delete h.paths['/groups/{id}'], expected: [['operation-removed', 'error', GET, 'operation']] },
  { title: 'parameter removed', change: (h) => list(h).parameters.splice(1, 1), expected: [['parameter-removed', 'error', LIST, 'query parameter status']] },
  {
    title: 'response field removed',
    change: (h) => {
      delete listBody(h).properties.total;
      listBody(h).required = ['groups'];
    },
    expected: [['response-property-removed', 'error', LIST, 'response 200 application/json body /total']],
  },
  { title: 'nested response field removed', change: (h) => delete groupItem(h).properties.size, expected: [['response-property-removed', 'error', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'request body type narrowed (number to integer)', change: (h) => (createBody(h).properties.size.type = 'integer'), expected: [['request-type-narrowed', 'error', CREATE, 'request application/json body /size']] },
  { title: 'response type narrowed (nullable no more)', change: (h) => (listBody(h).properties.next.type = 'string'), expected: [['response-became-not-nullable', 'warning', LIST, 'response 200 application/json body /next']] },
  { title: 'parameter type changed (integer to string)', change: (h) => (param(h, 'limit').schema = { type: 'string' }), expected: [
    ['request-type-changed', 'error', LIST, 'query parameter limit'],
    ['request-constraint-loosened', 'info', LIST, 'query parameter limit'],
    ['request-constraint-loosened', 'info', LIST, 'query parameter limit'],
  ] },
  { title: 'parameter enum narrowed', change: (h) => (param(h, 'status').schema.enum = ['active']), expected: [['request-enum-value-removed', 'error', LIST, 'query parameter status']] },
  { title: 'request body enum narrowed', change: (h) => (createBody(h).properties.kind.enum = ['team']), expected: [['request-enum-value-removed', 'error', CREATE, 'request application/json body /kind']] },
  { title: 'response enum narrowed', change: (h) => (groupItem(h).properties.kind.enum = ['team']), expected: [['response-enum-value-removed', 'warning', LIST, 'response 200 application/json body /groups/*/kind']] },
  { title: 'response enum widened (an extra value consumers do not handle)', change: (h) => groupItem(h).properties.kind.enum.push('guild'), expected: [['response-enum-value-added', 'error', LIST, 'response 200 application/json body /groups/*/kind']] },
  { title: 'response type widened (now nullable)', change: (h) => (groupItem(h).properties.size.type = ['integer', 'null']), expected: [['response-became-nullable', 'error', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'parameter newly required', change: (h) => (param(h, 'limit').required = true), expected: [['parameter-became-required', 'error', LIST, 'query parameter limit']] },
  { title: 'new required parameter', change: (h) => list(h).parameters.push({ name: 'tenant', in: 'header', required: true, schema: { type: 'string' } }), expected: [['required-parameter-added', 'error', LIST, 'header parameter tenant']] },
  { title: 'body field newly required', change: (h) => createBody(h).required.push('kind'), expected: [['request-property-became-required', 'error', CREATE, 'request application/json body /kind']] },
  {
    title: 'new required body field',
    change: (h) => {
      createBody(h).properties.owner = { type: 'string' };
      createBody(h).required.push('owner');
    },
    expected: [['request-required-property-added', 'error', CREATE, 'request application/json body /owner']],
  },
  { title: 'request body newly required', prepare: (b) => (create(b).requestBody.required = false), change: (h) => (create(h).requestBody.required = true), expected: [['request-body-became-required', 'error', CREATE, 'request body']] },
  { title: 'request body removed', change: (h) => delete create(h).requestBody, expected: [['request-body-removed', 'error', CREATE, 'request body']] },
  {
    title: 'success status removed',
    change: (h) => {
      h.paths['/groups/{id}']!.get.responses = { '204': { description: 'no content' } };
    },
    expected: [
      ['response-success-status-removed', 'error', GET, 'response 200'],
      ['response-status-added', 'info', GET, 'response 204'],
    ],
  },
  {
    title: 'response field no longer required',
    change: (h) => (groupItem(h).required = []),
    expected: [['response-property-became-optional', 'error', LIST, 'response 200 application/json body /groups/*/id']],
  },
  {
    title: 'request media type removed',
    change: (h) => {
      const content = create(h).requestBody.content;
      content['application/xml'] = content['application/json'];
      delete content['application/json'];
    },
    expected: [
      ['request-media-type-removed', 'error', CREATE, 'request application/json'],
      ['request-media-type-added', 'info', CREATE, 'request application/xml'],
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
      ['response-media-type-removed', 'error', LIST, 'response 200 application/json'],
      ['response-media-type-added', 'info', LIST, 'response 200 text/csv'],
    ],
  },
  { title: 'parameter constraint narrowed', change: (h) => (param(h, 'limit').schema.maximum = 20), expected: [['request-constraint-tightened', 'error', LIST, 'query parameter limit']] },
  { title: 'parameter serialization changed', change: (h) => (param(h, 'filter').style = 'form'), expected: [['parameter-serialization-changed', 'error', LIST, 'query parameter filter']] },
  { title: 'response header removed', change: (h) => delete list(h).responses['200'].headers['X-Total'], expected: [['response-optional-header-removed', 'warning', LIST, 'response 200 header X-Total']] },
];

const NON_BREAKING: Case[] = [
  { title: 'descriptions changed only', change: (h) => (list(h).description = 'Lists all the groups.'), expected: [] },
  { title: 'path parameter renamed', change: (h) => {
    const item = h.paths['/groups/{id}']!;
    delete h.paths['/groups/{id}'];
    item.get.parameters[0].name = 'groupId';
    h.paths['/groups/{groupId}'] = item;
  }, expected: [] },
  { title: 'operation added', change: (h) => (h.paths['/groups/{id}']!.delete = { operationId: 'deleteGroup', responses: { '204': { description: 'gone' } } }), expected: [['operation-added', 'info', 'deleteGroup (DELETE /groups/{id})', 'operation']] },
  { title: 'optional parameter added', change: (h) => list(h).parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } }), expected: [['optional-parameter-added', 'info', LIST, 'query parameter q']] },
  { title: 'parameter made optional', prepare: (b) => (param(b, 'limit').required = true), change: (h) => (param(h, 'limit').required = false), expected: [['parameter-became-optional', 'info', LIST, 'query parameter limit']] },
  { title: 'optional request field added', change: (h) => (createBody(h).properties.owner = { type: 'string' }), expected: [['request-optional-property-added', 'info', CREATE, 'request application/json body /owner']] },
  { title: 'request field no longer required', change: (h) => (createBody(h).required = []), expected: [['request-property-became-optional', 'info', CREATE, 'request application/json body /name']] },
  { title: 'request field removed (extra properties still allowed)', change: (h) => delete createBody(h).properties.size, expected: [['request-property-removed', 'warning', CREATE, 'request application/json body /size']] },
  { title: 'response field added', change: (h) => (groupItem(h).properties.owner = { type: 'string' }), expected: [['response-optional-property-added', 'info', LIST, 'response 200 application/json body /groups/*/owner']] },
  { title: 'response field newly required', change: (h) => listBody(h).required.push('next'), expected: [['response-property-became-required', 'info', LIST, 'response 200 application/json body /next']] },
  { title: 'request type widened', change: (h) => (createBody(h).properties.size.type = ['number', 'string']), expected: [['request-type-widened', 'info', CREATE, 'request application/json body /size']] },
  { title: 'request enum widened', change: (h) => param(h, 'status').schema.enum.push('deleted'), expected: [['request-enum-value-added', 'info', LIST, 'query parameter status']] },
  { title: 'request constraint widened', change: (h) => (param(h, 'limit').schema.maximum = 100), expected: [['request-constraint-loosened', 'info', LIST, 'query parameter limit']] },
  { title: 'response constraint narrowed', change: (h) => (groupItem(h).properties.size.maximum = 100), expected: [['response-constraint-tightened', 'info', LIST, 'response 200 application/json body /groups/*/size']] },
  { title: 'error status removed', change: (h) => delete list(h).responses['404'], expected: [['response-error-status-removed', 'info', LIST, 'response 404']] },
  { title: 'status added', change: (h) => (list(h).responses['429'] = { description: 'slow down' }), expected: [['response-status-added', 'info', LIST, 'response 429']] },
  { title: 'response header added', change: (h) => (list(h).responses['200'].headers['Retry-After'] = { schema: { type: 'integer' } }), expected: [['response-header-added', 'info', LIST, 'response 200 header Retry-After']] },
  { title: 'request body newly optional', change: (h) => (create(h).requestBody.required = false), expected: [['request-body-became-optional', 'info', CREATE, 'request body']] },
];

describe('diffSpecs: changes of operations, parameters, bodies and responses (breaking)', () => {
  it.each(BREAKING.map((c) => [c.title, c] as const))('%s', (_title, testCase) => check(testCase));
});

describe('diffSpecs: changes of operations, parameters, bodies and responses (not breaking)', () => {
  it.each(NON_BREAKING.map((c) => [c.title, c] as const))('%s', (_title, testCase) => check(testCase));
});

describe('diffSpecs: messages and schemas', () => {
  it('says what changed in words', () => {
    const head = baseDoc();
    createBody(head).properties.size.type = 'integer';
    groupItem(head).properties.kind.enum = ['team', 'guild'];
    expect(diffSpecs(baseDoc(), head).map((change) => change.message)).toEqual(['enum value "org" removed', 'enum value "guild" added', 'type narrowed from number to integer']);
  });

  it('compares allOf compositions by their merged content', () => {
    const base = baseDoc();
    groupItem(base).allOf = [{ type: 'object', required: ['owner'], properties: { owner: { type: 'string' } } }];
    const head = structuredClone(base);
    groupItem(head).allOf[0].properties.owner.type = 'integer';
    expect(diffSpecs(base, head).map((c) => [c.rule, c.location])).toEqual([['response-type-changed', 'response 200 application/json body /groups/*/owner']]);
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

// ---- Schema keywords, each rule with a pair of specs: one schema in a request body or a 200 response body ----

type Schema = Record<string, any>;

function bodyDoc(side: 'request' | 'response', schema: Schema | undefined, openapi = '3.1.0'): Doc {
  const media = schema === undefined ? {} : { schema };
  const operation =
    side === 'request'
      ? { operationId: 'createThing', requestBody: { required: true, content: { 'application/json': media } }, responses: { '201': { description: 'ok' } } }
      : { operationId: 'createThing', responses: { '200': { description: 'ok', content: { 'application/json': media } } } };
  return { openapi, paths: { '/things': { post: operation } } };
}

interface SchemaCase {
  title: string;
  side: 'request' | 'response';
  before: Schema | undefined;
  after: Schema | undefined;
  openapi?: string;
  /** [rule, level, pointer inside the body ('' for the body itself)] */
  expected: Array<[rule: string, level: string, pointer: string]>;
}

const obj = (properties: Schema, extra: Schema = {}): Schema => ({ type: 'object', properties, ...extra });
const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
/** An object variant told apart from others by a required constant. */
const kinded = (kind: string): Schema => obj({ kind: str({ const: kind }) }, { required: ['kind'] });

function checkSchema({ side, before, after, openapi, expected }: SchemaCase) {
  const where = side === 'request' ? 'request application/json' : 'response 200 application/json';
  const changes = diffSpecs(bodyDoc(side, before, openapi), bodyDoc(side, after, openapi)).map((c) => [c.rule, c.level, c.location]);
  expect(changes).toEqual(expected.map(([rule, level, pointer]) => [rule, level, pointer === '-' ? where : `${where} body${pointer ? ` ${pointer}` : ''}`]));
  for (const [rule] of expected) SEEN_RULES.add(rule);
}

const SCHEMA_CASES: SchemaCase[] = [
  // properties, required, readOnly / writeOnly
  { title: 'request property removed from an object that refuses unknown properties', side: 'request', before: obj({ a: str(), b: str() }, { additionalProperties: false }), after: obj({ a: str() }, { additionalProperties: false }), expected: [['request-property-removed-closed', 'error', '/b']] },
  { title: 'response property removed from a closed object', side: 'response', before: obj({ a: str(), b: str() }, { unevaluatedProperties: false }), after: obj({ a: str() }, { unevaluatedProperties: false }), expected: [['response-property-removed-closed', 'error', '/b']] },
  { title: 'request: a readOnly property made required is not breaking', side: 'request', before: obj({ id: str({ readOnly: true }), name: str() }), after: obj({ id: str({ readOnly: true }), name: str() }, { required: ['id'] }), expected: [] },
  { title: 'request: a new required readOnly property is not breaking', side: 'request', before: obj({ name: str() }), after: obj({ name: str(), id: str({ readOnly: true }) }, { required: ['id'] }), expected: [] },
  { title: 'request: constraints under a readOnly property are not compared', side: 'request', before: obj({ id: str({ readOnly: true }) }), after: obj({ id: str({ readOnly: true, maxLength: 3 }) }), expected: [] },
  { title: 'request property became readOnly', side: 'request', before: obj({ id: str() }), after: obj({ id: str({ readOnly: true }) }), expected: [['request-property-became-read-only', 'info', '/id']] },
  { title: 'response: a writeOnly property removed is not breaking', side: 'response', before: obj({ password: str({ writeOnly: true }), name: str() }), after: obj({ name: str() }), expected: [] },
  { title: 'response: a writeOnly property made optional is not breaking', side: 'response', before: obj({ password: str({ writeOnly: true }) }, { required: ['password'] }), after: obj({ password: str({ writeOnly: true }) }), expected: [] },
  { title: 'response property became writeOnly (responses no longer carry it)', side: 'response', before: obj({ secret: str() }), after: obj({ secret: str({ writeOnly: true }) }), expected: [['response-property-became-write-only', 'error', '/secret']] },
  { title: 'response: a required property loses its schema (any value may come)', side: 'response', before: obj({ n: { type: 'integer' } }, { required: ['n'] }), after: obj({}, { required: ['n'] }), expected: [['response-type-widened', 'error', '/n']] },
  { title: 'request: required names a property that has no schema', side: 'request', before: obj({ a: str() }), after: obj({ a: str() }, { required: ['b'] }), expected: [['request-required-property-added', 'error', '/b']] },
  // types, nullable (3.1 and 3.0), null-wrapping
  { title: 'request type changed (string to object)', side: 'request', before: str(), after: obj({}), expected: [['request-type-changed', 'error', '']] },
  { title: 'response type widened (integer to integer or string)', side: 'response', before: obj({ n: { type: 'integer' } }), after: obj({ n: { type: ['integer', 'string'] } }), expected: [['response-type-widened', 'error', '/n']] },
  { title: 'response type narrowed (number to integer)', side: 'response', before: obj({ n: { type: 'number' } }), after: obj({ n: { type: 'integer' } }), expected: [['response-type-narrowed', 'warning', '/n']] },
  { title: 'request no longer nullable (3.1 type array)', side: 'request', before: obj({ n: { type: ['string', 'null'] } }), after: obj({ n: str() }), expected: [['request-became-not-nullable', 'error', '/n']] },
  { title: 'request nullable (3.1)', side: 'request', before: obj({ n: str() }), after: obj({ n: { type: ['string', 'null'] } }), expected: [['request-became-nullable', 'info', '/n']] },
  { title: 'OpenAPI 3.0 nullable: response became nullable', side: 'response', openapi: '3.0.3', before: obj({ n: str() }), after: obj({ n: str({ nullable: true }) }), expected: [['response-became-nullable', 'error', '/n']] },
  { title: 'OpenAPI 3.0 nullable: request no longer nullable', side: 'request', openapi: '3.0.3', before: obj({ n: str({ nullable: true }) }), after: obj({ n: str() }), expected: [['request-became-not-nullable', 'error', '/n']] },
  { title: 'OpenAPI 3.0 nullable read as the 3.1 type array (no change)', side: 'request', before: obj({ n: str({ nullable: true }) }), after: obj({ n: { type: ['string', 'null'] } }), openapi: '3.0.3', expected: [] },
  { title: 'oneOf [null, X] is a nullable X (no change from a type array)', side: 'response', before: obj({ e: { type: ['string', 'null'], enum: ['a', 'b', null] } }), after: obj({ e: { oneOf: [{ type: 'null' }, { type: 'string', enum: ['a', 'b'] }] } }), expected: [] },
  { title: 'OpenAPI 3.0 boolean exclusiveMaximum read as 3.1 (tightened)', side: 'request', openapi: '3.0.3', before: { type: 'integer', maximum: 10 }, after: { type: 'integer', maximum: 10, exclusiveMaximum: true }, expected: [['request-constraint-loosened', 'info', ''], ['request-constraint-tightened', 'error', '']] },
  // enums
  { title: 'request became an enum', side: 'request', before: str(), after: str({ enum: ['a'] }), expected: [['request-became-enum', 'error', '']] },
  { title: 'response became an enum (fewer values: a warning)', side: 'response', before: str(), after: str({ enum: ['a'] }), expected: [['response-became-enum', 'warning', '']] },
  { title: 'response enum removed (any value may come)', side: 'response', before: str({ enum: ['a'] }), after: str(), expected: [['response-enum-removed', 'error', '']] },
  { title: 'request enum removed', side: 'request', before: str({ enum: ['a'] }), after: str(), expected: [['request-enum-removed', 'info', '']] },
  { title: 'request const changed', side: 'request', before: str({ const: 'v1' }), after: str({ const: 'v2' }), expected: [['request-enum-value-removed', 'error', ''], ['request-enum-value-added', 'info', '']] },
  { title: 'request x-extensible-enum value removed', side: 'request', before: str({ 'x-extensible-enum': ['a', 'b'] }), after: str({ 'x-extensible-enum': ['a'] }), expected: [['request-extensible-enum-value-removed', 'error', '']] },
  { title: 'response x-extensible-enum value removed and added (clients handle unknown values)', side: 'response', before: str({ 'x-extensible-enum': ['a', 'b'] }), after: str({ 'x-extensible-enum': ['a', 'c'] }), expected: [['response-extensible-enum-value-removed', 'info', ''], ['response-extensible-enum-value-added', 'info', '']] },
  { title: 'request x-extensible-enum value added', side: 'request', before: str({ 'x-extensible-enum': ['a'] }), after: str({ 'x-extensible-enum': ['a', 'b'] }), expected: [['request-extensible-enum-value-added', 'info', '']] },
  // bounds and other validation keywords
  { title: 'response maxLength increased (a longer value than promised may come)', side: 'response', before: str({ maxLength: 10 }), after: str({ maxLength: 20 }), expected: [['response-constraint-loosened', 'error', '']] },
  { title: 'keywords that do not apply to the type are ignored (maxItems on a string)', side: 'request', before: str({ maxItems: 20 }), after: str({ maxItems: 10 }), expected: [] },
  { title: 'request multipleOf changed to a multiple (tightened)', side: 'request', before: { type: 'number', multipleOf: 2 }, after: { type: 'number', multipleOf: 4 }, expected: [['request-constraint-tightened', 'error', '']] },
  { title: 'request uniqueItems added', side: 'request', before: { type: 'array', items: str() }, after: { type: 'array', items: str(), uniqueItems: true }, expected: [['request-constraint-tightened', 'error', '']] },
  { title: 'request minProperties increased', side: 'request', before: { type: 'object', minProperties: 1 }, after: { type: 'object', minProperties: 2 }, expected: [['request-constraint-tightened', 'error', '']] },
  { title: 'request dependentRequired added', side: 'request', before: obj({ a: str(), b: str() }), after: obj({ a: str(), b: str() }, { dependentRequired: { a: ['b'] } }), expected: [['request-constraint-tightened', 'error', '/a']] },
  { title: 'response dependentRequired removed', side: 'response', before: obj({ a: str(), b: str() }, { dependentRequired: { a: ['b'] } }), after: obj({ a: str(), b: str() }), expected: [['response-constraint-loosened', 'error', '/a']] },
  { title: 'request format added', side: 'request', before: str(), after: str({ format: 'uuid' }), expected: [['request-constraint-tightened', 'error', '']] },
  { title: 'response format changed', side: 'response', before: str({ format: 'date' }), after: str({ format: 'date-time' }), expected: [['response-format-changed', 'error', '']] },
  { title: 'request format changed', side: 'request', before: { type: 'integer', format: 'int64' }, after: { type: 'integer', format: 'int32' }, expected: [['request-format-changed', 'error', '']] },
  { title: 'request contentEncoding changed', side: 'request', before: str({ contentEncoding: 'base64' }), after: str({ contentEncoding: 'base32' }), expected: [['request-content-encoding-changed', 'error', '']] },
  { title: 'response contentMediaType changed', side: 'response', before: str({ contentMediaType: 'image/png' }), after: str({ contentMediaType: 'image/jpeg' }), expected: [['response-content-encoding-changed', 'error', '']] },
  { title: 'request contentSchema added', side: 'request', before: str({ contentMediaType: 'application/json' }), after: str({ contentMediaType: 'application/json', contentSchema: obj({ a: str() }) }), expected: [['request-constraint-tightened', 'error', '/<contentSchema>']] },
  { title: 'request change inside contentSchema', side: 'request', before: str({ contentSchema: obj({ a: str() }) }), after: str({ contentSchema: obj({ a: str() }, { required: ['a'] }) }), expected: [['request-property-became-required', 'error', '/<contentSchema>/a']] },
  // patterns, judged
  { title: 'request pattern added', side: 'request', before: str(), after: str({ pattern: '^[a-z]+$' }), expected: [['request-pattern-added', 'error', '']] },
  { title: 'request pattern added that matches everything', side: 'request', before: str(), after: str({ pattern: '^.*$' }), expected: [['request-pattern-generalized', 'info', '']] },
  { title: 'request pattern changed to .* (not breaking)', side: 'request', before: str({ pattern: '^\\w+$' }), after: str({ pattern: '.*' }), expected: [['request-pattern-generalized', 'info', '']] },
  { title: 'request pattern changed from [\\s\\S]* to a real pattern (an added restriction)', side: 'request', before: str({ pattern: '[\\s\\S]*' }), after: str({ pattern: '^\\d+$' }), expected: [['request-pattern-added', 'error', '']] },
  { title: 'request pattern narrowed: an example of the old spec no longer matches', side: 'request', before: str({ pattern: '^[a-z0-9-]+$', examples: ['team-7'] }), after: str({ pattern: '^[a-z-]+$' }), expected: [['request-pattern-narrowed', 'error', '']] },
  { title: 'request pattern change that cannot be decided is a warning', side: 'request', before: str({ pattern: '^[0-9]+$' }), after: str({ pattern: '^[0-9]*$' }), expected: [['request-pattern-changed', 'warning', '']] },
  { title: 'a pattern with nested quantifiers is not run (it could backtrack for ages): a warning', side: 'request', before: str({ pattern: '^(a+)+$' }), after: str({ pattern: '^(a+)+b$' }), expected: [['request-pattern-changed', 'warning', '']] },
  { title: 'request pattern removed', side: 'request', before: str({ pattern: '^a' }), after: str(), expected: [['request-pattern-removed', 'info', '']] },
  { title: 'response pattern changed', side: 'response', before: str({ pattern: '^[0-9]+$' }), after: str({ pattern: '^[0-9]*$' }), expected: [['response-pattern-changed', 'info', '']] },
  { title: 'response pattern added', side: 'response', before: str(), after: str({ pattern: '^a' }), expected: [['response-pattern-added', 'info', '']] },
  { title: 'response pattern removed', side: 'response', before: str({ pattern: '^a' }), after: str(), expected: [['response-pattern-removed', 'info', '']] },
  { title: 'response pattern generalized', side: 'response', before: str({ pattern: '^a' }), after: str({ pattern: '.*' }), expected: [['response-pattern-generalized', 'info', '']] },
  { title: 'response pattern narrowed', side: 'response', before: str({ pattern: '^[a-z]+$' }), after: str({ pattern: '^[b-z]+$' }), expected: [['response-pattern-narrowed', 'info', '']] },
  // additionalProperties, items, prefixItems, contains, propertyNames, patternProperties, unevaluated*
  { title: 'request: a change under additionalProperties', side: 'request', before: { type: 'object', additionalProperties: { type: 'integer', maximum: 10 } }, after: { type: 'object', additionalProperties: { type: 'integer', maximum: 5 } }, expected: [['request-constraint-tightened', 'error', '/<additionalProperties>']] },
  { title: 'response: additionalProperties schema type widened', side: 'response', before: { type: 'object', additionalProperties: str() }, after: { type: 'object', additionalProperties: { type: ['string', 'integer'] } }, expected: [['response-type-widened', 'error', '/<additionalProperties>']] },
  { title: 'request: additionalProperties false added', side: 'request', before: obj({ a: str() }), after: obj({ a: str() }, { additionalProperties: false }), expected: [['request-constraint-tightened', 'error', '/<additionalProperties>']] },
  { title: 'response: additionalProperties false removed', side: 'response', before: obj({ a: str() }, { additionalProperties: false }), after: obj({ a: str() }), expected: [['response-constraint-loosened', 'error', '/<additionalProperties>']] },
  { title: 'request: a change under prefixItems', side: 'request', before: { type: 'array', prefixItems: [str(), { type: 'integer' }] }, after: { type: 'array', prefixItems: [str(), { type: 'integer', minimum: 0 }] }, expected: [['request-constraint-tightened', 'error', '/1']] },
  { title: 'request prefixItems entry added', side: 'request', before: { type: 'array', prefixItems: [str()] }, after: { type: 'array', prefixItems: [str(), str()] }, expected: [['request-constraint-tightened', 'error', '/1']] },
  { title: 'response prefixItems entry removed', side: 'response', before: { type: 'array', prefixItems: [str(), str()] }, after: { type: 'array', prefixItems: [str()] }, expected: [['response-constraint-loosened', 'error', '/1']] },
  { title: 'request contains added', side: 'request', before: { type: 'array' }, after: { type: 'array', contains: str() }, expected: [['request-constraint-tightened', 'error', '/<contains>']] },
  { title: 'request minContains increased', side: 'request', before: { type: 'array', contains: str(), minContains: 1 }, after: { type: 'array', contains: str(), minContains: 2 }, expected: [['request-constraint-tightened', 'error', '']] },
  { title: 'response maxContains increased', side: 'response', before: { type: 'array', contains: str(), maxContains: 2 }, after: { type: 'array', contains: str(), maxContains: 3 }, expected: [['response-constraint-loosened', 'error', '']] },
  { title: 'request: a change under contains', side: 'request', before: { type: 'array', contains: str() }, after: { type: 'array', contains: str({ minLength: 2 }) }, expected: [['request-constraint-tightened', 'error', '/<contains>']] },
  { title: 'request propertyNames added', side: 'request', before: { type: 'object' }, after: { type: 'object', propertyNames: str({ maxLength: 8 }) }, expected: [['request-constraint-tightened', 'error', '/<propertyNames>']] },
  { title: 'response propertyNames removed', side: 'response', before: { type: 'object', propertyNames: str({ maxLength: 8 }) }, after: { type: 'object' }, expected: [['response-constraint-loosened', 'error', '/<propertyNames>']] },
  { title: 'request patternProperties added', side: 'request', before: { type: 'object' }, after: { type: 'object', patternProperties: { '^x-': str() } }, expected: [['request-constraint-tightened', 'error', '/<pattern ^x->']] },
  { title: 'request: a change under patternProperties', side: 'request', before: { type: 'object', patternProperties: { '^x-': str() } }, after: { type: 'object', patternProperties: { '^x-': { type: 'integer' } } }, expected: [['request-type-changed', 'error', '/<pattern ^x->']] },
  { title: 'request unevaluatedProperties false added', side: 'request', before: obj({ a: str() }), after: obj({ a: str() }, { unevaluatedProperties: false }), expected: [['request-constraint-tightened', 'error', '/<unevaluatedProperties>']] },
  { title: 'response unevaluatedItems false removed', side: 'response', before: { type: 'array', prefixItems: [str()], unevaluatedItems: false }, after: { type: 'array', prefixItems: [str()] }, expected: [['response-constraint-loosened', 'error', '/<unevaluatedItems>']] },
  { title: 'request: a change under items', side: 'request', before: { type: 'array', items: obj({ a: str() }) }, after: { type: 'array', items: obj({ a: str() }, { required: ['a'] }) }, expected: [['request-property-became-required', 'error', '/*/a']] },
  // dependentSchemas, if/then/else, not
  { title: 'request dependentSchemas added', side: 'request', before: obj({ a: str() }), after: obj({ a: str() }, { dependentSchemas: { a: { required: ['b'] } } }), expected: [['request-constraint-tightened', 'error', '/<when a>']] },
  { title: 'request: a change under dependentSchemas', side: 'request', before: obj({ a: str() }, { dependentSchemas: { a: obj({ b: str() }) } }), after: obj({ a: str() }, { dependentSchemas: { a: obj({ b: str() }, { required: ['b'] }) } }), expected: [['request-property-became-required', 'error', '/<when a>/b']] },
  { title: 'request then added', side: 'request', before: obj({ a: str() }, { if: { required: ['a'] } }), after: obj({ a: str() }, { if: { required: ['a'] }, then: { required: ['b'] } }), expected: [['request-constraint-tightened', 'error', '/<then>']] },
  { title: 'response else removed', side: 'response', before: obj({ a: str() }, { if: { required: ['a'] }, else: { required: ['b'] } }), after: obj({ a: str() }, { if: { required: ['a'] } }), expected: [['response-constraint-loosened', 'error', '/<else>']] },
  { title: 'request if changed (cannot be classified)', side: 'request', before: obj({ a: str() }, { if: { required: ['a'] }, then: { required: ['b'] } }), after: obj({ a: str() }, { if: { required: ['c'] }, then: { required: ['b'] } }), expected: [['request-condition-changed', 'warning', '/<if>']] },
  { title: 'response if added', side: 'response', before: obj({ a: str() }), after: obj({ a: str() }, { if: { required: ['a'] }, then: { required: ['b'] } }), expected: [['response-condition-changed', 'warning', '/<if>'], ['response-constraint-tightened', 'info', '/<then>']] },
  { title: 'request not added', side: 'request', before: str(), after: str({ not: { const: 'admin' } }), expected: [['request-constraint-tightened', 'error', '/<not>']] },
  { title: 'request not widened (accepts less: the sides swap under not)', side: 'request', before: str({ not: { enum: ['a'] } }), after: str({ not: { enum: ['a', 'b'] } }), expected: [['response-enum-value-added', 'error', '/<not>']] },
  // composition: anyOf / oneOf variants, allOf
  { title: 'request anyOf variant removed', side: 'request', before: { anyOf: [str(), { type: 'integer' }] }, after: { anyOf: [str()] }, expected: [['request-variant-removed', 'error', '']] },
  { title: 'request oneOf variant removed', side: 'request', before: { oneOf: [obj({ kind: str({ const: 'a' }) }, { required: ['kind'] }), obj({ kind: str({ const: 'b' }) }, { required: ['kind'] }), obj({ kind: str({ const: 'c' }) }, { required: ['kind'] })] }, after: { oneOf: [obj({ kind: str({ const: 'a' }) }, { required: ['kind'] }), obj({ kind: str({ const: 'b' }) }, { required: ['kind'] })] }, expected: [['request-variant-removed', 'error', '']] },
  { title: 'response oneOf variant added', side: 'response', before: { oneOf: [kinded('a'), kinded('b')] }, after: { oneOf: [kinded('a'), kinded('b'), kinded('c')] }, expected: [['response-variant-added', 'error', '']] },
  { title: 'response oneOf variant removed', side: 'response', before: { oneOf: [obj({ kind: str({ const: 'a' }) }), obj({ kind: str({ const: 'b' }) }), obj({ kind: str({ const: 'c' }) })] }, after: { oneOf: [obj({ kind: str({ const: 'a' }) }), obj({ kind: str({ const: 'b' }) })] }, expected: [['response-variant-removed', 'warning', '']] },
  { title: 'request anyOf variant added', side: 'request', before: { anyOf: [obj({ a: str() }), obj({ b: { type: 'integer' } })] }, after: { anyOf: [obj({ a: str() }), obj({ b: { type: 'integer' } }), { type: 'array' }] }, expected: [['request-variant-added', 'info', '']] },
  { title: 'a change inside a matched variant', side: 'request', before: { oneOf: [obj({ kind: str({ const: 'a' }), n: { type: 'integer' } }, { required: ['kind'] }), obj({ kind: str({ const: 'b' }) }, { required: ['kind'] })] }, after: { oneOf: [obj({ kind: str({ const: 'a' }), n: { type: 'integer', maximum: 3 } }, { required: ['kind'] }), obj({ kind: str({ const: 'b' }) }, { required: ['kind'] })] }, expected: [['request-constraint-tightened', 'error', '/n']] },
  { title: 'request wrapped in an overlapping oneOf (a value matching both variants is refused)', side: 'request', before: obj({ foo: str(), bar: str() }, { required: ['foo', 'bar'] }), after: { oneOf: [obj({ foo: str(), bar: str() }, { required: ['foo'] }), obj({ foo: str(), bar: str() }, { required: ['bar'] })] }, expected: [['request-property-became-optional', 'info', '/bar'], ['request-variant-added', 'info', ''], ['request-one-of-ambiguous', 'warning', '']] },
  { title: 'response oneOf gains a variant that overlaps (info on the response side)', side: 'response', before: { oneOf: [str()] , title: 'x' }, after: { oneOf: [str(), str({ minLength: 2 })], title: 'x' }, expected: [['response-variant-added', 'error', ''], ['response-one-of-ambiguous', 'info', '']] },
  { title: 'allOf compared by merged content: a required property added through a new branch', side: 'request', before: { allOf: [obj({ a: str() })] }, after: { allOf: [obj({ a: str() }), { required: ['a'] }] }, expected: [['request-property-became-required', 'error', '/a']] },
  { title: 'request allOf branch added that the merge cannot show (two patterns)', side: 'request', before: { allOf: [str({ pattern: '^a' })] }, after: { allOf: [str({ pattern: '^a' }), str({ pattern: 'z$' })] }, expected: [['request-all-of-added', 'warning', '']] },
  { title: 'response allOf branch removed that the merge cannot show', side: 'response', before: { allOf: [str({ pattern: '^a' }), str({ pattern: 'z$' })] }, after: { allOf: [str({ pattern: '^a' })] }, expected: [['response-all-of-removed', 'warning', '']] },
  { title: 'response allOf branch added that the merge cannot show', side: 'response', before: { allOf: [str({ pattern: '^a' })] }, after: { allOf: [str({ pattern: '^a' }), str({ pattern: 'z$' })] }, expected: [['response-all-of-added', 'info', '']] },
  { title: 'request allOf branch removed that the merge cannot show', side: 'request', before: { allOf: [str({ pattern: '^a' }), str({ pattern: 'z$' })] }, after: { allOf: [str({ pattern: '^a' })] }, expected: [['request-all-of-removed', 'info', '']] },
  { title: 'response: new required property', side: 'response', before: obj({ a: str() }), after: obj({ a: str(), b: str() }, { required: ['b'] }), expected: [['response-required-property-added', 'info', '/b']] },
  { title: 'allOf branch added that adds nothing (already implied)', side: 'request', before: { allOf: [obj({ a: str(), b: str() })] }, after: { allOf: [obj({ a: str(), b: str() }), obj({ a: str() })] }, expected: [] },
  { title: 'schema default changed', side: 'request', before: obj({ n: { type: 'integer', default: 1 } }), after: obj({ n: { type: 'integer', default: 2 } }), expected: [['request-default-changed', 'info', '/n']] },
  { title: 'response default changed', side: 'response', before: obj({ n: { type: 'integer', default: 1 } }), after: obj({ n: { type: 'integer', default: 2 } }), expected: [['response-default-changed', 'info', '/n']] },
  // a media type that had no schema
  { title: 'request: a schema added to a media type that had none', side: 'request', before: undefined, after: obj({ a: str() }), expected: [['request-media-type-schema-added', 'error', '-']] },
  { title: 'request: a media type schema removed', side: 'request', before: obj({ a: str() }), after: undefined, expected: [['request-media-type-schema-removed', 'info', '-']] },
  { title: 'response: a schema added to a media type that had none', side: 'response', before: undefined, after: obj({ a: str() }), expected: [['response-media-type-schema-added', 'info', '-']] },
  { title: 'response: a media type schema removed', side: 'response', before: obj({ a: str() }), after: undefined, expected: [['response-media-type-schema-removed', 'warning', '-']] },
];

describe('diffSpecs: schema keywords at any depth, per side', () => {
  it.each(SCHEMA_CASES.map((c) => [`${c.side}: ${c.title}`, c] as const))('%s', (_title, testCase) => checkSchema(testCase));
});

// ---- Operations, webhooks, lifecycle, parameters and headers: the rules not exercised above ----

const MORE: Case[] = [
  { title: 'parameter default changed (clients that omit it get other behaviour)', prepare: (b) => (param(b, 'limit').schema.default = 20), change: (h) => (param(h, 'limit').schema.default = 50), expected: [['parameter-default-changed', 'error', LIST, 'query parameter limit']] },
  { title: 'parameter default removed', prepare: (b) => (param(b, 'limit').schema.default = 20), change: (h) => delete param(h, 'limit').schema.default, expected: [['parameter-default-changed', 'error', LIST, 'query parameter limit']] },
  { title: 'parameter default added', change: (h) => (param(h, 'limit').schema.default = 20), expected: [['parameter-default-added', 'info', LIST, 'query parameter limit']] },
  {
    title: 'path parameter renamed and its default changed: compared by position',
    prepare: (b) => (b.paths['/groups/{id}']!.get.parameters[0].schema.default = 'a'),
    change: (h) => {
      const item = h.paths['/groups/{id}']!;
      delete h.paths['/groups/{id}'];
      item.get.parameters[0].name = 'groupId';
      item.get.parameters[0].schema.default = 'b';
      h.paths['/groups/{groupId}'] = item;
    },
    expected: [['parameter-default-changed', 'error', 'getGroup (GET /groups/{groupId})', 'path parameter groupId']],
  },
  { title: 'a scalar parameter now takes an array of the same values (one value is sent the same way)', change: (h) => (param(h, 'status').schema = { type: 'array', items: { type: 'string', enum: ['active', 'archived'] } }), expected: [['parameter-became-array', 'info', LIST, 'query parameter status']] },
  { title: 'operation deprecated (a changelog entry)', change: (h) => Object.assign(list(h), { deprecated: true, 'x-sunset': '2027-06-30' }), expected: [['operation-deprecated', 'info', LIST, 'operation']] },
  { title: 'parameter deprecated', change: (h) => (param(h, 'status').deprecated = true), expected: [['parameter-deprecated', 'info', LIST, 'query parameter status']] },
  { title: 'deprecated operation removed with no sunset date', prepare: (b) => (b.paths['/groups/{id}']!.get.deprecated = true), change: (h) => delete h.paths['/groups/{id}'], expected: [['deprecated-operation-removed', 'warning', GET, 'operation']] },
  { title: 'deprecated operation removed after its x-sunset date', prepare: (b) => Object.assign(b.paths['/groups/{id}']!.get, { deprecated: true, 'x-sunset': '2020-01-01' }), change: (h) => delete h.paths['/groups/{id}'], expected: [['retired-operation-removed', 'info', GET, 'operation']] },
  { title: 'deprecated operation removed before its x-sunset date', prepare: (b) => Object.assign(b.paths['/groups/{id}']!.get, { deprecated: true, 'x-sunset': '2999-01-01' }), change: (h) => delete h.paths['/groups/{id}'], expected: [['operation-removed', 'error', GET, 'operation']] },
  { title: 'alpha operation removed (x-stability-level)', prepare: (b) => (b.paths['/groups/{id}']!.get['x-stability-level'] = 'alpha'), change: (h) => delete h.paths['/groups/{id}'], expected: [['retired-operation-removed', 'info', GET, 'operation']] },
  { title: 'deprecated parameter removed', prepare: (b) => (param(b, 'status').deprecated = true), change: (h) => list(h).parameters.splice(1, 1), expected: [['deprecated-parameter-removed', 'warning', LIST, 'query parameter status']] },
  { title: 'deprecated parameter removed after its x-sunset date', prepare: (b) => Object.assign(param(b, 'status'), { deprecated: true, 'x-sunset': '2020-01-01' }), change: (h) => list(h).parameters.splice(1, 1), expected: [['retired-parameter-removed', 'info', LIST, 'query parameter status']] },
  { title: 'parameter of an alpha operation removed', prepare: (b) => (list(b)['x-stability-level'] = 'alpha'), change: (h) => list(h).parameters.splice(1, 1), expected: [['retired-parameter-removed', 'info', LIST, 'query parameter status']] },
  { title: 'an anonymous operation now requires credentials', change: (h) => (list(h).security = [{ bearer: [] }]), expected: [['security-became-required', 'error', LIST, 'security']] },
  { title: 'credentials no longer required', prepare: (b) => (list(b).security = [{ key: [] }]), change: (h) => (list(h).security = [{ key: [] }, {}]), expected: [['security-became-optional', 'info', LIST, 'security']] },
  { title: 'a security alternative removed (callers with those credentials are refused)', prepare: (b) => (list(b).security = [{ key: [] }, { bearer: [] }]), change: (h) => (list(h).security = [{ bearer: [] }]), expected: [['security-alternative-removed', 'error', LIST, 'security key']] },
  { title: 'a security alternative added', prepare: (b) => (list(b).security = [{ key: [] }]), change: (h) => (list(h).security = [{ key: [] }, { bearer: [] }]), expected: [['security-alternative-added', 'info', LIST, 'security bearer']] },
  { title: 'an OAuth scope added to the requirement', prepare: (b) => (list(b).security = [{ oauth: ['groups:read'] }]), change: (h) => (list(h).security = [{ oauth: ['groups:read', 'groups:write'] }]), expected: [['security-scope-added', 'warning', LIST, 'security oauth']] },
  { title: 'an OAuth scope no longer required', prepare: (b) => (list(b).security = [{ oauth: ['groups:read', 'groups:write'] }]), change: (h) => (list(h).security = [{ oauth: ['groups:read'] }]), expected: [['security-scope-removed', 'info', LIST, 'security oauth']] },
  {
    title: 'a security scheme sends its credentials elsewhere (apiKey header renamed)',
    prepare: (b) => {
      b.components = { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'auth' } } };
      list(b).security = [{ key: [] }];
    },
    change: (h) => (h.components!.securitySchemes!.key!.name = 'token'),
    expected: [['security-scheme-changed', 'error', undefined, 'security scheme key']],
  },
  { title: 'required response header removed', prepare: (b) => (list(b).responses['200'].headers['X-Total'].required = true), change: (h) => delete list(h).responses['200'].headers['X-Total'], expected: [['response-required-header-removed', 'error', LIST, 'response 200 header X-Total']] },
  { title: 'response header no longer required', prepare: (b) => (list(b).responses['200'].headers['X-Total'].required = true), change: (h) => (list(h).responses['200'].headers['X-Total'].required = false), expected: [['response-header-became-optional', 'error', LIST, 'response 200 header X-Total']] },
  { title: 'response header schema widened', change: (h) => (list(h).responses['200'].headers['X-Total'].schema = { type: ['integer', 'string'] }), expected: [['response-type-widened', 'error', LIST, 'response 200 header X-Total']] },
  { title: 'error response media type removed', change: (h) => delete list(h).responses['404'].content['application/json'], expected: [['response-error-media-type-removed', 'info', LIST, 'response 404 application/json']] },
  { title: 'new optional request body', change: (h) => (list(h).requestBody = { content: { 'application/json': { schema: { type: 'object' } } } }), expected: [['optional-request-body-added', 'info', LIST, 'request body']] },
  { title: 'new required request body', change: (h) => (list(h).requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }), expected: [['required-request-body-added', 'error', LIST, 'request body']] },
];

function webhookDoc(body: Schema): Doc {
  return {
    openapi: '3.1.0',
    paths: {},
    webhooks: { groupCreated: { post: { requestBody: { required: true, content: { 'application/json': { schema: body } } }, responses: { '200': { description: 'ok' } } } } },
  } as Doc;
}

describe('diffSpecs: operations, webhooks, lifecycle, parameters, headers', () => {
  it.each(MORE.map((c) => [c.title, c] as const))('%s', (_title, testCase) => check(testCase));

  it('compares webhooks as what clients receive: a field removed from a webhook body breaks subscribers', () => {
    const before = webhookDoc(obj({ id: str(), name: str() }, { required: ['id'] }));
    const after = webhookDoc(obj({ id: str() }, { required: ['id'] }));
    const changes = diffSpecs(before, after).map((c) => [c.rule, c.level, c.operation, c.endpoint, c.location]);
    expect(changes).toEqual([['response-property-removed', 'error', 'webhook groupCreated (POST)', 'webhook groupCreated POST', 'request application/json body /name']]);
    SEEN_RULES.add('response-property-removed');
  });

  it('lists a removed webhook as breaking and a new one as not', () => {
    const hook = webhookDoc(obj({ id: str() }));
    const none = { openapi: '3.1.0', paths: {} } as Doc;
    expect(diffSpecs(hook, none).map((c) => [c.rule, c.level, c.location])).toEqual([['webhook-removed', 'error', 'webhook']]);
    expect(diffSpecs(none, hook).map((c) => [c.rule, c.level, c.location])).toEqual([['webhook-added', 'info', 'webhook']]);
    SEEN_RULES.add('webhook-removed').add('webhook-added');
  });

  it('terminates on recursive schemas reached through allOf and additionalProperties', () => {
    const make = () => {
      const node: Schema = { type: 'object', properties: { name: str() } };
      node.additionalProperties = { allOf: [node, { properties: { extra: str() } }] };
      return bodyDoc('response', node);
    };
    const head = make();
    head.paths['/things']!.post.responses['200'].content['application/json'].schema.properties.name = { type: 'integer' };
    expect(diffSpecs(make(), head).map((c) => c.rule)).toContain('response-type-changed');
    SEEN_RULES.add('response-type-changed');
  });
});

describe('callbacks', () => {
  const withCallback = (body: Schema | undefined) => {
    const doc = baseDoc();
    if (body) create(doc).callbacks = { groupChanged: { '{$request.body#/hook}': { post: { requestBody: { content: { 'application/json': { schema: body } } }, responses: { '204': { description: 'ok' } } } } } };
    return doc;
  };

  it('compares a callback body as what clients receive, and lists a removed callback as breaking', () => {
    const before = withCallback(obj({ id: str(), name: str() }));
    const changes = diffSpecs(before, withCallback(obj({ id: str() }))).map((c) => [c.rule, c.level, c.operation, c.location]);
    expect(changes).toEqual([['response-property-removed', 'error', `${CREATE} callback groupChanged {$request.body#/hook} (POST)`, 'request application/json body /name']]);
    expect(diffSpecs(before, withCallback(undefined)).map((c) => [c.rule, c.level])).toEqual([['callback-removed', 'error']]);
    expect(diffSpecs(withCallback(undefined), before).map((c) => [c.rule, c.level])).toEqual([['callback-added', 'info']]);
    SEEN_RULES.add('callback-removed').add('callback-added');
  });
});

describe('the rule table', () => {
  it('is the README\'s: every rule id with its level, and nothing else', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const documented = new Map<string, string>();
    for (const line of readme.split('\n')) {
      const structure = /^\| `([a-z-]+)` \| (error|warning|info) \|/.exec(line);
      if (structure) documented.set(structure[1]!, structure[2]!);
      const schema = /^\| `(request-[a-z-]+)` \/ `(response-[a-z-]+)` \| (error|warning|info) \| (error|warning|info) \|/.exec(line);
      if (schema) documented.set(schema[1]!, schema[3]!).set(schema[2]!, schema[4]!);
    }
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(RULES));
  });

  it('has a test with a pair of specs for every rule', () => {
    // api-added and api-removed are decided by diffRepository (a spec present on one side only): diff-repository.test.ts.
    const untested = [...RULES.keys()].filter((rule) => !SEEN_RULES.has(rule) && rule !== 'api-added' && rule !== 'api-removed');
    expect(untested).toEqual([]);
  });
});

describe('equivalent spellings of this repository\'s specs compare equal', () => {
  const rewrite = (doc: Doc, spell: (schema: Schema) => Schema): Doc => {
    const copy = structuredClone(doc);
    const seen = new Set<object>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (!value || typeof value !== 'object' || Array.isArray(value) || seen.has(value)) walk(value);
        else if (key === 'schema' || key === 'items' || key === 'additionalProperties') {
          walk(value);
          const spelled = spell(value as Schema);
          seen.add(spelled);
          (node as Record<string, unknown>)[key] = spelled;
        } else if (key === 'properties') {
          for (const [name, schema] of Object.entries(value as Record<string, Schema>)) {
            if (seen.has(schema)) continue;
            walk(schema);
            const spelled = spell(schema);
            seen.add(spelled);
            (value as Record<string, Schema>)[name] = spelled;
          }
        } else walk(value);
      }
    };
    walk(copy.paths);
    return copy;
  };
  const SPELLINGS: Array<[string, (schema: Schema) => Schema]> = [
    ['every schema wrapped in allOf', (schema) => ({ allOf: [schema] })],
    ['every object split into two allOf branches', ({ properties, required, ...rest }) => (properties ? { allOf: [rest, { properties, ...(required ? { required } : {}) }] } : { ...rest })],
    ['every schema a one-variant oneOf', (schema) => ({ oneOf: [schema] })],
  ];
  it.each(['kore-ai', 'kaizala', 'testmo', 'passbolt'].flatMap((api) => SPELLINGS.map(([how, spell]) => [api, how, spell] as const)))('%s: %s', async (api, _how, spell) => {
    const doc = (await loadSpec(join(findRepoRoot(), 'specs', api, 'openapi.yaml'))) as Doc;
    expect(diffSpecs(doc, rewrite(doc, spell))).toEqual([]);
  });
});
