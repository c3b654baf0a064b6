// Writes a plan to disk; if any write fails, removes what it created and restores redocly.yaml.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writePlan(root, plan) {
  const createdDirs = [join(root, 'specs', plan.api.name), join(root, 'packages', plan.api.name)];
  const redoclyPath = join(root, 'redocly.yaml');
  try {
    for (const [path, content] of plan.files) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content, { flag: 'wx' });
    }
    writeFileSync(redoclyPath, plan.redoclyYaml.after);
  } catch (error) {
    for (const dir of createdDirs) rmSync(dir, { recursive: true, force: true });
    writeFileSync(redoclyPath, plan.redoclyYaml.before);
    throw error;
  }
}
