import { describe, expect, it } from 'vitest';
import { README_SECTION_HEADING, readmeSection } from '../src/readme-section.js';

const README = `# Kore.ai Get Groups API spec

\`openapi.yaml\` here is the single source of truth for [the client](../../packages/kore-ai/README.md).

## Repairs

- Sample elided with \`..\`: see [the vendor page](https://docs.testmo.com/api/reference/groups) and [below](#choices).

### Detail

\`\`\`md
# not a heading inside a fence
[kept](./as-is.md)
\`\`\`
`;

describe('readmeSection', () => {
  const section = readmeSection(README, 'specs/kore-ai/README.md');

  it('opens with its own heading and names the README it came from', () => {
    expect(section.split('\n').slice(0, 3)).toEqual([
      `## ${README_SECTION_HEADING}`,
      '',
      "From `specs/kore-ai/README.md`: the page this spec was written from, every repair of its samples, every choice where",
    ]);
  });

  it("drops the README's title and nests its headings one level deeper", () => {
    expect(section).not.toContain('Kore.ai Get Groups API spec');
    expect(section).toContain('\n### Repairs\n');
    expect(section).toContain('\n#### Detail\n');
  });

  it('turns links into the repository into text and keeps web links and anchors', () => {
    expect(section).toContain('is the single source of truth for the client.');
    expect(section).toContain('[the vendor page](https://docs.testmo.com/api/reference/groups)');
    expect(section).toContain('[below](#choices)');
  });

  it('leaves fenced code as it is', () => {
    expect(section).toContain('```md\n# not a heading inside a fence\n[kept](./as-is.md)\n```');
  });
});
