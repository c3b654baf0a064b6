// Turns a folder of TypeScript into runnable ES modules under bench/.cache, keyed by a hash of the
// sources, without type-checking (the owning package's own build does that). With isolatedModules
// sources, as in this repo, the output is what `tsc` would emit.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';


const require = createRequire(import.meta.url);

export const cacheRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.cache');

/**
 * @param {string} dir
 * @returns {string[]} absolute paths of the .ts files below dir (declaration files excluded)
 */
function typescriptFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...typescriptFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files.sort();
}

/**
 * @param {readonly string[]} parts
 */
export function hashOf(parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * @param {string} sourceDir
 * @param {string} name cache folder prefix
 * @returns {Promise<string>} the folder holding the .js files, mirroring sourceDir
 */
export async function transpileTree(sourceDir, name) {
  // Loaded only on a cache miss: importing the compiler costs a second.
  const files = typescriptFiles(sourceDir);
  if (files.length === 0) throw new Error(`${sourceDir} holds no TypeScript sources`);
  const sources = files.map((file) => [relative(sourceDir, file), readFileSync(file, 'utf8')]);
  const outDir = join(cacheRoot, `${name}-${hashOf([typescriptVersion(), ...sources.flat()])}`);
  if (existsSync(outDir)) return outDir;
  const { default: ts } = await import('typescript');
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  for (const [file, source] of sources) {
    const { outputText } = ts.transpileModule(/** @type {string} */ (source), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, sourceMap: false },
      fileName: file,
    });
    const target = join(staging, /** @type {string} */ (file).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // Another bench run may have finished the same folder meanwhile; either copy is complete.
  if (existsSync(outDir)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, outDir);
  return outDir;
}

function typescriptVersion() {
  return JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
}
