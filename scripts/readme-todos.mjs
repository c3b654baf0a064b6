// The TODOs new-api leaves in an API's READMEs (specs/<api>/README.md, packages/<api>/README.md): the docs site
// shows the first and npm the second, so lint refuses them as it refuses the spec's.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TODO = /\bTODO\b/;

/** Every line of the API's READMEs with a TODO, as `file:line: text` (file relative to the repo root). */
export function readmeTodos(repoRoot, api) {
  const found = [];
  for (const file of [api.readmePath, join(api.packageDir, 'README.md')]) {
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (TODO.test(text)) found.push(`${relative(repoRoot, file)}:${index + 1}: ${text.trim()}`);
    });
  }
  return found;
}
