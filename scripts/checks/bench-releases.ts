// `npm run bench -- --releases`: what each annual release costs the build and dist/, with a
// third release generated as a fixture (a copy of the oldest real release's source tables
// under another id) so that the growth shows. Runs in a scratch copy of the project (the
// work tree and its dist/ are not touched), in this order:
//   1. the pipeline for the real releases and the fixture;
//   2. a cold build: every release built by Astro, the older ones frozen into a fresh store,
//      then every offline archive zipped (the older ones kept in the store);
//   3. a routine rebuild: the latest built, the older ones restored from the store, then the
//      archives: the latest's archival form built and zipped, the older ones' reused.
// It prints the figures and the goals beside them: the rebuild ≤ 1.2 × one release's build,
// restored copies byte-identical to the built ones, each older release ≤ 300 MB and ≤ 15,000
// files in dist/ (its pages; its data under /data/<release>/ are printed apart), every offline
// archive (the latest's too) ≤ 100 MB. Figures only: timings are never asserted anywhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashTrees, treeSize } from '#scripts/site/frozen-releases.ts';
import type { BuildReport } from '#scripts/site/build-site.ts';
import type { ArchiveRecord } from '#build/offline/archive.ts';
import { ARCHIVE_DIR } from '#core/download-files.ts';
import { minOf } from '#core/arrays.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the scratch copy takes from the project (node_modules is linked package by package). */
const PROJECT_ENTRIES = ['src', 'data', 'indicators', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const MB = 1e6;

export const RELEASE_GOALS = { rebuildRatio: 1.2, olderBytes: 300 * MB, olderFiles: 15_000, archiveBytes: 100 * MB } as const;

/**
 * A release.yaml for a fixture release: the source's text with its id, publication date (a
 * year earlier) and notes replaced, so the pipeline reads the same tables under another id.
 */
export function fixtureReleaseYaml(sourceYaml: string, id: string): string {
  const replaced = sourceYaml
    .replace(/^id: .*$/m, `id: '${id}'`)
    .replace(/^published: '(\d{4})(-\d\d-\d\d)'$/m, (_, y: string, rest: string) => `published: '${Number(y) - 1}${rest}'`)
    .replace(
      /^notes:\n(?: {2}.*\n)+/m,
      `notes:\n  pl: Wydanie testowe ${id} (kopia tabel starszego wydania) do pomiaru przyrostu.\n  en: Test release ${id} (a copy of an older release's tables) to measure growth.\n`,
    );
  if (!replaced.includes(`id: '${id}'`)) throw new Error('bench-releases: the source release.yaml has no id line');
  return replaced;
}

/** The id of the fixture: the year before the oldest real release. */
export function fixtureId(releases: string[]): string {
  return String(minOf(releases.map(Number)) - 1);
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const t0 = performance.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return (performance.now() - t0) / 1000;
}

const mb = (b: number) => `${(b / MB).toFixed(1)} MB`;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

export async function benchReleases(): Promise<{ rows: [string, string][]; missed: string[] }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-bench-releases-'));
  const rows: [string, string][] = [];
  const missed: string[] = [];
  try {
    for (const e of PROJECT_ENTRIES)
      fs.cpSync(path.join(ROOT, e), path.join(work, e), {
        recursive: true,
        filter: (src) => !src.startsWith(path.join(ROOT, 'public', 'data')),
      });
    // Each package linked, but a cache of its own: the builds write their reports there.
    fs.mkdirSync(path.join(work, 'node_modules'));
    for (const e of fs.readdirSync(path.join(ROOT, 'node_modules')))
      if (e !== '.cache') fs.symlinkSync(path.join(ROOT, 'node_modules', e), path.join(work, 'node_modules', e));
    const real = fs.readdirSync(path.join(work, 'data', 'releases')).filter((d) => /^\d{4}$/.test(d));
    const oldest = real.map(Number).sort((a, b) => a - b)[0];
    const fixture = fixtureId(real);
    fs.cpSync(path.join(work, 'data', 'releases', String(oldest)), path.join(work, 'data', 'releases', fixture), { recursive: true });
    const yamlFile = path.join(work, 'data', 'releases', fixture, 'release.yaml');
    fs.writeFileSync(yamlFile, fixtureReleaseYaml(fs.readFileSync(yamlFile, 'utf8'), fixture));
    rows.push(['releases (fixture)', `${[...real].sort().reverse().join(', ')}, ${fixture} (fixture: the tables of ${oldest})`]);

    const node = process.execPath;
    const strip = ['--experimental-strip-types', '--no-warnings'];
    rows.push([
      'pipeline, 3 releases',
      `${(run(node, [...strip, 'scripts/import/run.ts'], work) + run(node, [...strip, 'scripts/pipeline/run.ts'], work)).toFixed(1)} s`,
    ]);
    const env = { DIST_DIR: path.join(work, 'dist'), FROZEN_RELEASES_DIR: path.join(work, 'frozen') };
    const report = () =>
      JSON.parse(fs.readFileSync(path.join(work, 'node_modules', '.cache', 'mes', 'build-report.json'), 'utf8')) as BuildReport;

    const archives = () =>
      JSON.parse(fs.readFileSync(path.join(env.DIST_DIR, ARCHIVE_DIR, 'archives.json'), 'utf8')) as Record<string, ArchiveRecord>;
    const describe = (b: BuildReport, a: Record<string, ArchiveRecord>) =>
      Object.entries(b.releases)
        .map(([r, x]) => `${r} ${x.how} ${x.seconds} s + archive ${a[r]?.reused ? 'reused' : 'zipped'} ${a[r]?.seconds} s`)
        .join(', ');
    const archive = () => run(node, [...strip, 'scripts/site/archive.ts', '--dist', env.DIST_DIR], work, env);

    const coldSeconds = run(node, [...strip, 'scripts/site/build-site.ts'], work, env);
    const cold = report();
    const coldArchiveSeconds = archive();
    const coldArchives = archives();
    const older = Object.keys(cold.releases).filter((r) => r !== cold.latest);
    const builtHash = new Map(older.map((r) => [r, hashTrees([{ label: r, dir: path.join(env.DIST_DIR, r) }])]));
    const warmSeconds = run(node, [...strip, 'scripts/site/build-site.ts'], work, env);
    const warm = report();
    const warmArchiveSeconds = archive();
    const warmArchives = archives();
    const one = cold.releases[cold.latest].seconds;
    const oneWithArchive = one + coldArchives[cold.latest].seconds;
    rows.push([
      'build + archives, cold (every release built)',
      `${coldSeconds.toFixed(1)} + ${coldArchiveSeconds.toFixed(1)} s: ${describe(cold, coldArchives)}`,
    ]);
    rows.push([
      'rebuild + archives, routine (older releases frozen)',
      `${warmSeconds.toFixed(1)} + ${warmArchiveSeconds.toFixed(1)} s: ${describe(warm, warmArchives)}`,
    ]);
    const ratio = warmSeconds / one;
    rows.push([
      `rebuild / one release's build (goal ≤ ${RELEASE_GOALS.rebuildRatio})`,
      `${ratio.toFixed(2)} (${warmSeconds.toFixed(1)} / ${one} s) ${mark(ratio <= RELEASE_GOALS.rebuildRatio)}`,
    ]);
    if (ratio > RELEASE_GOALS.rebuildRatio) missed.push(`rebuild ${ratio.toFixed(2)} × one release > ${RELEASE_GOALS.rebuildRatio}`);
    const ratioAll = (warmSeconds + warmArchiveSeconds) / oneWithArchive;
    rows.push([
      `rebuild + archives / one release's build + archive (goal ≤ ${RELEASE_GOALS.rebuildRatio})`,
      `${ratioAll.toFixed(2)} (${(warmSeconds + warmArchiveSeconds).toFixed(1)} / ${oneWithArchive.toFixed(1)} s) ${mark(ratioAll <= RELEASE_GOALS.rebuildRatio)}`,
    ]);
    if (ratioAll > RELEASE_GOALS.rebuildRatio)
      missed.push(`rebuild with archives ${ratioAll.toFixed(2)} × one release > ${RELEASE_GOALS.rebuildRatio}`);
    for (const r of older) if (!warmArchives[r]?.reused) missed.push(`release ${r}: its archive was zipped again, not reused`);
    for (const r of older) {
      const same = hashTrees([{ label: r, dir: path.join(env.DIST_DIR, r) }]) === builtHash.get(r);
      rows.push([`release ${r}: restored copy byte-identical to the built one`, same ? 'yes' : 'NO']);
      if (!same) missed.push(`release ${r}: the restored copy differs from the built one`);
      if (warm.releases[r]?.how !== 'restored') missed.push(`release ${r} was rebuilt, not restored`);
    }

    for (const r of older) {
      const pages = treeSize(path.join(env.DIST_DIR, r));
      const data = treeSize(path.join(env.DIST_DIR, 'data', r));
      const okPages = pages.bytes <= RELEASE_GOALS.olderBytes && pages.files <= RELEASE_GOALS.olderFiles;
      rows.push([
        `release ${r} in dist/: /${r}/ (goal ≤ 300 MB, ≤ 15,000 files)`,
        `${mb(pages.bytes)}, ${pages.files} files ${mark(okPages)}; its data /data/${r}/ ${mb(data.bytes)}, ${data.files} files; together ${mb(pages.bytes + data.bytes)}, ${pages.files + data.files} files`,
      ]);
      if (!okPages) missed.push(`release ${r}: /${r}/ ${mb(pages.bytes)}, ${pages.files} files > 300 MB or 15,000 files`);
      // The size the archive step recorded (archives.json) is the zip's size on disk.
      const zipBytes = warmArchives[r]?.bytes ?? NaN;
      rows.push([`release ${r}: offline archive (goal ≤ 100 MB)`, `${mb(zipBytes)} ${mark(zipBytes <= RELEASE_GOALS.archiveBytes)}`]);
      if (!(zipBytes <= RELEASE_GOALS.archiveBytes)) missed.push(`release ${r}: archive ${mb(zipBytes)} > 100 MB`);
    }
    // The latest release's archive holds its archival form too (scripts/site/archival-build.ts).
    const latestZip = warmArchives[warm.latest]?.bytes ?? NaN;
    rows.push([
      `release ${warm.latest} (latest): offline archive (goal ≤ 100 MB)`,
      `${mb(latestZip)} ${mark(latestZip <= RELEASE_GOALS.archiveBytes)}`,
    ]);
    if (!(latestZip <= RELEASE_GOALS.archiveBytes)) missed.push(`release ${warm.latest}: archive ${mb(latestZip)} > 100 MB`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { rows, missed };
}
