import { describe, expect, it } from 'vitest';
import type { SampleClient } from '../src/code-samples.js';
import { docsSpec, notesSpec } from '../src/docs-spec.js';
import type { OpenApiDocument, OperationObject } from '@group-apis/spec';

function spec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Vault Groups API', version: 'v2', description: 'Lists the user groups.' },
    servers: [{ url: 'https://{host}', description: 'A `vault` instance, see [the guide](https://vault.invalid/guide).', variables: { host: { default: 'vault.local', description: 'Host of the `instance`.' } } }],
    security: [{ bearer: [] }],
    tags: [{ name: 'Groups', description: 'User groups of the instance.' }, { name: 'Empty' }],
    paths: {
      '/groups.json': {
        get: {
          operationId: 'listGroups',
          summary: 'List groups',
          tags: ['Groups'],
          parameters: [
            {
              name: 'filter',
              in: 'query',
              style: 'deepObject',
              explode: true,
              description: 'Filters the result.',
              schema: { type: 'object' },
              examples: { byMember: { summary: 'Groups with `a` user', value: { 'has-users': ['u-1', 'u-2'] } } },
            },
            { name: 'order', in: 'query', schema: { type: 'string' }, examples: { byName: { summary: 'By `name`', value: 'Group.name ASC' } } },
          ],
          responses: { '200': { description: 'OK' } },
        },
      },
      '/groups/{id}.json': { get: { operationId: 'getGroup', summary: 'Get a group', tags: ['Groups', 'Empty'], responses: { '200': { description: 'OK' } } } },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT from `POST /login`.' } } },
  } as unknown as OpenApiDocument;
}

const client: SampleClient = {
  apiName: 'vault',
  packageName: '@group-apis/vault',
  factory: { name: 'createVaultClient', requiredOptions: [{ name: 'accessToken', placeholder: "'<accessToken>'" }, { name: 'baseUrl', placeholder: "'<baseUrl>'" }] },
};

describe('docsSpec', () => {
  const original = spec();
  const docs = docsSpec({ document: original, client, indexHref: 'index.html', notesHref: 'vault-notes.html' });
  const listGroups = docs.paths?.['/groups.json']?.['get'] as OperationObject | undefined;

  it('untags every operation so Redoc shows them all without a click', () => {
    expect(listGroups?.tags).toBeUndefined();
    expect((docs.paths?.['/groups/{id}.json']?.['get'] as OperationObject).tags).toBeUndefined();
    expect(docs.tags).toBeUndefined();
  });

  it('opens with one introduction order: links, description, what the operations act on, Authentication; no README', () => {
    expect(docs.info?.description).toBe(
      [
        "[← All APIs](index.html) · [Sources, choices and repairs: where this spec differs from the vendor's page](vault-notes.html)",
        'Lists the user groups.',
        '**Groups**: User groups of the instance.',
        '## Authentication\n\n**bearer**: sent as `Authorization: Bearer <JWT>`.\n\nA JWT from `POST /login`.',
      ].join('\n\n'),
    );
  });

  it('gives every operation a TypeScript sample through its client, then a curl sample', () => {
    const samples = listGroups?.['x-codeSamples'] as { label: string; source: string }[];
    expect(samples.map((sample) => sample.label)).toEqual(['TypeScript', 'curl']);
    expect(samples[0]!.source).toContain("import { createVaultClient } from '@group-apis/vault';");
    expect(samples[1]!.source).toBe(
      `curl --globoff 'https://vault.local/groups.json?filter[has-users][0]=u-1&filter[has-users][1]=u-2&order=Group.name%20ASC' \\\n  -H "Authorization: Bearer $VAULT_ACCESS_TOKEN"`,
    );
  });

  it('shows deepObject examples in wire form, in the description, instead of as JSON', () => {
    const filter = (listGroups?.parameters ?? [])[0] as unknown as { description: string; examples?: unknown };
    expect(filter.examples).toBeUndefined();
    expect(filter.description).toBe('Filters the result.\n\nExamples, as sent:\n\n- Groups with a user: `filter[has-users][0]=u-1&filter[has-users][1]=u-2`');
  });

  it("turns the Markdown Redoc would show raw (server and example summaries) into text", () => {
    const [server] = docs.servers as unknown as { description: string; variables: { host: { description: string } } }[];
    expect(server!.description).toBe('A vault instance, see the guide (https://vault.invalid/guide).');
    expect(server!.variables.host.description).toBe('Host of the instance.');
    const order = (listGroups?.parameters ?? [])[1] as { examples: Record<string, { summary: string }> };
    expect(order.examples['byName']!.summary).toBe('By name');
  });

  it("shows a server URL that is one variable as its default, not as a path on the docs site's host", () => {
    const endpoint = { ...spec(), servers: [{ url: '{endpointUrl}', description: 'Not fixed.', variables: { endpointUrl: { default: 'https://inc-001.example.invalid' } } }] } as unknown as OpenApiDocument;
    const [server] = docsSpec({ document: endpoint, client, indexHref: 'index.html', notesHref: 'n.html' }).servers as unknown as { url: string; variables?: unknown }[];
    expect(server).toEqual({ url: 'https://inc-001.example.invalid', description: 'Not fixed.' });
  });

  it('leaves the spec it was given untouched', () => {
    expect(original).toEqual(spec());
  });
});

describe('notesSpec', () => {
  it('puts the README on a page of its own, with links back to the reference and the index, and no operations', () => {
    const notes = notesSpec({ document: spec(), readmeSection: '## Where this spec differs\n\nRepairs.', referenceHref: 'vault.html', indexHref: 'index.html' });
    expect(notes.info).toEqual({
      title: 'Vault Groups API: sources, choices and repairs',
      version: 'v2',
      description: '[← Vault Groups API reference](vault.html) · [All APIs](index.html)\n\n## Where this spec differs\n\nRepairs.',
    });
    expect(notes.paths).toEqual({});
  });
});
