import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ChangesetFile {
  path: string;
  text: string;
}

/** The package names a changeset bumps by a major version, from its frontmatter (`"@group-apis/x": major`). */
export function majorBumps(text: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ''));
  if (!frontmatter) return [];
  let parsed: unknown;
  try {
    parsed = parse(frontmatter[1]!);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([, bump]) => bump === 'major')
    .map(([name]) => name);
}

/** The changeset files in a working tree's `.changeset/` folder (README.md excluded). */
export function readChangesets(root: string): ChangesetFile[] {
  const folder = join(root, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .map((file) => ({ path: `.changeset/${file}`, text: readFileSync(join(folder, file), 'utf8') }));
}

/** For each package, the first changeset that declares a major bump for it. */
export function declaredMajors(changesets: ChangesetFile[]): Map<string, string> {
  const declared = new Map<string, string>();
  for (const changeset of changesets) {
    for (const name of majorBumps(changeset.text)) if (!declared.has(name)) declared.set(name, changeset.path);
  }
  return declared;
}

/** The package whose major bump declares breaking changes to an API's spec. */
export function packageNameOf(api: string): string {
  return `@group-apis/${api}`;
}
