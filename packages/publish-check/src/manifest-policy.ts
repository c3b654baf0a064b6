import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackedFile } from './pack.js';
import type { PackageManifest, WorkspacePackage } from './workspace.js';

const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
// npm always packs these from the package folder.
const ALWAYS_PACKED = /^(package\.json|README(\.md)?|LICEN[CS]E(\.md|\.txt)?|CHANGELOG\.md)$/i;

function field<T>(manifest: PackageManifest, name: string): T | undefined {
  return manifest[name] as T | undefined;
}

/** What a published package's package.json must say; one line per breach, none when it complies. */
export function manifestProblems({ folder, manifest }: WorkspacePackage, versions: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => ok || problems.push(problem);

  expect(manifest.name === `@group-apis/${folder}`, `name must be @group-apis/${folder}`);
  expect(EXACT_VERSION.test(manifest.version), 'version must be semver');
  for (const name of ['description', 'license', 'author', 'homepage']) {
    expect(typeof manifest[name] === 'string' && (manifest[name] as string).length > 0, `${name} is missing`);
  }
  expect(manifest.license === 'MIT', 'license must be MIT (LICENSE at the repository root)');
  expect((field<string[]>(manifest, 'keywords')?.length ?? 0) > 0, 'keywords are missing');
  expect(typeof field<{ url?: string }>(manifest, 'bugs')?.url === 'string', 'bugs.url is missing');
  const repository = field<{ type?: string; url?: string; directory?: string }>(manifest, 'repository');
  expect(repository?.type === 'git' && typeof repository.url === 'string', 'repository must be { type: "git", url }');
  expect(repository?.directory === `packages/${folder}`, `repository.directory must be packages/${folder}`);

  expect(manifest.type === 'module', 'type must be "module" (ESM only)');
  expect(manifest.sideEffects === false, 'sideEffects must be false');
  expect(field<{ node?: string }>(manifest, 'engines')?.node === '>=20.19', 'engines.node must be ">=20.19" (require(esm))');
  expect(field<{ access?: string }>(manifest, 'publishConfig')?.access === 'public', 'publishConfig.access must be "public"');
  expect(Array.isArray(manifest.files) && (manifest.files as unknown[]).length > 0, 'files must list what is published');

  const root = field<Record<string, Record<string, string> | string>>(manifest, 'exports')?.['.'];
  if (typeof root !== 'object') {
    problems.push('exports["."] must be an object of conditions');
  } else {
    const conditions = Object.keys(root);
    expect(conditions[0] === 'types', 'exports["."]: "types" must come first');
    expect(conditions.at(-1) === 'default', 'exports["."]: "default" must come last');
    expect(manifest.types === root.types, 'types must match exports["."].types');
    expect(manifest.main === root.default, 'main must match exports["."].default');
  }

  const scripts = field<Record<string, string>>(manifest, 'scripts') ?? {};
  for (const script of INSTALL_SCRIPTS) expect(!(script in scripts), `scripts.${script}: no install scripts in a published package`);
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    expect(EXACT_VERSION.test(range), `dependencies.${name}: "${range}" must be an exact version`);
    const local = versions.get(name);
    if (local !== undefined) expect(range === local, `dependencies.${name}: "${range}" must be the workspace's version ${local}`);
    expect(!(name in (manifest.devDependencies ?? {})), `${name} is in both dependencies and devDependencies`);
  }
  return problems;
}

/**
 * What is wrong with the tarball's file list: a missing LICENSE, anything but package.json/README/LICENSE,
 * dist/ and a JavaScript package's src/*.js, source maps, and any dist/*.js or .d.ts without its src/*.ts (a stale build of a deleted module).
 */
export function packedFileProblems(packageDir: string, files: readonly PackedFile[]): string[] {
  const problems: string[] = [];
  // MIT asks for the notice in every copy: the tarball carries it (npm packs LICENSE from the package folder only).
  if (!files.some(({ path }) => /^LICEN[CS]E(\.md|\.txt)?$/i.test(path))) problems.push('LICENSE: missing (copy the repository root LICENSE into the package folder)');
  for (const { path } of files) {
    if (ALWAYS_PACKED.test(path)) continue;
    // A package written in JavaScript (@group-apis/spec, which scripts load before any build) publishes its src/*.js.
    if (/^src\/.+\.js$/.test(path)) continue;
    if (!path.startsWith('dist/')) {
      problems.push(`${path}: only dist/ (and the src/*.js of a package written in JavaScript) is published`);
      continue;
    }
    if (path.endsWith('.map')) {
      problems.push(`${path}: source maps point at src/, which is not published`);
      continue;
    }
    const compiled = /^dist\/(.+?)(\.d\.ts|\.js)$/.exec(path);
    const sources = compiled ? [`${compiled[1]}.ts`, `${compiled[1]}.js`] : [];
    if (compiled && !sources.some((source) => existsSync(join(packageDir, 'src', source)))) problems.push(`${path}: no src/${compiled[1]}.ts (stale build output)`);
    // Maps are not shipped, so a comment naming one only makes bundlers warn (tsconfig.base.json emits none).
    else if (compiled && /^\/\/# sourceMappingURL=/m.test(readFileSync(join(packageDir, path), 'utf8'))) problems.push(`${path}: names a source map the tarball lacks`);
  }
  return problems;
}

/**
 * The README's "Runtime dependencies" section: every runtime dependency is named there with the reason a
 * consumer installs it.
 */
export function unjustifiedDependencies(packageDir: string, manifest: PackageManifest): string[] {
  const readmePath = join(packageDir, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
  const section = /^#{2,3} Runtime dependencies.*$([\s\S]*?)(?=^#{1,3} |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
  return Object.keys(manifest.dependencies ?? {}).filter((name) => !section.includes(name));
}
