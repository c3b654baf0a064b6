// What a reader of the site (or of a package on npm) cannot follow: material that lives next to the repository
// while specs are written but is not part of it. A page that cites one fails the build, with the file and line.

const UNSHIPPED: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bvendor-docs\b/, what: 'the vendor-docs captures, which the repository does not ship: name the vendor page (title, URL, date read)' },
  { pattern: /\.\.\/shared\b/, what: '../shared/, a folder outside the repository' },
  { pattern: /\bthe brief\b/i, what: '"the brief", a document the repository does not ship' },
];

/** `file:line: what` for every line of `text` that cites unshipped material. */
export function unshippedReferences(text: string, file: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { pattern, what } of UNSHIPPED) if (pattern.test(line)) found.push(`${file}:${index + 1}: cites ${what}`);
  });
  return found;
}
