// Older releases are built once and then restored from a store instead of rebuilt: an annual
// release that has been published does not change, so a routine build should cost the
// latest release alone, whatever the number of older ones (scripts/site/build-site.ts).
//
// The store holds one frozen copy per release, `<store>/<release>/site/` (the folder Astro
// wrote under dist/<release>/, byte for byte) with `<store>/<release>/frozen.json`: the
// fingerprints of its inputs when it was built. A copy is restored when its inputs match:
//   data  the release's pipeline output (public/data/<release>/) and the shared geometry
//         (public/data/geo/) — a corrected release is always rebuilt;
//   code  the templates and everything else Astro reads: src/, indicators/, public/ without
//         data/, astro.config.mjs, tsconfig.json, package-lock.json.
// Policy 'strict' (the default: local builds and tests see what the current code renders)
// wants both to match; 'data' keeps a copy whose code has changed since it was frozen — a
// published release stays as it was published (the deploy sets this, README "Releases"),
// and `--rebuild=<release>` re-renders it deliberately.
//
// Nothing in a copy may depend on a later release (the banner does not name the latest
// release, /dane/ and /metodologia/ of a copy list the releases up to its own), so a new
// annual release does not invalidate the copies before it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortedPaths } from '#build/offline/archive.ts';

export interface Fingerprint {
  data: string;
  code: string;
}

export interface FrozenRecord extends Fingerprint {
  release: string;
  files: number;
  bytes: number;
}

export type FreezePolicy = 'strict' | 'data';

/** The store unless $FROZEN_RELEASES_DIR says otherwise; Netlify keeps it (scripts/site/netlify-frozen-cache). */
export const DEFAULT_FROZEN_STORE = path.join(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
  'node_modules',
  '.cache',
  'mes',
  'frozen-releases',
);

/** The store: $FROZEN_RELEASES_DIR (relative to the project root) or the default. */
export function frozenStore(root: string): string {
  return process.env.FROZEN_RELEASES_DIR ? path.resolve(root, process.env.FROZEN_RELEASES_DIR) : DEFAULT_FROZEN_STORE;
}

/**
 * An older release's offline archive kept beside its frozen copy, reused while everything it
 * is made of is the same (`inputs`: a hash of its entries and of the code that writes them,
 * scripts/site/archive.ts). Replacing the frozen copy drops it with the rest of the folder.
 */
export interface FrozenArchive<R> {
  inputs: string;
  record: R;
}
const archiveFiles = (store: string, release: string) => ({
  zip: path.join(store, release, 'archive.zip'),
  meta: path.join(store, release, 'archive.json'),
});

export function readFrozenArchive<R>(store: string, release: string, inputs: string): { zip: string; record: R } | undefined {
  const f = archiveFiles(store, release);
  if (!fs.existsSync(f.meta) || !fs.existsSync(f.zip)) return undefined;
  const meta = JSON.parse(fs.readFileSync(f.meta, 'utf8')) as FrozenArchive<R>;
  return meta.inputs === inputs ? { zip: f.zip, record: meta.record } : undefined;
}

/** Keeps a copy of the zip at `zip` for the frozen release (nothing when the release has no frozen copy). */
export function freezeArchive<R>(store: string, release: string, zip: string, archive: FrozenArchive<R>): void {
  if (!readFrozen(store, release)) return;
  const f = archiveFiles(store, release);
  fs.rmSync(f.meta, { force: true });
  fs.copyFileSync(zip, f.zip, fs.constants.COPYFILE_FICLONE);
  fs.writeFileSync(f.meta, JSON.stringify(archive, null, 2) + '\n');
}

/** Puts a frozen archive at `target` (copy-on-write where possible). */
export function restoreArchive(zip: string, target: string): void {
  fs.copyFileSync(zip, target, fs.constants.COPYFILE_FICLONE);
}

/** What the code fingerprint reads, relative to the project root; public/ is hashed without data/. */
export const CODE_INPUTS = ['src', 'indicators', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'] as const;

/** Every file under `dir` as sorted posix paths relative to it (none when it does not exist). */
export function filesUnder(dir: string, skipTop: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (!rel && skipTop.has(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(abs, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return sortedPaths(out);
}

/**
 * One SHA-256 over named trees: each file's path (prefixed by its tree's label) and bytes,
 * length-delimited so that moving bytes between files or names changes the result.
 */
export function hashTrees(trees: { label: string; dir: string; skipTop?: ReadonlySet<string> }[]): string {
  const h = crypto.createHash('sha256');
  for (const t of trees) {
    const isFile = fs.existsSync(t.dir) && fs.statSync(t.dir).isFile();
    const files = isFile ? [''] : filesUnder(t.dir, t.skipTop);
    for (const rel of files) {
      const bytes = fs.readFileSync(isFile ? t.dir : path.join(t.dir, rel));
      const name = `${t.label}/${rel}`;
      h.update(`${Buffer.byteLength(name)}:${name}:${bytes.length}:`);
      h.update(bytes);
    }
  }
  return h.digest('hex');
}

/** The fingerprints of an older release's build inputs under the project `root`. */
export function releaseFingerprint(root: string, release: string): Fingerprint {
  const pub = path.join(root, 'public');
  return {
    data: hashTrees([
      { label: `data/${release}`, dir: path.join(pub, 'data', release) },
      { label: 'data/geo', dir: path.join(pub, 'data', 'geo') },
    ]),
    code: hashTrees([
      ...CODE_INPUTS.map((p) => ({ label: p, dir: path.join(root, p) })),
      { label: 'public', dir: pub, skipTop: new Set(['data']) },
    ]),
  };
}

/** Why a frozen copy cannot be used, or undefined when it can. */
export function staleReason(frozen: FrozenRecord | undefined, now: Fingerprint, policy: FreezePolicy): string | undefined {
  if (!frozen) return 'not frozen yet';
  if (frozen.data !== now.data) return 'its data changed';
  if (policy === 'strict' && frozen.code !== now.code) return 'the code changed';
  return undefined;
}

export const frozenSite = (store: string, release: string) => path.join(store, release, 'site');
const recordFile = (store: string, release: string) => path.join(store, release, 'frozen.json');

export function readFrozen(store: string, release: string): FrozenRecord | undefined {
  const f = recordFile(store, release);
  if (!fs.existsSync(f) || !fs.existsSync(frozenSite(store, release))) return undefined;
  return JSON.parse(fs.readFileSync(f, 'utf8')) as FrozenRecord;
}

/** Files and bytes of a folder. */
export function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const rel of filesUnder(dir)) {
    files++;
    bytes += fs.statSync(path.join(dir, rel)).size;
  }
  return { files, bytes };
}

/**
 * Copies every file (copy-on-write where the filesystem can: the copies never share an
 * inode, so a later write into dist/ cannot reach the store).
 */
function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, mode: fs.constants.COPYFILE_FICLONE });
}

/**
 * Stores the copy Astro wrote at `builtDir` as the release's frozen copy. The new copy is
 * written beside the old one and swapped in by renames, so an interrupted run leaves the
 * previous frozen copy whole.
 */
export function freeze(store: string, release: string, builtDir: string, fp: Fingerprint): FrozenRecord {
  const target = path.join(store, release);
  const partial = path.join(store, `.${release}.partial-${process.pid}`);
  fs.rmSync(partial, { recursive: true, force: true });
  copyTree(builtDir, path.join(partial, 'site'));
  const record: FrozenRecord = { release, ...fp, ...treeSize(path.join(partial, 'site')) };
  fs.writeFileSync(path.join(partial, 'frozen.json'), JSON.stringify(record, null, 2) + '\n');
  const old = path.join(store, `.${release}.old-${process.pid}`);
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(partial, target);
  fs.rmSync(old, { recursive: true, force: true });
  return record;
}

/** Puts the frozen copy of `release` at `outDir` (emptied first), byte for byte. */
export function restore(store: string, release: string, outDir: string): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  copyTree(frozenSite(store, release), outDir);
}

/** The releases named by `--rebuild=2023,2022` (or every older one with `--rebuild=all`). */
export function parseRebuild(argv: readonly string[], older: readonly string[]): Set<string> {
  const arg = argv.find((a) => a.startsWith('--rebuild='));
  if (!arg) return new Set();
  const ids = arg.slice('--rebuild='.length).split(',').filter(Boolean);
  if (ids.includes('all')) return new Set(older);
  const unknown = ids.filter((r) => !older.includes(r));
  if (unknown.length)
    throw new Error(`--rebuild=${ids.join(',')}: ${unknown.join(', ')} is not an older release (older: ${older.join(', ') || 'none'})`);
  return new Set(ids);
}

export function parsePolicy(value: string | undefined): FreezePolicy {
  if (!value || value === 'strict') return 'strict';
  if (value === 'data') return 'data';
  throw new Error(`FROZEN_RELEASES=${value}: use "strict" (rebuild when data or code changed) or "data" (rebuild only when data changed)`);
}
