// Writes a plan to disk; if any write fails, removes what it created and restores what it edited.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folders of `paths` that do not exist yet, outermost first: what a rollback removes with them. */
function missingFolders(root, paths) {
  const missing = new Set();
  for (const path of paths) {
    const parts = dirname(path).split('/');
    for (let depth = 1; depth <= parts.length; depth += 1) {
      const folder = parts.slice(0, depth).join('/');
      if (!existsSync(join(root, folder))) {
        missing.add(folder);
        break;
      }
    }
  }
  return [...missing];
}

export function writePlan(root, plan) {
  const newFolders = missingFolders(root, plan.files.keys());
  const created = [];
  const edited = [];
  try {
    for (const [path, content] of plan.files) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content, { flag: 'wx' });
      created.push(target);
    }
    for (const [path, { after }] of plan.edits) {
      edited.push(path);
      writeFileSync(join(root, path), after);
    }
  } catch (error) {
    for (const target of created) rmSync(target, { force: true });
    for (const folder of newFolders) rmSync(join(root, folder), { recursive: true, force: true });
    for (const path of edited) writeFileSync(join(root, path), plan.edits.get(path).before);
    throw error;
  }
}
