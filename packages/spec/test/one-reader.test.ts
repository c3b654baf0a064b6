// redocly.yaml has one reader, this package: every other tool asks it. A second parser of the file is how seven
// entry shapes came about, so this test looks through the repository's code for one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from '../src/index.js';

const root = findRepoRoot();

/** Why `source` looks like it parses redocly.yaml itself, or undefined. */
function readsRedoclyYaml(source: string): string | undefined {
  const parsesOnTheSpot = source.split('\n').find((line) => /\b(parse|parseDocument|parseAllDocuments|load)\(.*redocly\.yaml/.test(line));
  if (parsesOnTheSpot) return `parses redocly.yaml: ${parsesOnTheSpot.trim()}`;
  const yamlParser = /import\s*\{[^}]*\b(parse|parseDocument)\b[^}]*\}\s*from\s*['"]yaml['"]/.test(source);
  const apisKey = source.split('\n').find((line) => /\.apis\b|\[['"]apis['"]\]|(get|set)\(['"]apis['"]/.test(line));
  if (yamlParser && apisKey) return `reads the \`apis\` of a parsed YAML document: ${apisKey.trim()}`;
  return undefined;
}

/** The code files git knows (committed or not ignored), outside this package's own source. */
function codeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((file) => /\.(m?js|ts)$/.test(file) && !file.startsWith('packages/spec/src/') && !file.includes('/generated/'))
    .filter((file) => !file.startsWith('packages/spec/test/'));
}

describe('redocly.yaml has one reader', () => {
  it('recognises the readers this package replaced (control cases)', () => {
    const scriptsApis = "import { parse } from 'yaml';\nconst config = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8'));";
    const twoSteps = "import { parseDocument } from 'yaml';\nconst apis = parseDocument(text).get('apis', true);";
    const parsedConfig = "import { parse } from 'yaml';\nconst config = parse(text) as Config;\nreturn Object.keys(config.apis ?? {});";
    for (const source of [scriptsApis, twoSteps, parsedConfig]) expect(readsRedoclyYaml(source), source).toBeDefined();
    expect(readsRedoclyYaml("import { stringify } from 'yaml';\nwrite('redocly.yaml', stringify({ apis }));")).toBeUndefined();
  });

  it('is @group-apis/spec: no other code in the repository parses it', () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(100);
    const readers = files.flatMap((file) => {
      const why = readsRedoclyYaml(readFileSync(join(root, file), 'utf8'));
      return why ? [`${file}: ${why}`] : [];
    });
    expect(readers).toEqual([]);
  });
});
