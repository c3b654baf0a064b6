#!/usr/bin/env node
// `npm run pack`: the public packages as installable tarballs in one folder (default `packed/`), for installing
// before they are on a registry. Prints, per package, the `npm install` line that installs it with the tarballs of
// the @group-apis packages it depends on: npm would look those up on the registry otherwise (E404 until published).
//
//   npm run pack                      build (turbo, cached), then pack into packed/
//   npm run pack -- --out ../tarballs into another folder
//   npm run pack -- --skip-build      pack what is built now
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '@group-apis/spec';

// The repository this script belongs to (a copy of it in the scripts' own tests).
const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

const USAGE = 'usage: npm run pack [-- [--out <folder>] [--skip-build]]';

function parseArgs(argv) {
  const options = { out: join(repoRoot, 'packed'), skipBuild: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--out' && argv[index + 1]) options.out = resolve(argv[++index]);
    else if (arg === '--help') options.help = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

/** Every public workspace package, by name. */
function publicPackages(root = repoRoot) {
  const packagesDir = join(root, 'packages');
  return new Map(
    readdirSync(packagesDir)
      .map((folder) => join(packagesDir, folder))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
      .filter(({ manifest }) => manifest.private !== true)
      .map((pkg) => [pkg.manifest.name, pkg]),
  );
}

/** The package and the workspace packages it needs at run time, dependencies first. */
function installOrder(name, packages) {
  const order = [];
  const visit = (current) => {
    if (order.includes(current)) return;
    for (const dependency of Object.keys(packages.get(current)?.manifest.dependencies ?? {})) if (packages.has(dependency)) visit(dependency);
    order.push(current);
  };
  visit(name);
  return order;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
  if (result.status !== 0) {
    console.error(`✖ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  return result.stdout;
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const packages = publicPackages();
if (!options.skipBuild) run('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
for (const { dir, manifest } of packages.values()) {
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`✖ ${manifest.name} is not built (${relative(repoRoot, dir)}/dist is missing): run \`npm run build\`, or drop --skip-build.`);
    process.exit(1);
  }
}

mkdirSync(options.out, { recursive: true });
const names = [...packages.keys()].sort();
// This run's tarballs replace any earlier ones of these packages, whatever their version.
const stale = readdirSync(options.out).filter((file) => names.some((name) => file.startsWith(`${name.replace(/^@/, '').replace('/', '-')}-`) && file.endsWith('.tgz')));
for (const file of stale) rmSync(join(options.out, file));
const packed = JSON.parse(run('npm', ['pack', ...names.flatMap((name) => ['--workspace', name]), '--pack-destination', options.out, '--json']));
const tarballs = new Map(packed.map((entry) => [entry.name, join(options.out, entry.filename)]));

const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
console.log(`Packed ${tarballs.size} packages into ${shown(options.out)}:`);
for (const [name, tarball] of tarballs) console.log(`  ${name}: ${shown(tarball)}`);
console.log('\nUntil they are on a registry, install one in your project with its @group-apis dependencies:');
for (const name of names) {
  console.log(`  # ${name}`);
  console.log(`  npm install ${installOrder(name, packages).map((dependency) => tarballs.get(dependency)).join(' ')}`);
}
