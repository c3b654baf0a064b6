import { describe, expect, it } from 'vitest';
import { plainText } from '../src/plain-text.js';
import { unshippedReferences } from '../src/unshipped-references.js';

describe('unshippedReferences', () => {
  it('names file, line and what cannot be opened: vendor-docs captures, ../shared, "the brief"', () => {
    const readme = ['# Spec', '', '- Capture: `../shared/vendor-docs/003.txt`', 'As the brief says, `..` is elided.', '- Page: https://docs.testmo.com/api/reference/groups'].join('\n');
    expect(unshippedReferences(readme, 'specs/testmo/README.md')).toEqual([
      'specs/testmo/README.md:3: cites the vendor-docs captures, which the repository does not ship: name the vendor page (title, URL, date read)',
      'specs/testmo/README.md:3: cites ../shared/, a folder outside the repository',
      'specs/testmo/README.md:4: cites "the brief", a document the repository does not ship',
    ]);
  });

  it('lets vendor pages and the repository own files through', () => {
    expect(unshippedReferences('Recorded in `specs/testmo/README.md`; see <https://docs.testmo.com/>. A briefing.', 'x')).toEqual([]);
  });
});

describe('plainText', () => {
  it('shows inline Markdown as the text a reader should see', () => {
    expect(plainText("A `vault` **instance**, see [the guide](https://x.invalid/g) or <https://x.invalid/h>.\n(`GET /a`)")).toBe(
      'A vault instance, see the guide (https://x.invalid/g) or https://x.invalid/h. (GET /a)',
    );
  });
});
