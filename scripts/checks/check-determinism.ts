// Determinism: building twice from a clean state gives byte-identical output.
//
//   npm run check:determinism             # full: two clean builds (pipeline + astro), ~10+ min
//   npm run check:determinism -- --head   # the same, from the last commit instead of the work tree
//   npm run check:determinism -- --quick  # one more root astro build (warm caches) vs $DIST_DIR or dist/
//                                           (older releases' copies and archives not rebuilt)
//   options: --keep (leave the build folders in the temp directory)
//            --paths-differ (build the two copies at different absolute paths; see below)
//
// Full mode takes one snapshot of the project's files (tracked and untracked, not ignored —
// what a fresh clone would hold once committed; with --head, the commit HEAD pointed to at
// the start) and builds it twice, one build after the other, each time in a fresh folder
// at the same path with its own node_modules folder that links to the installed packages
// but holds no caches (no chart SVG cache, no Astro/Vite cache): import of real figures,
// pipeline, every release's site (scripts/site/build-site.ts), the offline archives. The two dist/ trees are then compared file by file.
//
// --paths-differ builds the copies at two different paths. Known result: Astro's island
// ids (astro-island uid="…") hash the component's absolute source path, so every page with
// an island differs; nothing else does. Builds in the same checkout path are identical.
//
// Build-time stamps: there are none. Every date in the output comes from data or source
// (release.yaml `published`, the statement dates in src/features/about/a11y-statement.ts); Astro's
// hashed asset names depend only on content. So nothing is excluded from the comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARCHIVE_DIR } from '#core/download-files.ts';

const ROOT = process.cwd();
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const fromHead = args.has('--head');
const keep = args.has('--keep');
const NODE = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DIST_DIR: '' };
delete (env as Record<string, string | undefined>).DIST_DIR;

export interface Difference {
  file: string;
  kind: 'only in A' | 'only in B' | 'content';
  detail?: string;
}

function log(msg: string) {
  console.log(`[determinism] ${msg}`);
}

function run(cmd: string, argv: string[], cwd: string, label: string, extraEnv: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout.split('\n').slice(-30).join('\n'));
    console.error(r.stderr.split('\n').slice(-30).join('\n'));
    throw new Error(`${label} failed in ${cwd} (exit ${r.status})`);
  }
  log(`${label}: ${secs.toFixed(1)} s`);
  return secs;
}

/** Lists every file under dir (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

function firstDifference(a: Buffer, b: Buffer): string {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  const ctx = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `sizes ${a.length} / ${b.length}, first difference at byte ${i}: A ${ctx(a)} B ${ctx(b)}`;
}

export interface CompareOptions {
  /** Files left out of the comparison (relative paths). */
  skip?: (file: string) => boolean;
  /** Applied to both sides' bytes before comparing. */
  normalise?: (file: string, bytes: Buffer) => Buffer;
}

/**
 * The archive step (scripts/site/archive.ts) writes each zip's size and sha256 into the
 * releases page after the build; a fresh astro build has the placeholders' fallback text
 * there instead, so the quick check blanks these spans' text on both sides.
 */
export function blankArchiveFigures(file: string, bytes: Buffer): Buffer {
  if (!file.endsWith('.html')) return bytes;
  const html = bytes.toString('utf8');
  if (!html.includes('data-archive-')) return bytes;
  return Buffer.from(html.replace(/(<span data-archive-(?:size|sha256)="[^"]*"[^>]*>)[^<]*(<\/span>)/g, '$1$2'), 'utf8');
}

/** Compares two trees byte for byte. */
export function compareTrees(a: string, b: string, options: CompareOptions = {}): { files: number; differences: Difference[] } {
  const keepFile = (f: string) => !options.skip?.(f);
  const fa = listFiles(a).filter(keepFile);
  const fb = listFiles(b).filter(keepFile);
  const sb = new Set(fb);
  const sa = new Set(fa);
  const differences: Difference[] = [];
  for (const f of fa) if (!sb.has(f)) differences.push({ file: f, kind: 'only in A' });
  for (const f of fb) if (!sa.has(f)) differences.push({ file: f, kind: 'only in B' });
  for (const f of fa) {
    if (!sb.has(f)) continue;
    const pa = path.join(a, f);
    const pb = path.join(b, f);
    if (options.normalise) {
      const ba = options.normalise(f, fs.readFileSync(pa));
      const bb = options.normalise(f, fs.readFileSync(pb));
      if (!ba.equals(bb)) differences.push({ file: f, kind: 'content', detail: firstDifference(ba, bb) });
    } else if (fs.statSync(pa).size === fs.statSync(pb).size) {
      const ba = fs.readFileSync(pa);
      const bb = fs.readFileSync(pb);
      if (ba.equals(bb)) continue;
      differences.push({ file: f, kind: 'content', detail: firstDifference(ba, bb) });
    } else differences.push({ file: f, kind: 'content', detail: firstDifference(fs.readFileSync(pa), fs.readFileSync(pb)) });
  }
  return { files: new Set([...fa, ...fb]).size, differences };
}

export function hashTree(dir: string): string {
  const h = crypto.createHash('sha256');
  for (const f of listFiles(dir))
    h.update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex');
}

/** A snapshot of the project's sources (work tree or one commit), taken once. */
function snapshot(dest: string): string {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  if (fromHead) {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const tar = execFileSync('git', ['archive', '--format=tar', sha], { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
    return `commit ${sha.slice(0, 10)}`;
  } else {
    const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
      .split('\0')
      .filter(Boolean);
    for (const rel of list) {
      const src = path.join(ROOT, rel);
      if (!fs.existsSync(src)) continue; // deleted in the work tree
      const to = path.join(dest, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(src, to);
    }
  }
  return 'the work tree';
}

/** A build folder: a copy of the snapshot, with node_modules linked package by package (no caches). */
function makeCopy(snap: string, dest: string): void {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.cpSync(snap, dest, { recursive: true });
  const nm = path.join(dest, 'node_modules');
  fs.mkdirSync(nm);
  for (const e of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (e === '.cache' || e === '.astro' || e === '.vite' || e === '.vite-temp') continue;
    fs.symlinkSync(path.join(ROOT, 'node_modules', e), path.join(nm, e));
  }
}

/** Everything `npm run build` does: import, pipeline, every release's site, the offline archives. */
function fullBuild(dir: string): number {
  let secs = 0;
  const ts = ['--experimental-strip-types', '--no-warnings'];
  secs += run(NODE, [...ts, 'scripts/import/run.ts'], dir, `import (${path.basename(dir)})`);
  secs += run(NODE, [...ts, 'scripts/pipeline/run.ts'], dir, `pipeline (${path.basename(dir)})`);
  secs += run(NODE, [...ts, 'scripts/site/build-site.ts'], dir, `build-site (${path.basename(dir)})`);
  secs += run(NODE, [...ts, 'scripts/site/archive.ts'], dir, `archive (${path.basename(dir)})`);
  return secs;
}

/** Top-level folders of the dist that the root astro build does not write: older releases' copies and the archives. */
export function notFromRootBuild(releases: { latest: string; releases: string[] }): (file: string) => boolean {
  const tops = new Set([ARCHIVE_DIR, ...releases.releases.filter((r) => r !== releases.latest)]);
  return (file) => tops.has(file.split('/')[0]);
}

function report(a: string, b: string, t0: number, cleanup: string[], options: CompareOptions = {}): never {
  const { files, differences } = compareTrees(a, b, options);
  log(`compared ${files} files in ${a} and ${b}`);
  if (differences.length === 0) {
    log(`identical: 0 differing files; tree hash ${hashTree(a).slice(0, 16)}; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    if (!keep) for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
    process.exit(0);
  }
  const byTop = new Map<string, number>();
  for (const d of differences) byTop.set(d.file.split('/')[0], (byTop.get(d.file.split('/')[0]) ?? 0) + 1);
  console.error(`[determinism] ${differences.length} differing files (${[...byTop].map(([k, v]) => `${k}: ${v}`).join(', ')}):`);
  for (const d of differences.slice(0, 50)) console.error(`  ${d.kind.padEnd(9)} ${d.file}${d.detail ? `\n            ${d.detail}` : ''}`);
  if (differences.length > 50) console.error(`  … and ${differences.length - 50} more`);
  log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s; build folders kept for inspection: ${a}, ${b}`);
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(ROOT, 'scripts/checks/check-determinism.ts')) {
  const t0 = performance.now();
  if (quick) {
    // One more astro build in this tree, warm caches, into a temp folder; compared with the
    // dist/ the tests just built. Checks Astro's output (asset hashes, page order, markup).
    const reference = path.resolve(ROOT, process.env.DIST_DIR || 'dist');
    if (!fs.existsSync(path.join(reference, 'index.html'))) {
      console.error(`[determinism] no built site in ${reference}: build first`);
      process.exit(2);
    }
    const second = fs.mkdtempSync(path.join(ROOT, 'dist-determinism-'));
    try {
      run(NODE, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], ROOT, 'astro build (second)', {
        DIST_DIR: second,
      });
    } catch (e) {
      fs.rmSync(second, { recursive: true, force: true });
      throw e;
    }
    // The second build is the root build only: older releases' copies and the archives
    // are not rebuilt here (the full mode covers them), and the archive figures that the
    // archive step wrote into the reference's releases page are blanked on both sides.
    const releases = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'data', 'releases.json'), 'utf8'));
    report(reference, second, t0, [second], { skip: notFromRootBuild(releases), normalise: blankArchiveFigures });
  } else {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-determinism-'));
    const what = snapshot(path.join(base, 'snapshot'));
    const dirs = args.has('--paths-differ')
      ? [path.join(base, 'a', 'build'), path.join(base, 'bb', 'build-second')]
      : [path.join(base, 'build'), path.join(base, 'build')];
    log(`sources: ${what}; builds in ${dirs[0]}${dirs[1] !== dirs[0] ? ` and ${dirs[1]}` : ' (twice)'}`);
    const outs = [path.join(base, 'dist-1'), path.join(base, 'dist-2')];
    dirs.forEach((d, i) => {
      makeCopy(path.join(base, 'snapshot'), d);
      fullBuild(d);
      fs.renameSync(path.join(d, 'dist'), outs[i]);
      if (dirs[0] === dirs[1]) fs.rmSync(d, { recursive: true, force: true });
    });
    report(outs[0], outs[1], t0, [base]);
  }
}
