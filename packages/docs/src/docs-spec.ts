import { listOperations, type OpenApiDocument } from '@group-apis/spec';
import { infoOf } from './api-summary.js';

export interface DocsSpecInput {
  document: OpenApiDocument;
  /** The spec README turned into a Markdown section (see readmeSection). */
  readmeSection: string;
  /** Relative URL of the site's index page. */
  indexHref: string;
}

/**
 * The copy of a spec that the reference page renders. The spec itself is not changed; this copy differs in
 * what the reader sees only:
 * - operations lose their tags: Redoc 3 folds every tagged group behind a "Show" button and opens one group at
 *   a time, so untagged operations are the way to have every operation and sample on the page at once. The
 *   tags' descriptions move into the introduction so nothing is lost;
 * - the introduction links back to the index and ends with the README's repairs and choices.
 */
export function docsSpec({ document, readmeSection, indexHref }: DocsSpecInput): OpenApiDocument {
  const copy = structuredClone(document);
  for (const { object } of listOperations(copy)) delete object.tags;
  const tagNotes = (copy.tags ?? [])
    .filter((tag) => tag.description?.trim())
    .map((tag) => `- **${tag.name}**: ${tag.description!.trim()}`);
  delete copy.tags;

  const introduction = [
    `[← All APIs](${indexHref})`,
    infoOf(copy).description?.trim() ?? '',
    tagNotes.length > 0 ? ['Operation groups:', '', ...tagNotes].join('\n') : '',
    readmeSection,
  ];
  copy.info = { ...infoOf(copy), description: introduction.filter(Boolean).join('\n\n') };
  return copy;
}
