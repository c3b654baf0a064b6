import { describe, expect, it } from 'vitest';
import { operationHeading, summarizeApi, vendorOf } from '../src/api-summary.js';
import type { OpenApiDocument } from '@group-apis/spec';

function withExternalDocs(description: string | undefined, extra: Record<string, unknown> = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Groups API', version: 'v1', ...extra },
    externalDocs: { url: 'https://docs.vendor.example/api/groups', ...(description === undefined ? {} : { description }) },
    paths: {},
  };
}

describe('vendorOf', () => {
  it("names the publisher of the vendor's page", () => {
    expect(vendorOf(withExternalDocs('Kore.ai documentation, Get Groups API'))).toBe('Kore.ai');
    expect(vendorOf(withExternalDocs('Microsoft Kaizala connectors reference, /groups'))).toBe('Microsoft Kaizala');
    expect(vendorOf(withExternalDocs('Testmo API reference, Groups'))).toBe('Testmo');
    expect(vendorOf(withExternalDocs('Passbolt API documentation, List all groups'))).toBe('Passbolt');
  });

  it('prefers info.x-vendor when the spec sets it', () => {
    expect(vendorOf(withExternalDocs('API reference', { 'x-vendor': 'Vendor Inc.' }))).toBe('Vendor Inc.');
  });

  it('falls back to the host of the page when the description names no one', () => {
    expect(vendorOf(withExternalDocs('API reference'))).toBe('docs.vendor.example');
    expect(vendorOf(withExternalDocs(undefined))).toBe('docs.vendor.example');
  });
});

describe('summarizeApi', () => {
  it('counts operations in the order the spec lists them, with the headings Redoc shows', () => {
    const document: OpenApiDocument = {
      ...withExternalDocs('Microsoft Kaizala connectors reference, /groups'),
      paths: {
        '/v1/groups': {
          parameters: [],
          post: { operationId: 'createGroup', summary: 'Create a group' },
          get: { operationId: 'listGroups' },
        },
        '/v1/groups/{groupId}': { get: {} },
      },
    };
    const summary = summarizeApi('kaizala', document);
    expect(summary.operations).toEqual([
      { method: 'post', path: '/v1/groups', heading: 'Create a group' },
      { method: 'get', path: '/v1/groups', heading: 'listGroups' },
      { method: 'get', path: '/v1/groups/{groupId}', heading: '/v1/groups/{groupId}' },
    ]);
    expect(summary).toMatchObject({ name: 'kaizala', title: 'Groups API', version: 'v1', vendor: 'Microsoft Kaizala' });
    expect(summary.vendorPage).toEqual({ url: 'https://docs.vendor.example/api/groups', description: 'Microsoft Kaizala connectors reference, /groups' });
  });

  it("refuses a spec that does not link the vendor's page", () => {
    const document: OpenApiDocument = { openapi: '3.1.0', info: { title: 'Groups API', version: 'v1' }, paths: {} };
    expect(() => summarizeApi('x', document)).toThrow("Groups API: externalDocs.url must link the vendor's page");
  });

  it('falls back from summary to operationId to path, as Redoc does', () => {
    expect(operationHeading('/a', { summary: 'Get A', operationId: 'getA' })).toBe('Get A');
    expect(operationHeading('/a', { summary: '', operationId: 'getA' })).toBe('getA');
    expect(operationHeading('/a', {})).toBe('/a');
  });
});
