import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { loadSpec, looksLikeSpecPath, parseApis } from '@group-apis/spec';
import type { SpecChange } from './change.js';
import { declaredMajors, packageNameOf, readChangesets, type ChangesetFile } from './changesets.js';
import { diffSpecs } from './diff-specs.js';
import { assertCommit, exportAtRef, gitRoot, listAtRef, readAtRef } from './git.js';

export interface ApiDiff {
  api: string;
  /** The spec's path relative to the repository root. */
  spec: string;
  changes: SpecChange[];
  /** The changeset that declares a major bump for the API's package, which makes its breaking changes expected. */
  declaredBy?: string;
}

export interface DiffReport {
  base: string;
  /** A git ref, or "working tree". */
  head: string;
  apis: ApiDiff[];
}

export interface DiffOptions {
  base: string;
  /** Compare with this ref instead of the working tree. */
  head?: string;
  /** API names (from redocly.yaml) or spec paths; default: every API redocly.yaml lists at either side. */
  apis?: string[];
  cwd?: string;
}

interface Side {
  /** Where the side's files are on disk (the repository, or an export of a ref). */
  dir: string;
  ref?: string;
}

function apiEntriesAt(root: string, side: Side): Map<string, string> {
  const text = side.ref ? readAtRef(root, side.ref, 'redocly.yaml') : existsSync(join(root, 'redocly.yaml')) ? readFileSync(join(root, 'redocly.yaml'), 'utf8') : undefined;
  if (text === undefined) return new Map();
  return new Map(parseApis(text, '').map((entry) => [entry.name, entry.spec.replace(/^[\\/]/, '')]));
}

function topFolder(path: string): string {
  const [first, ...rest] = path.split(/[\\/]/);
  return rest.length > 0 ? first! : path;
}

function changesetsAt(root: string, head: Side): ChangesetFile[] {
  if (!head.ref) return readChangesets(root);
  return listAtRef(root, head.ref, '.changeset')
    .filter((path) => path.endsWith('.md') && !/readme\.md$/i.test(path))
    .map((path) => ({ path, text: readAtRef(root, head.ref!, path) ?? '' }));
}

async function loadSide(side: Side, spec: string): Promise<Awaited<ReturnType<typeof loadSpec>> | undefined> {
  const path = join(side.dir, spec);
  if (!existsSync(path)) return undefined;
  try {
    return await loadSpec(path);
  } catch (error) {
    // Name files of an exported ref as git does ("main:specs/x/openapi.yaml"), not by their scratch copy.
    if (side.ref && error instanceof UsageError) throw new UsageError(error.message.split(`${side.dir}${sep}`).join(`${side.ref}:`));
    throw error;
  }
}

/** One spec to compare: where it is at each side (undefined when that side does not list it). */
interface Target {
  api: string;
  baseSpec?: string;
  headSpec?: string;
  /** Given as a file path (a repository without redocly.yaml): no package, so no changeset applies. */
  isPath: boolean;
}

function targetsOf(options: DiffOptions, root: string, baseApis: Map<string, string>, headApis: Map<string, string>): Target[] {
  const known = [...new Set([...headApis.keys(), ...baseApis.keys()])];
  return (options.apis ?? known).map((api) => {
    if (!looksLikeSpecPath(api)) {
      if (!known.includes(api)) throw new UsageError(`unknown API "${api}" (redocly.yaml lists: ${known.join(', ')})`);
      return { api, baseSpec: baseApis.get(api), headSpec: headApis.get(api), isPath: false };
    }
    const spec = relative(root, resolve(options.cwd ?? process.cwd(), api)).split(sep).join('/');
    if (spec.startsWith('..')) throw new UsageError(`${api} is outside the repository ${root}`);
    return { api: spec, baseSpec: spec, headSpec: spec, isPath: true };
  });
}

async function compareTarget(target: Target, base: Side, head: Side, labels: { base: string; head: string }): Promise<SpecChange[]> {
  const after = target.headSpec ? await loadSide(head, target.headSpec) : undefined;
  if (target.headSpec && !after) throw new UsageError(`spec not found: ${target.headSpec}${target.isPath ? '' : ` (listed for "${target.api}" in redocly.yaml)`}`);
  const before = target.baseSpec ? await loadSide(base, target.baseSpec) : undefined;
  if (before && after) return diffSpecs(before, after);
  if (after) return [{ kind: 'api-added', severity: 'non-breaking', location: 'spec', message: `new API (no spec at ${labels.base})` }];
  return [{ kind: 'api-removed', severity: 'breaking', location: 'spec', message: `API removed (its spec is gone from ${labels.head})` }];
}

/**
 * Compares each spec with its version at `base` (and `head`, or the working tree), lists breaking and
 * non-breaking changes, and notes which APIs declare their breaking changes with a major changeset.
 */
export async function diffRepository(options: DiffOptions): Promise<DiffReport> {
  const root = gitRoot(options.cwd ?? process.cwd());
  assertCommit(root, options.base);
  if (options.head) assertCommit(root, options.head);
  const scratch = mkdtempSync(join(tmpdir(), 'group-apis-contract-diff-'));
  try {
    const base: Side = { dir: join(scratch, 'base'), ref: options.base };
    const head: Side = options.head ? { dir: join(scratch, 'head'), ref: options.head } : { dir: root };
    const targets = targetsOf(options, root, apiEntriesAt(root, base), apiEntriesAt(root, head));
    const folders = [...new Set(targets.flatMap((target) => [target.baseSpec, target.headSpec]).filter((spec): spec is string => !!spec).map(topFolder))];
    exportAtRef(root, options.base, folders, base.dir);
    if (head.ref) exportAtRef(root, head.ref, folders, head.dir);

    const declared = declaredMajors(changesetsAt(root, head));
    const report: DiffReport = { base: options.base, head: options.head ?? 'working tree', apis: [] };
    for (const target of targets) {
      const changes = await compareTarget(target, base, head, report);
      const declaredBy = target.isPath ? undefined : declared.get(packageNameOf(target.api));
      report.apis.push({ api: target.api, spec: (target.headSpec ?? target.baseSpec)!, changes, ...(declaredBy ? { declaredBy } : {}) });
    }
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Breaking changes not declared by a major changeset: what fails the check. */
export function undeclaredBreaking(report: DiffReport): Array<{ api: ApiDiff; change: SpecChange }> {
  return report.apis.flatMap((api) => (api.declaredBy ? [] : api.changes.filter((change) => change.severity === 'breaking').map((change) => ({ api, change }))));
}
