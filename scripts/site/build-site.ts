// Builds every annual release of the site (npm run build:site; `npm run build` runs the
// data pipeline first):
//
//   <dist>/                 the latest release (SITE_RELEASE unset, base '')
//   <dist>/<year>/          each older release, same structure (SITE_RELEASE=<year>, SITE_BASE=/<year>)
//   <dist>/data/<release>/  the pipeline's files of every release, shared by all copies
//
// The root goes first: Astro empties its outDir, which would wipe copies built before it,
// and the copies' release banners look at the root's files to link to the same page in the
// latest release. The copies take a public folder without data/ (SITE_PUBLIC_DIR), so the
// ~170 MB of data are shipped once. Per-release time and page count go to
// node_modules/.cache/mes/build-report.json (read by the bench).
//
// An older release is built once and then restored from the frozen-release store
// (scripts/site/frozen-releases.ts: when its inputs are unchanged, byte for byte) — the
// store is $FROZEN_RELEASES_DIR or node_modules/.cache/mes/frozen-releases; policy
// $FROZEN_RELEASES=strict|data.
//
//   npm run build:site                              # all releases into $DIST_DIR or dist/
//   npm run build:site -- --rebuild=2023            # re-render the copy of 2023 even if frozen
//   node --experimental-strip-types scripts/site/build-site.ts --only=2023   # one copy, root kept
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertReleaseNotCode } from '#core/redirects.ts';
import { isTempSibling, removeStaleTemps, writeFileAtomically } from '#scripts/pipeline/atomic-dir.ts';
import { frozenStore, freeze, parsePolicy, parseRebuild, readFrozen, releaseFingerprint, restore, staleReason } from './frozen-releases.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPORT = path.join(ROOT, 'node_modules', '.cache', 'mes', 'build-report.json');
/** public/ for the copies: everything but the shared data and the root-only host files. */
export const COPY_PUBLIC = path.join(ROOT, 'node_modules', '.cache', 'mes', 'public-release-copy');
const ROOT_ONLY = new Set(['data', '_redirects', '_headers']);
const FROZEN_STORE = frozenStore(ROOT);

export interface ReleaseBuild {
  seconds: number;
  pages: number;
  base: string;
  /** 'built' by Astro, or 'restored' from the frozen-release store. */
  how?: 'built' | 'restored';
  /** Files and bytes of an older release's folder (its pages and assets; the data are counted apart). */
  files?: number;
  bytes?: number;
}
export interface BuildReport {
  dist: string;
  latest: string;
  releases: Record<string, ReleaseBuild>;
}

export interface BuildStep {
  release: string;
  base: string;
  outDir: string;
  env: Record<string, string>;
}

/** The builds to run, in order: the latest at the root first, then each older release. */
export function buildPlan(releases: { latest: string; releases: string[] }, dist: string, copyPublic: string): BuildStep[] {
  const older = releases.releases.filter((r) => r !== releases.latest);
  return [
    {
      release: releases.latest,
      base: '',
      outDir: dist,
      env: { DIST_DIR: dist, SITE_RELEASE: '', SITE_BASE: '', SITE_PUBLIC_DIR: '', SITE_LATEST_DIST: '' },
    },
    ...older.map((r) => ({
      release: r,
      base: `/${r}`,
      outDir: path.join(dist, r),
      env: { DIST_DIR: path.join(dist, r), SITE_RELEASE: r, SITE_BASE: `/${r}`, SITE_PUBLIC_DIR: copyPublic, SITE_LATEST_DIST: dist },
    })),
  ];
}

/** HTML pages a build wrote under `dir`, not counting folders of other builds or data. */
export function countPages(dir: string, skipTop: ReadonlySet<string>): number {
  let n = 0;
  const walk = (d: string, top: boolean) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (top && skipTop.has(e.name)) continue;
      if (e.isDirectory()) walk(path.join(d, e.name), false);
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir, true);
  return n;
}

/** Fills `to` with public/ minus the root-only entries (data/, host files) and any temporary folder of the pipeline. */
export function preparePublicCopy(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from))
    if (!ROOT_ONLY.has(e) && !isTempSibling(e)) fs.cpSync(path.join(from, e), path.join(to, e), { recursive: true });
}

export function runAstroBuild(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build (${JSON.stringify(env)}) exited with ${code}`))));
  });
}

async function main() {
  const dist = path.resolve(ROOT, process.env.DIST_DIR || 'dist');
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const releases = JSON.parse(fs.readFileSync(path.join(ROOT, 'public', 'data', 'releases.json'), 'utf8')) as {
    latest: string;
    releases: string[];
  };
  // A release folder must not collide with a /<code>/ page of the root build.
  const { register, codeHistory } = await import('#build/site-data.ts');
  const codes = [...register().map((e) => e.code), ...codeHistory().map((c) => c.oldCode)];
  for (const r of releases.releases) assertReleaseNotCode(r, codes);

  // A data pipeline killed mid-run leaves public/.data.partial-<pid>-<n>; Astro would ship it.
  for (const stale of removeStaleTemps(path.join(ROOT, 'public', 'data'))) console.log(`build-site: removed ${path.relative(ROOT, stale)}`);
  preparePublicCopy(path.join(ROOT, 'public'), COPY_PUBLIC);
  const plan = buildPlan(releases, dist, COPY_PUBLIC).filter((s) => !only || only.includes(s.release));
  if (plan[0]?.base !== '' && !fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`build-site: --only=${only?.join(',')} needs the root build in ${dist} (run without --only first)`);

  let report: BuildReport = { dist, latest: releases.latest, releases: {} };
  try {
    const prev = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as BuildReport;
    if (only && prev.dist === dist) report = { ...prev, latest: releases.latest };
  } catch {
    /* first run */
  }
  const olderIds = new Set(releases.releases.filter((r) => r !== releases.latest));
  const rebuild = parseRebuild(process.argv, [...olderIds]);
  const policy = parsePolicy(process.env.FROZEN_RELEASES);
  for (const step of plan) {
    const older = step.base !== '';
    const t0 = performance.now();
    const fp = older ? releaseFingerprint(ROOT, step.release) : undefined;
    const why =
      fp && (rebuild.has(step.release) ? 'asked to (--rebuild)' : staleReason(readFrozen(FROZEN_STORE, step.release), fp, policy));
    let how: ReleaseBuild['how'] = 'built';
    if (fp && !why) {
      console.log(
        `\nbuild-site: release ${step.release} → ${path.relative(ROOT, step.outDir)}: restored from the frozen copy (inputs unchanged)`,
      );
      restore(FROZEN_STORE, step.release, step.outDir);
      how = 'restored';
    } else {
      console.log(
        `\nbuild-site: release ${step.release} → ${path.relative(ROOT, step.outDir) || '.'} (base "${step.base}")${why ? `: building, ${why}` : ''}`,
      );
      await runAstroBuild(step.env);
      if (fp) freeze(FROZEN_STORE, step.release, step.outDir, fp);
    }
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const pages = countPages(step.outDir, older ? new Set(['_astro']) : new Set([...olderIds, 'data', '_astro']));
    const size = older ? readFrozen(FROZEN_STORE, step.release) : undefined;
    report.releases[step.release] = { seconds, pages, base: step.base, how, ...(size ? { files: size.files, bytes: size.bytes } : {}) };
    console.log(`build-site: release ${step.release}: ${pages} pages ${how} in ${seconds} s`);
  }
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileAtomically(REPORT, JSON.stringify(report, null, 2) + '\n');
  console.log(
    `\nbuild-site: ${Object.entries(report.releases)
      .map(([r, b]) => `${r}${b.base ? ` at ${b.base}/` : ' at /'}: ${b.pages} pages ${b.how ?? 'built'}, ${b.seconds} s`)
      .join('; ')}`,
  );
  console.log(`build-site: report in ${path.relative(ROOT, REPORT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`build-site: ${(e as Error).message}`);
    process.exit(1);
  });
}
