import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { workTreeFiles } from './repo.js';

export interface TempRepo {
  root: string;
  path(relativePath: string): string;
  read(relativePath: string): string;
  write(relativePath: string, content: string): void;
  /** Every file outside node_modules, by repo-relative path, with a hash of its content. */
  snapshot(): Map<string, string>;
  remove(): void;
}

function openTempRepo(root: string): TempRepo {
  const path = (relativePath: string) => join(root, relativePath);
  return {
    root,
    path,
    read: (relativePath) => readFileSync(path(relativePath), 'utf8'),
    write(relativePath, content) {
      mkdirSync(dirname(path(relativePath)), { recursive: true });
      writeFileSync(path(relativePath), content);
    },
    snapshot() {
      const files = new Map<string, string>();
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.name === 'node_modules') continue;
          const full = join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else files.set(relative(root, full), createHash('sha1').update(readFileSync(full)).digest('hex'));
        }
      };
      walk(root);
      return files;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * node_modules for a copy of the repo: every installed package linked from the real one, but the workspace
 * links (@group-apis/*) pointing into the copy, as `npm install` would make them. Otherwise the copy's tests
 * would load the real tree's packages and read the real redocly.yaml.
 */
function linkNodeModules(source: string, copy: string): void {
  const target = join(copy, 'node_modules');
  // Never write through a node_modules that already exists: it could be a link to the real one.
  mkdirSync(target);
  mkdirSync(join(target, '@group-apis'));
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    if (entry !== '@group-apis') symlinkSync(join(source, 'node_modules', entry), join(target, entry));
  }
  for (const folder of readdirSync(join(copy, 'packages'))) {
    const manifest = join(copy, 'packages', folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
    symlinkSync(join(copy, 'packages', folder), join(target, name));
  }
}

/** A copy of the repo's work tree (what git would commit, no build outputs) in a temp folder. */
export function copyRepo(source: string): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'group-apis-copy-'));
  try {
    for (const file of workTreeFiles(source)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(join(source, file), join(root, file));
    }
    linkNodeModules(source, root);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return openTempRepo(root);
}

/** A bare repo with the real scripts, the given files, and the real node_modules linked in. */
export function createMiniRepo(source: string, files: Record<string, string>): TempRepo {
  const repo = openTempRepo(mkdtempSync(join(tmpdir(), 'group-apis-mini-')));
  try {
    cpSync(join(source, 'scripts'), repo.path('scripts'), { recursive: true });
    symlinkSync(join(source, 'node_modules'), repo.path('node_modules'));
    for (const [path, content] of Object.entries(files)) repo.write(path, content);
  } catch (error) {
    repo.remove();
    throw error;
  }
  return repo;
}
