import { describe, expect, it } from 'vitest';
import { majorBumps } from '../src/diff/changesets.js';
import { describeAjvError } from '../src/describe-error.js';
import { listOperations, type OpenApiDocument } from '@group-apis/spec';
import { createPathMatcher, serverBasePath } from '../src/path-matcher.js';
import { redactPathAndQuery, redactUrl, redactValue } from '../src/redact.js';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  servers: [{ url: 'https://{host}/api/public', variables: { host: { default: 'bots.kore.ai' } } }],
  paths: {
    '/groups': { get: { operationId: 'listGroups' } },
    '/groups/{id}': { get: { operationId: 'getGroup' }, delete: { operationId: 'deleteGroup' } },
    '/groups/mine': { get: { operationId: 'myGroups' } },
    '/groups.json': { get: { operationId: 'legacyGroups' } },
  },
};

describe('matching request paths to spec paths', () => {
  const match = createPathMatcher(doc, listOperations(doc), ['/proxy/base']);
  const id = (method: string, path: string) => {
    const found = match(method, path);
    return found.kind === 'matched' ? [found.match.operation.id, found.match.pathParams] : found;
  };

  it('matches templates, the most literal path first, with or without a base path', () => {
    expect(id('GET', '/groups')).toEqual(['listGroups', {}]);
    expect(id('GET', '/api/public/groups/e-1%402')).toEqual(['getGroup', { id: 'e-1@2' }]);
    expect(id('GET', '/proxy/base/groups/mine')).toEqual(['myGroups', {}]);
    expect(id('GET', '/groups.json')).toEqual(['legacyGroups', {}]);
    expect(id('DELETE', '/groups/7')).toEqual(['deleteGroup', { id: '7' }]);
  });

  it('tells an unknown path from a known path with another method', () => {
    expect(id('GET', '/groupsXjson')).toEqual({ kind: 'unknown-path' });
    expect(id('POST', '/groups/7')).toEqual({ kind: 'wrong-method', allowed: ['GET', 'DELETE'] });
    expect(id('GET', '/api/public-other/groups')).toEqual({ kind: 'unknown-path' });
  });

  it('takes the base path of a server URL with variables at their defaults', () => {
    expect(serverBasePath({ url: '{endpointUrl}', variables: { endpointUrl: { default: 'https://inc-001.example.net' } } })).toBe('');
    expect(serverBasePath({ url: '/v2/' })).toBe('/v2');
  });
});

describe('secrets are never printed', () => {
  it('redacts credentials in URLs, queries and bodies', () => {
    expect(redactUrl('https://user:pw@api.example.test/groups?access_token=abc&limit=2')).toBe('https://api.example.test/groups?access_token=%5Bredacted%5D&limit=2');
    expect(redactPathAndQuery('/groups?apiKey=abc&filter%5Ba%5D=1')).toBe('/groups?apiKey=[redacted]&filter[a]=1');
    expect(redactValue({ user: { accessToken: 't', name: 'n' }, items: [{ password: 'p' }] })).toEqual({ user: { accessToken: '[redacted]', name: 'n' }, items: [{ password: '[redacted]' }] });
  });

  it('does not show the value of a credential-named field in a violation', () => {
    const finding = describeAjvError({ keyword: 'type', instancePath: '/session/accessToken', schemaPath: '#', params: { type: 'integer' }, data: 'tok-123' } as never);
    expect(finding).toEqual({ pointer: '/session/accessToken', message: 'expected integer, got string [redacted]' });
  });
});

describe('changeset frontmatter', () => {
  it('finds the packages a changeset bumps by a major version', () => {
    expect(majorBumps('---\n"@group-apis/kore-ai": major\n\'@group-apis/core\': minor\n---\n\nText\n')).toEqual(['@group-apis/kore-ai']);
    expect(majorBumps('No frontmatter: major')).toEqual([]);
  });
});
