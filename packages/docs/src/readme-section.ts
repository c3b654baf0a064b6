// Turns specs/<api>/README.md into a section of the reference page's introduction.

export const README_SECTION_HEADING = "Where this spec differs from the vendor's page";

const ABSOLUTE_OR_ANCHOR = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

/**
 * The README's body under one heading of its own: its title dropped, its headings one level deeper so they
 * nest under that heading, and links into the repository turned into plain text (they do not exist on the
 * published site). Fenced code blocks are left as they are.
 */
export function readmeSection(readme: string, relativeTo: string): string {
  const lines = readme.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let titleDropped = false;
  for (const line of lines) {
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1]!.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fence !== undefined) {
      out.push(line);
      continue;
    }
    if (!titleDropped && /^#\s/.test(line)) {
      titleDropped = true;
      continue;
    }
    const heading = /^(#{1,5})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(`#${heading[1]} ${heading[2]}`);
      continue;
    }
    out.push(unlinkRepositoryLinks(line));
  }
  const body = out.join('\n').trim();
  return [
    `## ${README_SECTION_HEADING}`,
    '',
    `From \`${relativeTo}\`: the page this spec was written from, every repair of its samples, every choice where`,
    'the page was unclear, and everything inferred rather than documented.',
    '',
    body,
  ].join('\n');
}

function unlinkRepositoryLinks(line: string): string {
  return line.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (whole, bang: string, text: string, target: string) => {
    if (ABSOLUTE_OR_ANCHOR.test(target)) return whole;
    return bang ? '' : text;
  });
}
