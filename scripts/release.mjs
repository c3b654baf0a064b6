#!/usr/bin/env node
// `npm run release`: builds and tests everything, then publishes every public package whose version is not
// on the registry yet (`changeset publish`, which also tags each release). Run `npx changeset version` and
// commit the bumped versions and changelogs first: pending changesets stop a real release.
//
// `npm run release -- --dry-run` does the same build and test, publishes nothing, and shows what would be
// published: per package, `npm publish --dry-run` (exactly the files of its tarball) and whether that
// version is already on the registry. `--skip-verify` (dry runs only) skips the build and test, to look at
// the file lists of what is built now. Never run by the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '@group-apis/spec';

// The repository this script belongs to (a copy of it in the scripts' own tests).
const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

const USAGE = 'usage: npm run release [-- --dry-run [--skip-verify]]';

function parseArgs(argv) {
  const known = new Set(['--dry-run', '--skip-verify', '--help']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')}\n${USAGE}`);
  const options = { dryRun: argv.includes('--dry-run'), skipVerify: argv.includes('--skip-verify'), help: argv.includes('--help') };
  if (options.skipVerify && !options.dryRun) throw new Error(`--skip-verify is only for --dry-run: a release is always built and tested.\n${USAGE}`);
  return options;
}

/** Every workspace package that is not private, as `changeset publish` sees them. */
function publicPackages() {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir)
    .map((folder) => join(packagesDir, folder))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

function pendingChangesets() {
  const dir = join(repoRoot, '.changeset');
  return readdirSync(dir).filter((file) => file.endsWith('.md') && file !== 'README.md');
}

function step(title, command, args) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}); nothing was published.`);
    process.exit(result.status || 1);
  }
}

/** Whether name@version is on the registry: true, false, or undefined when the registry did not answer. */
function isPublished(name, version) {
  const result = spawnSync('npm', ['view', `${name}@${version}`, 'version', '--json'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status === 0) return result.stdout.trim().length > 0;
  return /E404|404 Not Found/.test(result.stderr) ? false : undefined;
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
const pending = pendingChangesets();
if (pending.length > 0) {
  const message = `${pending.length} changeset(s) not yet applied (${pending.join(', ')}): run \`npx changeset version\`, review and commit the new versions and CHANGELOGs, then release.`;
  if (!options.dryRun) {
    console.error(`✖ ${message}`);
    process.exit(1);
  }
  console.log(`note: ${message}\n      The versions below are the current ones; \`npx changeset status --verbose\` shows the bumps.`);
}

if (!options.skipVerify) {
  // A fresh build: no file of a deleted module can linger in dist/ and be published (turbo restores or rebuilds).
  for (const { dir } of packages) rmSync(join(dir, 'dist'), { recursive: true, force: true });
  step('Build', 'npm', ['run', 'build']);
  step('Test', 'npm', ['test']);
}

const workspaceArgs = packages.flatMap(({ manifest }) => ['--workspace', manifest.name]);
if (options.dryRun) {
  step('What each package would publish', 'npm', ['publish', '--dry-run', ...workspaceArgs]);
  console.log('\nchangeset publish would publish (versions not on the registry yet):');
  for (const { manifest } of packages) {
    const published = isPublished(manifest.name, manifest.version);
    const verdict = published === undefined ? 'unknown: the registry did not answer' : published ? 'already published, skipped' : 'would publish';
    console.log(`  ${manifest.name}@${manifest.version}: ${verdict}`);
  }
  console.log('\nDry run: nothing was published. To install these before they are published, `npm run pack` writes the tarballs and prints the `npm install` lines.');
} else {
  step('Publish', join(repoRoot, 'node_modules', '.bin', 'changeset'), ['publish']);
  console.log('\nPublished. Push the release tags changeset created: git push --follow-tags');
}
