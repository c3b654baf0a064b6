import { describe, expect, it } from 'vitest';
import type { ParameterObject } from '@group-apis/spec';
import { readQueryParameter, readSimpleParameter } from '../src/parameter-values.js';
import { fillPath, joinUrl, serializeQuery } from '../src/serialize-request.js';

const entries = (query: string) => [...new URLSearchParams(query).entries()];

const filter: ParameterObject = {
  name: 'filter',
  in: 'query',
  style: 'deepObject',
  explode: true,
  schema: { type: 'object', properties: { 'has-users': { type: 'array', items: { type: 'string' } } } },
};

describe('reading parameters from a request', () => {
  it('reads deepObject brackets with [] arrays, indexed arrays and nested keys', () => {
    expect(readQueryParameter(filter, entries('filter[has-users][]=a&filter[has-users][]=b'))).toEqual({ present: true, value: { 'has-users': ['a', 'b'] } });
    expect(readQueryParameter(filter, entries('filter%5Bhas-users%5D%5B1%5D=b&filter%5Bhas-users%5D%5B0%5D=a'))).toEqual({ present: true, value: { 'has-users': ['a', 'b'] } });
    expect(readQueryParameter(filter, entries('filter[a][b]=1&other=2'))).toEqual({ present: true, value: { a: { b: '1' } } });
    expect(readQueryParameter(filter, entries('filters[a]=1'))).toEqual({ present: false });
  });

  it('reads form arrays exploded, PHP-style name[] alike, or comma-separated', () => {
    const tags: ParameterObject = { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } };
    expect(readQueryParameter(tags, entries('tags=a&tags=b'))).toEqual({ present: true, value: ['a', 'b'] });
    expect(readQueryParameter(tags, entries('tags[]=a&tags[]=b'))).toEqual({ present: true, value: ['a', 'b'] });
    expect(readQueryParameter({ ...tags, explode: false }, entries('tags=a,b'))).toEqual({ present: true, value: ['a', 'b'] });
    expect(readQueryParameter({ ...tags, style: 'pipeDelimited', explode: false }, entries('tags=a|b'))).toEqual({ present: true, value: ['a', 'b'] });
  });

  it('refuses a repeated single-valued parameter, and reads JSON content parameters', () => {
    const limit: ParameterObject = { name: 'limit', in: 'query', schema: { type: 'integer' } };
    expect(readQueryParameter(limit, entries('limit=1&limit=2'))).toEqual({ present: true, problem: 'expected a single value, got 2' });
    const json: ParameterObject = { name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } };
    expect(readQueryParameter(json, entries('q=%7B%22a%22%3A1%7D'))).toEqual({ present: true, value: { a: 1 } });
  });

  it('reads simple path and header values, arrays split on commas', () => {
    expect(readSimpleParameter({ name: 'ids', in: 'path', schema: { type: 'array' } }, '1,2')).toEqual({ present: true, value: ['1', '2'] });
    expect(readSimpleParameter({ name: 'id', in: 'path', schema: { type: 'string' } }, 'a,b')).toEqual({ present: true, value: 'a,b' });
    expect(readSimpleParameter({ name: 'x', in: 'header' }, undefined)).toEqual({ present: false });
  });
});

describe('building requests from examples', () => {
  it('serializes each style so that reading it back gives the example again', () => {
    const parameters: ParameterObject[] = [
      filter,
      { name: 'contain', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
      { name: 'tags', in: 'query', schema: { type: 'array' } },
      { name: 'order', in: 'query', schema: { type: 'string' } },
    ];
    const values = { filter: { 'has-users': ['u1', 'u2'] }, contain: { user: 1 }, tags: ['a', 'b'], order: 'Group.name ASC' };
    const query = serializeQuery(parameters, values);
    expect(decodeURIComponent(query)).toBe('filter[has-users][0]=u1&filter[has-users][1]=u2&contain[user]=1&tags=a&tags=b&order=Group.name+ASC');
    expect(readQueryParameter(filter, entries(query))).toEqual({ present: true, value: values.filter });
  });

  it('fills path templates with encoded values and keeps the base URL path', () => {
    expect(fillPath('/v1/groups/{groupId}', { groupId: 'a b@1' })).toBe('/v1/groups/a%20b%401');
    expect(joinUrl('https://bots.kore.ai/api/public/', '/groups?offset=0').toString()).toBe('https://bots.kore.ai/api/public/groups?offset=0');
  });
});
