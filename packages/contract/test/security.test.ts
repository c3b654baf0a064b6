import { beforeAll, describe, expect, it } from 'vitest';
import { createContract, loadContract, type Contract } from '../src/contract.js';
import type { OpenApiDocument } from '@group-apis/spec';
import type { RecordedExchange } from '../src/recorded-exchange.js';
import { apisWithSpecs, successExample } from './helpers/spec-upstream.js';
import { bare } from './helpers/violations.js';

function api(name: string) {
  const entry = apisWithSpecs().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} has no spec yet`);
  return entry;
}

/** A GET of the spec's first operation with `headers`, answered with its documented success example. */
function requestViolations(contract: Contract, headers: Record<string, string>) {
  const operation = contract.operations.find((candidate) => candidate.method === 'get')!;
  const { status, body } = successExample(operation);
  const exchange: RecordedExchange = {
    method: 'GET',
    url: operation.path,
    requestHeaders: headers,
    status,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: Buffer.from(JSON.stringify(body)),
    source: 'test',
  };
  return bare(contract.check(exchange).violations);
}

const credentials = (message: string) => [{ kind: 'security', location: 'request credentials', pointer: '', message }];

describe('security requirements of the real specs', () => {
  const contracts: Record<string, Contract> = {};
  beforeAll(async () => {
    for (const name of ['kore-ai', 'kaizala', 'testmo', 'passbolt']) contracts[name] = await loadContract(name, api(name).spec);
  });

  it("Kore.ai: the JWT in the auth header, not in Authorization", () => {
    const kore = contracts['kore-ai']!;
    expect(requestViolations(kore, { auth: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' })).toEqual([]);
    expect(requestViolations(kore, {})).toEqual(credentials('expected header auth (koreJwt), got none'));
    expect(requestViolations(kore, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' })).toEqual(credentials('expected header auth (koreJwt), got Authorization: Bearer'));
    expect(requestViolations(kore, { auth: ' ' })).toEqual(credentials('expected header auth (koreJwt), got an empty header auth'));
  });

  it("Kaizala: the accessToken header", () => {
    const kaizala = contracts.kaizala!;
    expect(requestViolations(kaizala, { accesstoken: 'token' })).toEqual([]);
    expect(requestViolations(kaizala, { authorization: 'token' })).toEqual(credentials('expected header accessToken (accessToken), got an Authorization header without a scheme'));
  });

  it('Testmo: a bearer token, with its scheme', () => {
    const testmo = contracts.testmo!;
    expect(requestViolations(testmo, { authorization: 'Bearer abc.DEF-123_~+/=' })).toEqual([]);
    expect(requestViolations(testmo, { authorization: 'bearer abc' })).toEqual([]);
    const expected = 'expected Authorization: Bearer (bearerToken), got ';
    expect(requestViolations(testmo, { authorization: 'abc' })).toEqual(credentials(`${expected}an Authorization header without a scheme`));
    expect(requestViolations(testmo, { authorization: 'Bearer' })).toEqual(credentials(`${expected}Authorization: Bearer without credentials`));
    expect(requestViolations(testmo, { authorization: 'Bearer two words' })).toEqual(credentials(`${expected}a malformed Authorization: Bearer`));
    expect(requestViolations(testmo, { authorization: 'Basic dXNlcjpwYXNz' })).toEqual(credentials(`${expected}Authorization: Basic`));
    expect(requestViolations(testmo, { authorization: 'Token abc' })).toEqual(credentials(`${expected}an Authorization header of an unregistered scheme`));
    expect(requestViolations(testmo, { authorization: '' })).toEqual(credentials(`${expected}an empty Authorization header`));
  });

  it('Passbolt: a bearer JWT or the session cookie, either one', () => {
    const passbolt = contracts.passbolt!;
    expect(requestViolations(passbolt, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' })).toEqual([]);
    expect(requestViolations(passbolt, { cookie: 'csrfToken=x; passbolt_session=abc123' })).toEqual([]);
    const expected = 'expected Authorization: Bearer (jwtBearer) or cookie passbolt_session (sessionCookie), got ';
    expect(requestViolations(passbolt, {})).toEqual(credentials(`${expected}none`));
    expect(requestViolations(passbolt, { cookie: 'csrfToken=x' })).toEqual(credentials(`${expected}none`));
    expect(requestViolations(passbolt, { cookie: 'passbolt_session=' })).toEqual(credentials(`${expected}an empty cookie passbolt_session`));
    expect(requestViolations(passbolt, { authorization: 'JWT abc', cookie: 'passbolt_session=""' })).toEqual(
      credentials(`${expected}an Authorization header of an unregistered scheme, an empty cookie passbolt_session`),
    );
  });
});

const noContent = { responses: { '204': { description: 'No content.' } } };

// Every kind of scheme and requirement the checks know, on operations that answer 204 (no body to check).
const fixture: OpenApiDocument = {
  openapi: '3.1.0',
  security: [{ oauth: [] }],
  components: {
    securitySchemes: {
      oauth: { type: 'oauth2' },
      basic: { type: 'http', scheme: 'basic' },
      session: { type: 'apiKey', in: 'cookie', name: 'sid' },
      tenant: { type: 'apiKey', in: 'header', name: 'X-Tenant' },
      key: { type: 'apiKey', in: 'query', name: 'key' },
      tls: { type: 'mutualTLS' },
    },
  },
  paths: {
    '/inherited': { get: { operationId: 'inherited', ...noContent } },
    '/anonymous': { get: { operationId: 'anonymous', security: [], ...noContent } },
    '/optional': { get: { operationId: 'optional', security: [{ basic: [] }, {}], ...noContent } },
    '/basic': { get: { operationId: 'basic', security: [{ basic: [] }], ...noContent } },
    '/both-or-key': { get: { operationId: 'bothOrKey', security: [{ session: [], tenant: [] }, { key: [] }], ...noContent } },
    '/tls': { get: { operationId: 'tls', security: [{ tls: [] }], ...noContent } },
    '/tenant': {
      get: {
        operationId: 'tenant',
        security: [{ tenant: [] }],
        parameters: [{ name: 'x-tenant', in: 'header', required: true, schema: { type: 'string', pattern: '^t-[0-9]+$' } }],
        ...noContent,
      },
    },
    '/preferences': {
      get: {
        operationId: 'preferences',
        security: [],
        parameters: [
          { name: 'lang', in: 'cookie', required: true, schema: { type: 'string', enum: ['en', 'de'] } },
          { name: 'page_size', in: 'cookie', schema: { type: 'integer', maximum: 100 } },
          { name: 'columns', in: 'cookie', schema: { type: 'array', items: { type: 'string', enum: ['name', 'size'] } } },
          { name: 'csrf_token', in: 'cookie', schema: { type: 'string', pattern: '^[0-9a-f]{8}$' } },
        ],
        ...noContent,
      },
    },
  },
};

function fixtureCheck(url: string, requestHeaders: Record<string, string> = {}) {
  return createContract('fixture', 'fixture.yaml', fixture).check({ method: 'GET', url, requestHeaders, status: 204, responseHeaders: {}, responseBody: Buffer.alloc(0), source: 'test' });
}

const violationsOf = (url: string, requestHeaders: Record<string, string> = {}) => bare(fixtureCheck(url, requestHeaders).violations);

describe('security requirements', () => {
  it("takes the document's requirement unless the operation has its own; [] and {} make credentials optional", () => {
    expect(violationsOf('/inherited')).toEqual(credentials('expected Authorization: Bearer (oauth), got none'));
    expect(violationsOf('/inherited', { authorization: 'Bearer token' })).toEqual([]);
    expect(violationsOf('/anonymous')).toEqual([]);
    expect(violationsOf('/optional')).toEqual([]);
    expect(violationsOf('/optional', { authorization: 'Basic not base64' })).toEqual([]);
  });

  it('wants Basic credentials as base64 of user:password', () => {
    expect(violationsOf('/basic', { authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` })).toEqual([]);
    expect(violationsOf('/basic', { authorization: `Basic ${Buffer.from('userpass').toString('base64')}` })).toEqual(credentials('expected Authorization: Basic (basic), got a malformed Authorization: Basic'));
    expect(violationsOf('/basic', { authorization: 'Basic user:pass' })).toEqual(credentials('expected Authorization: Basic (basic), got a malformed Authorization: Basic'));
  });

  it('needs every scheme of one alternative: cookie and header together, or the query key alone', () => {
    const expected = 'expected cookie sid (session) + header X-Tenant (tenant) or query parameter key (key), got ';
    expect(violationsOf('/both-or-key', { cookie: 'sid=s1', 'x-tenant': 't-1' })).toEqual([]);
    expect(violationsOf('/both-or-key?key=k1')).toEqual([]);
    expect(violationsOf('/both-or-key', { cookie: 'sid=s1' })).toEqual(credentials(`${expected}cookie sid`));
    expect(violationsOf('/both-or-key?key=', { 'x-tenant': 't-1' })).toEqual(credentials(`${expected}header X-Tenant, an empty query parameter key`));
  });

  it('does not fault a request for what traffic cannot show (mutual TLS)', () => {
    expect(violationsOf('/tls')).toEqual([]);
  });
});

describe('cookie parameters', () => {
  const lang = 'request cookie parameter lang';
  it('reads them from the Cookie header and validates them like other parameters', () => {
    expect(violationsOf('/preferences', { cookie: 'lang=en; page_size=20; columns=name,size' })).toEqual([]);
    expect(violationsOf('/preferences', { cookie: 'lang="%64e"' })).toEqual([]);
    expect(violationsOf('/preferences')).toEqual([{ kind: 'parameter', location: lang, pointer: '', message: 'required parameter is missing' }]);
    expect(violationsOf('/preferences', { cookie: 'lang=fr; page_size=many; columns=name,colour' })).toEqual([
      { kind: 'parameter', location: lang, pointer: '', message: 'expected one of "en", "de", got string "fr"' },
      { kind: 'parameter', location: 'request cookie parameter page_size', pointer: '', message: 'expected integer, got string "many"' },
      { kind: 'parameter', location: 'request cookie parameter columns', pointer: '/1', message: 'expected one of "name", "size", got string "colour"' },
    ]);
  });
});

describe('credentials never reach a report', () => {
  it('redacts parameters named like credentials, or sent by an apiKey scheme, in messages and request lines', () => {
    const cookie = fixtureCheck('/preferences', { cookie: 'lang=en; csrf_token=COOKIE-SECRET' });
    expect(bare(cookie.violations)).toEqual([{ kind: 'parameter', location: 'request cookie parameter csrf_token', pointer: '', message: 'expected to match ^[0-9a-f]{8}$, got string [redacted]' }]);
    const header = fixtureCheck('/tenant', { 'x-tenant': 'TENANT-SECRET' });
    expect(bare(header.violations)).toEqual([{ kind: 'parameter', location: 'request header parameter x-tenant', pointer: '', message: 'expected to match ^t-[0-9]+$, got string [redacted]' }]);
    expect(fixtureCheck('/both-or-key?key=QUERY-SECRET&page=2').request).toBe('GET /both-or-key?key=[redacted]&page=2');
  });
});
