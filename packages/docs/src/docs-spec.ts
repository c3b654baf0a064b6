import { codeSamples, type SampleClient } from './code-samples.js';
import { listOperations, resolveLocal, type OpenApiDocument, type ParameterObject } from '@group-apis/spec';
import { infoOf } from './api-summary.js';
import { plainText } from './plain-text.js';
import { queryPairs } from './wire-form.js';

export interface DocsSpecInput {
  document: OpenApiDocument;
  /** The API's client, which the TypeScript samples call. */
  client: SampleClient;
  /** Relative URL of the site's index page. */
  indexHref: string;
  /** Relative URL of the page with the spec README (sources, choices, repairs). */
  notesHref: string;
}

interface SecurityScheme {
  type?: string;
  scheme?: string;
  bearerFormat?: string;
  in?: string;
  name?: string;
  description?: string;
}

function describeScheme(name: string, scheme: SecurityScheme): string {
  let how: string;
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') how = `\`Authorization: Bearer <${scheme.bearerFormat ?? 'token'}>\``;
  else if (scheme.type === 'apiKey') how = `the \`${scheme.name}\` ${scheme.in === 'cookie' ? 'cookie' : scheme.in === 'query' ? 'query parameter' : 'header'}`;
  else how = `${scheme.type ?? 'unknown'}${scheme.scheme ? ` (${scheme.scheme})` : ''}`;
  // Bold, not a heading: a heading per scheme would be a sidebar entry between the introduction and the operations.
  return [`**${name}**: sent as ${how}.`, '', scheme.description?.trim() ?? ''].join('\n').trim();
}

function authenticationSection(document: OpenApiDocument): string {
  const schemes = Object.entries((document.components?.['securitySchemes'] ?? {}) as Record<string, SecurityScheme>);
  if (schemes.length === 0) return '## Authentication\n\nNone: the operations need no credentials.';
  return ['## Authentication', ...schemes.map(([name, scheme]) => describeScheme(name, scheme))].join('\n\n');
}

/**
 * Redoc shows server and example summaries as plain text: their Markdown is turned into text. A server URL that
 * is one variable (Kaizala's `{endpointUrl}`) would show as a path on the docs site's own host: it shows its
 * default instead, and the description says what it stands for.
 */
function plainServers(copy: OpenApiDocument): void {
  const servers = (copy['servers'] ?? []) as { url: string; description?: string; variables?: Record<string, { default?: string; description?: string }> }[];
  for (const server of servers) {
    const whole = /^\{([^}]+)\}$/.exec(server.url);
    const fallback = whole ? server.variables?.[whole[1]!]?.default : undefined;
    if (fallback !== undefined) {
      server.url = fallback;
      delete server.variables;
    }
    if (server.description) server.description = plainText(server.description);
    for (const variable of Object.values(server.variables ?? {})) if (variable.description) variable.description = plainText(variable.description);
  }
}

function plainExampleSummaries(node: unknown, seen = new WeakSet<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  const examples = record['examples'];
  if (examples && typeof examples === 'object' && !Array.isArray(examples)) {
    for (const example of Object.values(examples as Record<string, { summary?: unknown }>)) {
      if (example && typeof example.summary === 'string') example.summary = plainText(example.summary);
    }
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'value' && key !== 'example') plainExampleSummaries(child, seen);
}

type DescribedParameter = ParameterObject & { description?: string };

/**
 * A deepObject parameter's examples as the reader sends them (`filter[has-users][0]=…`): Redoc would show
 * them as JSON (`filter={"has-users":[…]}`), which no server reads. They move into the description.
 */
function deepObjectExamplesInWireForm(copy: OpenApiDocument): void {
  const seen = new Set<DescribedParameter>();
  const parameterLists = [
    ...listOperations(copy).flatMap(({ object, pathItem }) => [object.parameters ?? [], pathItem.parameters ?? []]),
    [...Object.values(copy.components?.['parameters'] ?? {})] as ParameterObject[],
  ];
  for (const list of parameterLists) {
    for (const item of list) {
      const parameter = resolveLocal<DescribedParameter>(copy, item);
      if (seen.has(parameter) || parameter.style !== 'deepObject') continue;
      seen.add(parameter);
      const examples = Object.values(parameter.examples ?? {}).map((example) => resolveLocal(copy, example));
      if (parameter.example !== undefined) examples.unshift({ value: parameter.example });
      if (examples.length === 0) continue;
      const lines = examples.map(({ summary, value }) => `- ${summary ? `${plainText(summary)}: ` : ''}\`${queryPairs(parameter, value).join('&')}\``);
      parameter.description = [parameter.description?.trim() ?? '', `Examples, as sent:\n\n${lines.join('\n')}`].filter(Boolean).join('\n\n');
      delete parameter.examples;
      delete parameter.example;
    }
  }
}

/**
 * The copy of a spec that the reference page renders. The spec itself is not changed; this copy differs in
 * what the reader sees only:
 * - the introduction is short and in one order for every API: links to the index and to the notes page (the
 *   spec README), the spec's description, what the operations act on, then Authentication; the operations follow;
 * - every operation has its request samples (`x-codeSamples`): the call through the client, and curl;
 * - operations lose their tags: Redoc 3 folds every tagged group behind a "Show" button;
 * - Markdown that Redoc would show raw (server and example summaries) is plain text; deepObject examples are
 *   in wire form.
 */
export function docsSpec({ document, client, indexHref, notesHref }: DocsSpecInput): OpenApiDocument {
  const copy = structuredClone(document);
  for (const entry of listOperations(copy)) {
    delete entry.object.tags;
    entry.object['x-codeSamples'] = codeSamples(client, document, entry);
  }
  const tagNotes = (copy.tags ?? []).filter((tag) => tag.description?.trim()).map((tag) => `**${tag.name}**: ${tag.description!.trim()}`);
  delete copy.tags;
  plainServers(copy);
  deepObjectExamplesInWireForm(copy);
  plainExampleSummaries(copy);

  const introduction = [
    `[← All APIs](${indexHref}) · [Sources, choices and repairs: where this spec differs from the vendor's page](${notesHref})`,
    infoOf(copy).description?.trim() ?? '',
    ...tagNotes,
    authenticationSection(copy),
  ];
  copy.info = { ...infoOf(copy), description: introduction.filter(Boolean).join('\n\n') };
  return copy;
}

/** The notes page: the spec README on a page of its own, linked from and back to the reference. */
export function notesSpec({ document, readmeSection, referenceHref, indexHref }: { document: OpenApiDocument; readmeSection: string; referenceHref: string; indexHref: string }): OpenApiDocument {
  const { title, version } = infoOf(document);
  return {
    openapi: document.openapi,
    info: {
      title: `${title}: sources, choices and repairs`,
      version,
      description: [`[← ${title} reference](${referenceHref}) · [All APIs](${indexHref})`, readmeSection].join('\n\n'),
    },
    paths: {},
  };
}
