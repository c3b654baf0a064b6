import { listOperations, type HttpMethod, type InfoObject, type OpenApiDocument } from '@group-apis/spec';

/** What the index page says about one API, all of it read from the spec. */
export interface ApiSummary {
  name: string;
  title: string;
  version: string;
  summary: string | undefined;
  vendor: string;
  vendorPage: { url: string; description: string };
  operations: { method: HttpMethod; path: string; heading: string }[];
}

// Words that name the kind of page rather than who publishes it ("Testmo API reference" -> "Testmo").
const PAGE_KIND_WORDS = new Set(['api', 'apis', 'documentation', 'docs', 'reference', 'connectors', 'developer', 'help', 'guide', 'portal']);

/**
 * The vendor's name: `info.x-vendor` when the spec sets it, otherwise the publisher named at the start of
 * `externalDocs.description` ("Microsoft Kaizala connectors reference, /groups" -> "Microsoft Kaizala").
 */
export function vendorOf(document: OpenApiDocument): string {
  const declared = infoOf(document)['x-vendor'];
  if (typeof declared === 'string' && declared.trim()) return declared.trim();
  const words = (document.externalDocs?.description ?? '').split(',')[0]!.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && PAGE_KIND_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length > 0) return words.join(' ');
  return new URL(vendorPageOf(document).url).hostname;
}

function vendorPageOf(document: OpenApiDocument): { url: string; description: string } {
  const url = document.externalDocs?.url;
  if (!url || !/^https?:\/\//.test(url)) {
    throw new Error(`${infoOf(document).title}: externalDocs.url must link the vendor's page (the index links every API to it)`);
  }
  return { url, description: document.externalDocs?.description ?? new URL(url).hostname };
}

/** The document's `info`, which the index and every page title need (redocly lint requires it). */
export function infoOf(document: OpenApiDocument): InfoObject {
  if (!document.info) throw new Error('The spec has no info object (title and version)');
  return document.info;
}

/** The heading Redoc gives an operation: its summary, else its operationId, else its path. */
export function operationHeading(path: string, operation: { summary?: string; operationId?: string }): string {
  return operation.summary || operation.operationId || path;
}

export function summarizeApi(name: string, document: OpenApiDocument): ApiSummary {
  return {
    name,
    title: infoOf(document).title,
    version: infoOf(document).version,
    summary: infoOf(document).summary,
    vendor: vendorOf(document),
    vendorPage: vendorPageOf(document),
    operations: listOperations(document, { order: 'document' }).map(({ method, path, object }) => ({
      method,
      path,
      heading: operationHeading(path, object),
    })),
  };
}
