import { fileURLToPath } from 'node:url';

// Where the site is and what its pages are called: shared by the build, `serve` and the tests.

export const INDEX_PAGE = 'index.html';

/** The reference page of an API, relative to the site root. */
export function pageOf(apiName: string): string {
  return `${apiName}.html`;
}

/** The page with an API's spec README (sources, choices, repairs), next to its reference. */
export function notesPageOf(apiName: string): string {
  return `${apiName}-notes.html`;
}

/** packages/docs/site: where the build writes the site and what `serve` and the tests serve. */
export function siteDir(): string {
  // src/ and dist/ both sit one level below the package folder.
  return fileURLToPath(new URL('../site', import.meta.url));
}
