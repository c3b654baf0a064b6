import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath, loadSpec, looksLikeSpecPath, parseApis } from '@group-apis/spec';
import { DEFAULT_ACCEPT_FILE, findAcceptance, parseAcceptedChanges, type AcceptedChange } from './accepted.js';
import type { SpecChange } from './change.js';
import { declaredMajors, packageNameOf, readChangesets, type ChangesetFile } from './changesets.js';
import { diffSpecs } from './diff-specs.js';
import { assertCommit, exportAtRef, gitRoot, listAtRef, readAtRef } from './git.js';

/** A change as reported: with the reason from the accepted-changes file that accepts it, if one does. */
export type ReportedChange = SpecChange & { accepted?: string };

export interface ApiDiff {
  api: string;
  /** The spec's path relative to the repository root (or as given, comparing two files). */
  spec: string;
  changes: ReportedChange[];
  /** The package a major changeset would declare this API's breaking changes for (a redocly.yaml API with a `packages/<api>` client, in a repository that uses changesets). */
  changesetPackage?: string;
  /** The changeset that declares a major bump for the API's package, which makes its breaking changes expected. */
  declaredBy?: string;
}

export interface DiffReport {
  base: string;
  /** A git ref, "working tree", or a file path. */
  head: string;
  apis: ApiDiff[];
  /** The accepted-changes file read, if there is one. */
  acceptFile?: string;
  /** Entries of the accepted-changes file that accepted nothing: stale, to be removed. */
  unusedAcceptances?: AcceptedChange[];
}

export interface DiffOptions {
  /** The git ref to compare with; without it, `specs` must be two files: old and new. */
  base?: string;
  /** Compare with this ref instead of the working tree. */
  head?: string;
  /** API names (from redocly.yaml) or spec paths; default: every API redocly.yaml lists at either side. */
  apis?: string[];
  /** An accepted-changes file (default: accepted-breaking-changes.yaml at the repository root, if present). */
  accept?: string;
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

function changesetsAt(root: string, head: Side): ChangesetFile[] | undefined {
  if (!head.ref) return existsSync(join(root, '.changeset')) ? readChangesets(root) : undefined;
  const files = listAtRef(root, head.ref, '.changeset');
  if (files.length === 0) return undefined;
  return files.filter((path) => path.endsWith('.md') && !/readme\.md$/i.test(path)).map((path) => ({ path, text: readAtRef(root, head.ref!, path) ?? '' }));
}

/** The API's client package (`packages/<api>`, named `@group-apis/<api>`), if this repository has one to bump. */
function packageOf(root: string, head: Side, api: string): string | undefined {
  const path = `packages/${api}/package.json`;
  const text = head.ref ? readAtRef(root, head.ref, path) : existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
  if (text === undefined) return undefined;
  try {
    const name = (JSON.parse(text) as { name?: unknown }).name;
    return name === packageNameOf(api) ? name : undefined;
  } catch {
    return undefined;
  }
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
  /** Given as a file path: no package of this repository, so no changeset applies. */
  isPath: boolean;
}

function targetsOf(options: DiffOptions, root: string, baseApis: Map<string, string>, headApis: Map<string, string>): Target[] {
  const known = [...new Set([...headApis.keys(), ...baseApis.keys()])];
  if (!options.apis?.length && known.length === 0) {
    throw new UsageError(`nothing to compare: no redocly.yaml with apis in ${displayPath(root)}; name the specs (diff --base ${options.base} path/to/openapi.yaml)`);
  }
  return (options.apis ?? known).map((api) => {
    if (!looksLikeSpecPath(api)) {
      if (!known.includes(api)) throw new UsageError(`unknown API "${api}" (${known.length ? `redocly.yaml lists: ${known.join(', ')}` : 'no redocly.yaml lists APIs here; give a spec path'})`);
      return { api, baseSpec: baseApis.get(api), headSpec: headApis.get(api), isPath: false };
    }
    const spec = relative(root, resolve(options.cwd ?? process.cwd(), api)).split(sep).join('/');
    if (spec.startsWith('..')) throw new UsageError(`${api} is outside the repository ${root}`);
    return { api: spec, baseSpec: spec, headSpec: spec, isPath: true };
  });
}

async function compareTarget(target: Target, base: Side, head: Side, labels: { base: string; head: string }): Promise<SpecChange[]> {
  const after = target.headSpec ? await loadSide(head, target.headSpec) : undefined;
  if (target.headSpec && !after && target.isPath && !(target.baseSpec && existsSync(join(base.dir, target.baseSpec)))) {
    throw new UsageError(`spec not found: ${target.headSpec} (neither in ${labels.head} nor at ${labels.base})`);
  }
  if (target.headSpec && !after && !target.isPath) throw new UsageError(`spec not found: ${target.headSpec} (listed for "${target.api}" in redocly.yaml)`);
  const before = target.baseSpec ? await loadSide(base, target.baseSpec) : undefined;
  if (before && after) return diffSpecs(before, after);
  if (after) return [{ rule: 'api-added', level: 'info', location: 'spec', message: `new API (no spec at ${labels.base})` }];
  return [{ rule: 'api-removed', level: 'error', location: 'spec', message: `API removed (its spec is gone from ${labels.head})` }];
}

/** Marks each change an accepted-changes entry accepts, and lists the entries that accepted nothing. */
function applyAcceptances(report: DiffReport, entries: AcceptedChange[]): void {
  const used = new Set<AcceptedChange>();
  for (const api of report.apis) {
    for (const change of api.changes) {
      if (change.level === 'info') continue;
      const entry = findAcceptance(entries, api.api, change);
      if (!entry) continue;
      change.accepted = entry.reason;
      used.add(entry);
    }
  }
  const unused = entries.filter((entry) => !used.has(entry));
  if (unused.length) report.unusedAcceptances = unused;
}

function readAcceptFile(path: string | undefined, fallback: () => { text: string; name: string } | undefined, cwd: string): { entries: AcceptedChange[]; name: string } | undefined {
  if (path) {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new UsageError(`--accept: file not found: ${path}`);
    return { entries: parseAcceptedChanges(readFileSync(full, 'utf8'), path), name: path };
  }
  const found = fallback();
  return found ? { entries: parseAcceptedChanges(found.text, found.name), name: found.name } : undefined;
}

/**
 * Compares each spec with its version at `base` (and `head`, or the working tree), lists every change with
 * its rule and level, and notes which APIs declare their breaking changes (major changeset) and which
 * changes an accepted-changes file accepts.
 */
export async function diffRepository(options: DiffOptions): Promise<DiffReport> {
  const cwd = options.cwd ?? process.cwd();
  if (!options.base) return diffFiles(options);
  const root = gitRoot(cwd);
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

    const changesets = changesetsAt(root, head);
    const declared = declaredMajors(changesets ?? []);
    const report: DiffReport = { base: options.base, head: options.head ?? 'working tree', apis: [] };
    for (const target of targets) {
      const changes = await compareTarget(target, base, head, report);
      const changesetPackage = !target.isPath && changesets ? packageOf(root, head, target.api) : undefined;
      const declaredBy = changesetPackage ? declared.get(changesetPackage) : undefined;
      report.apis.push({ api: target.api, spec: (target.headSpec ?? target.baseSpec)!, changes, ...(changesetPackage ? { changesetPackage } : {}), ...(declaredBy ? { declaredBy } : {}) });
    }
    const defaultAccept = () => {
      const text = head.ref ? readAtRef(root, head.ref, DEFAULT_ACCEPT_FILE) : existsSync(join(root, DEFAULT_ACCEPT_FILE)) ? readFileSync(join(root, DEFAULT_ACCEPT_FILE), 'utf8') : undefined;
      return text === undefined ? undefined : { text, name: DEFAULT_ACCEPT_FILE };
    };
    const accepted = readAcceptFile(options.accept, defaultAccept, cwd);
    if (accepted) {
      report.acceptFile = accepted.name;
      applyAcceptances(report, accepted.entries);
    }
    return report;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `diff old.yaml new.yaml`: two spec files, no git. */
async function diffFiles(options: DiffOptions): Promise<DiffReport> {
  const cwd = options.cwd ?? process.cwd();
  const specs = options.apis ?? [];
  if (specs.length !== 2 || !specs.every(looksLikeSpecPath)) {
    throw new UsageError('diff: give --base <git ref> (and optionally spec paths), or two spec files: diff old.yaml new.yaml');
  }
  const [oldPath, newPath] = specs as [string, string];
  for (const path of specs) if (!existsSync(resolve(cwd, path))) throw new UsageError(`spec not found: ${path}`);
  const [before, after] = [await loadSpec(resolve(cwd, oldPath)), await loadSpec(resolve(cwd, newPath))];
  const report: DiffReport = { base: oldPath, head: newPath, apis: [{ api: newPath, spec: newPath, changes: diffSpecs(before, after) }] };
  const defaultAccept = () => (existsSync(join(cwd, DEFAULT_ACCEPT_FILE)) ? { text: readFileSync(join(cwd, DEFAULT_ACCEPT_FILE), 'utf8'), name: DEFAULT_ACCEPT_FILE } : undefined);
  const accepted = readAcceptFile(options.accept, defaultAccept, cwd);
  if (accepted) {
    report.acceptFile = accepted.name;
    applyAcceptances(report, accepted.entries);
  }
  return report;
}

/** Errors neither declared by a major changeset nor accepted: what fails the check. */
export function undeclaredBreaking(report: DiffReport): Array<{ api: ApiDiff; change: ReportedChange }> {
  return report.apis.flatMap((api) => (api.declaredBy ? [] : api.changes.filter((change) => change.level === 'error' && !change.accepted).map((change) => ({ api, change }))));
}
