import { describe, expect, it } from 'vitest';
import { createContract } from '../src/contract.js';
import type { OpenApiDocument } from '@group-apis/spec';
import { bare } from './helpers/violations.js';

const group = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
const doc = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/groups': {
      post: {
        operationId: 'createGroup',
        requestBody: { required: true, content: { 'application/json': { schema: group } } },
        responses: { '201': { description: 'created', content: { 'application/json': { schema: group } } } },
      },
    },
  },
} as unknown as OpenApiDocument;

function violationsOf(requestBody: string, responseBody: string) {
  return bare(createContract('fixture', 'fixture.yaml', doc).check({
    method: 'POST',
    url: '/groups',
    requestHeaders: { 'content-type': 'application/json' },
    requestBody: Buffer.from(requestBody),
    status: 201,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: Buffer.from(responseBody),
    source: 'test',
  }).violations);
}

describe('JSON bodies, request and response alike', () => {
  it('pass when they parse and match their schema', () => {
    expect(violationsOf('{"name":"Ops"}', '{"name":"Ops"}')).toEqual([]);
  });

  it('are one violation each when they are not JSON', () => {
    expect(violationsOf('name=Ops', '<html>')).toEqual([
      { kind: 'request-body', location: 'request body', pointer: '', message: 'expected application/json, got a body that is not JSON' },
      { kind: 'body', location: 'response body', pointer: '', message: 'expected application/json, got a body that is not JSON' },
    ]);
  });

  it('are checked against their schema when they parse', () => {
    expect(violationsOf('{"name":1}', '{}')).toEqual([
      { kind: 'request-body', location: 'request body', pointer: '/name', message: 'expected string, got integer 1' },
      { kind: 'body', location: 'response body', pointer: '/name', message: 'required property is missing' },
    ]);
  });
});
