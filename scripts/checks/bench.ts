// `npm run bench`: prints the figures the issues ask for — pipeline wall time, rows in
// and out, output sizes. Figures only; budgets that are not timing-based are checked
// here too, and a breach makes the exit code 1 (timings are printed, never asserted).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { distBytesByPageType, firstViewBytes, GMINA_FIRST_VIEW_BUDGET, SAMPLE_PAGES } from '#build/page-weight.ts';
import { formatLighthouse, lighthouseBreaches, runLighthouseOnDist } from './bench-lighthouse.ts';
import { runPipeline } from '#scripts/pipeline/run.ts';
import { benchLargeTable, LARGE_TABLE_MEMORY_BUDGET } from './bench-large-table.ts';
import { benchReleases } from './bench-releases.ts';
import { releaseBenchRows } from '#build/offline/bench.ts';
import { ARCHIVE_DIR } from '#core/download-files.ts';
import { levelTotals, realCount, realShare, totalCount } from '#core/coverage.ts';
import type { CoverageFile } from '#core/data-types.ts';
import { DATA_FILE } from '#core/urls.ts';
import { maxOf, pushAll } from '#core/arrays.ts';
import { OVERVIEW_LEVELS, overviewErrorPx } from '#scripts/pipeline/map-topology.ts';

const quick = process.argv.includes('--quick');
/**
 * `npm run bench -- --phone`: only the phone profile (tests/e2e/phone-bench.e2e.ts) against
 * the site already built in DIST_DIR (or dist/), or against BENCH_URL when set; with
 * PHONE_BENCH_BEFORE_URL, a server of the build to compare with, both are printed.
 */
const phoneOnly = process.argv.includes('--phone');
const PHONE_OUT = path.join('test-results', 'phone-bench.json');

/** Runs the phone profile (and the given Playwright bench files) and returns the goals it missed. */
function runBrowserBenches(files: string[], dist: string): string[] {
  fs.rmSync(PHONE_OUT, { force: true });
  try {
    execFileSync('npx', ['playwright', 'test', '-c', 'tests/playwright.config.ts', ...files], {
      stdio: 'inherit',
      env: {
        ...process.env,
        DIST_DIR: dist,
        ASTRO_TELEMETRY_DISABLED: '1',
        PHONE_BENCH_OUT: PHONE_OUT,
        PHONE_BENCH_RUNS: process.env.PHONE_BENCH_RUNS ?? '3',
        ...(process.env.BENCH_URL ? { E2E_BASE_URL: process.env.BENCH_URL } : {}),
      },
    });
  } catch {
    return ['a browser bench failed (see above)'];
  }
  if (!fs.existsSync(PHONE_OUT)) return files.includes('phone-bench') ? ['the phone profile wrote no figures'] : [];
  const { goals } = JSON.parse(fs.readFileSync(PHONE_OUT, 'utf8')) as {
    goals: { figure: string; profile: string; value: number; goal: number; met: boolean }[];
  };
  return goals.filter((g) => !g.met).map((g) => `${g.profile} ${g.figure} ${Math.round(g.value)} > goal ${g.goal}`);
}

if (phoneOnly) {
  const missed = runBrowserBenches(['phone-bench'], process.env.DIST_DIR || 'dist');
  if (missed.length) {
    console.error(`\nphone profile: goals missed:\n${missed.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nphone profile: every goal met');
  process.exit(0);
}

/**
 * `npm run bench -- --releases`: only the release growth (scripts/checks/bench-releases.ts:
 * three releases, one a fixture, built cold and rebuilt with the older ones frozen); the
 * full bench runs it too.
 */
const releasesOnly = process.argv.includes('--releases');
async function printReleaseGrowth(): Promise<string[]> {
  const { rows: growth, missed } = await benchReleases();
  const w = maxOf(growth.map((r) => r[0].length));
  console.log(`\nrelease growth\n${'-'.repeat(w + 20)}`);
  for (const [k, v] of growth) console.log(`${k.padEnd(w)}  ${v}`);
  return missed;
}
if (releasesOnly) {
  const missed = await printReleaseGrowth();
  if (missed.length) {
    console.error(`\nrelease growth: goals missed:\n${missed.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
  process.exit(0);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rows: [string, string][] = [];
const breaches: string[] = [];
/**
 * Figures over their goal that do not fail the run: a process's peak memory moves by tens
 * of MB between runs of the same input (1,427 and 1,457 MB measured for the large table),
 * so a budget that close would fail CI at random; it is printed loudly instead.
 */
const warnings: string[] = [];

const t0 = performance.now();
const stats = runPipeline();
const wall = (performance.now() - t0) / 1000;
rows.push(['pipeline wall time (all releases)', `${wall.toFixed(1)} s`]);
for (const s of stats) {
  rows.push([`release ${s.release}: rows in (real + demo)`, `${s.rowsReal} + ${s.rowsDemo}`]);
  rows.push([`release ${s.release}: cells out`, String(s.cellsOut)]);
  rows.push([`release ${s.release}: files / total size`, `${s.files} / ${mb(s.bytes)}`]);
  rows.push([`release ${s.release}: territory JSON median / max`, `${kb(median(s.territoryBytes))} / ${kb(maxOf(s.territoryBytes))}`]);
  rows.push([`release ${s.release}: pipeline time`, `${s.seconds.toFixed(1)} s`]);
  // Access indicators: reference points of every gmina, distances and counts to every unit of 7 kinds (budget 5 s).
  if (s.accessSeconds !== undefined) {
    rows.push([`release ${s.release}: access indicators (gminas × 7 kinds × all units)`, `${s.accessSeconds.toFixed(2)} s`]);
    if (s.accessSeconds > 5) warnings.push(`release ${s.release}: access computation ${s.accessSeconds.toFixed(2)} s > 5 s (goal missed)`);
  }
}

// The pipeline on a source table of every gmina × 10 years × 20 indicators (~500,000 rows),
// in a child process: time against the latest release's, and peak memory (budget 1.5 GB).
{
  const large = benchLargeTable();
  const reference = stats.find((s) => s.release === large.release);
  rows.push([
    `large table (${large.rows} rows, release ${large.release}): pipeline time / peak memory`,
    `${large.seconds.toFixed(1)} s${reference ? ` (${(large.seconds / reference.seconds).toFixed(1)}× the repository release)` : ''} / ${mb(large.peakBytes)}`,
  ]);
  if (large.peakBytes > LARGE_TABLE_MEMORY_BUDGET)
    warnings.push(`large-table pipeline peak memory ${mb(large.peakBytes)} > ${mb(LARGE_TABLE_MEMORY_BUDGET)} (goal missed)`);
}

const geo = 'data/geo';
for (const f of fs
  .readdirSync(geo)
  .filter((f) => f.endsWith('.topo.json'))
  .sort()) {
  const buf = fs.readFileSync(path.join(geo, f));
  rows.push([`geo ${f} raw / gzip`, `${kb(buf.length)} / ${kb(zlib.gzipSync(buf).length)}`]);
  if (f === 'gmina.topo.json' && buf.length > 1.5 * 1048576) breaches.push(`gmina TopoJSON ${mb(buf.length)} > 1.5 MB`);
}

// The map's whole-country boundaries as shipped (projected, simplified; scripts/pipeline/map-topology.ts).
for (const level of OVERVIEW_LEVELS) {
  const file = path.join('public', 'data', DATA_FILE.overviewTopology(level));
  if (!fs.existsSync(file)) continue;
  const buf = fs.readFileSync(file);
  const { errorUnits } = JSON.parse(buf.toString('utf8')) as { errorUnits: number };
  rows.push([
    `map overview ${level} raw / gzip / error`,
    `${kb(buf.length)} / ${kb(zlib.gzipSync(buf).length)} / ≤ ${overviewErrorPx({ errorUnits }, 640).toFixed(2)} px at 640 px, ${overviewErrorPx({ errorUnits }, 390).toFixed(2)} px at 390 px`,
  ]);
}

const latest = stats.at(-1)!.release;
const gminaLevel = fs.readFileSync(`public/data/${latest}/level/gmina/POP.json`);
rows.push(['one indicator at gmina level (POP) raw / gzip', `${kb(gminaLevel.length)} / ${kb(zlib.gzipSync(gminaLevel).length)}`]);

// Real share per level (estimates and provisional figures count as real, as on /dane/pokrycie/).
for (const s of stats) {
  const coverage = JSON.parse(fs.readFileSync(`public/data/${s.release}/${DATA_FILE.coverage}`, 'utf8')) as CoverageFile;
  for (const [level, counts] of Object.entries(levelTotals(coverage)))
    rows.push([
      `release ${s.release}: real share ${level} (real / all values)`,
      `${(realShare(counts) * 100).toFixed(1)} % (${realCount(counts)} / ${totalCount(counts)})`,
    ]);
}

// The site: a full build (timed) unless --quick, which measures the dist/ already built.
const dist = process.env.DIST_DIR || 'dist';
if (!quick) {
  const b0 = performance.now();
  const log = execFileSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  rows.push(['astro build wall time', `${((performance.now() - b0) / 1000).toFixed(1)} s`]);
  const pages = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(log);
  if (pages) {
    const secs = Number(pages[2]) / (pages[3] === 'ms' ? 1000 : 1);
    rows.push(['pages built / pages per second', `${pages[1]} / ${(Number(pages[1]) / secs).toFixed(0)}`]);
  }
  const charts = /charts: (.*)/.exec(log);
  if (charts) rows.push(['charts', charts[1]]);
}
if (fs.existsSync(dist)) {
  for (const [type, page] of Object.entries(SAMPLE_PAGES)) {
    const v = firstViewBytes(dist, page);
    rows.push([`first view ${type} (gzip HTML + CSS + JS)`, `${kb(v.total)} (HTML ${kb(v.html)}, CSS ${kb(v.css)}, JS ${kb(v.js)})`]);
    if (type === 'gmina' && v.total > GMINA_FIRST_VIEW_BUDGET)
      breaches.push(`gmina first view ${kb(v.total)} > ${kb(GMINA_FIRST_VIEW_BUDGET)}`);
  }
  for (const [type, o] of Object.entries(distBytesByPageType(dist)))
    rows.push([`HTML ${type}: pages / mean raw size`, `${o.pages} / ${kb(o.bytes / o.pages)}`]);
} else rows.push(['site', `no ${dist}/ to measure: run npm run build first`]);

// Per release: build time and pages (recorded by the build) and the offline archive
// (recorded by `npm run archive`). Figures only.
{
  const readJson = (f: string) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null);
  const { releases } = JSON.parse(fs.readFileSync('public/data/releases.json', 'utf8')) as { releases: string[] };
  pushAll(
    rows,
    releaseBenchRows(
      releases,
      readJson(path.join(dist, ARCHIVE_DIR, 'archives.json')),
      readJson('node_modules/.cache/mes/build-report.json'),
    ),
  );
}

// In Chromium (full mode only): Lighthouse scores, the map and builder budgets, which
// the Playwright bench files print (tests/e2e/map-bench.e2e.ts, builder-bench.e2e.ts), and
// the phone profile (tests/e2e/phone-bench.e2e.ts), whose missed goals are breaches.
let lighthouse = '';
if (!quick && fs.existsSync(dist)) {
  const scores = await runLighthouseOnDist(dist);
  lighthouse = formatLighthouse(scores);
  pushAll(breaches, lighthouseBreaches(scores));
  // The phone profile's goals (map, builder, first paint, bytes) are budgets: a miss is a breach.
  pushAll(breaches, runBrowserBenches(['map-bench', 'builder-bench', 'phone-bench'], dist));
  // Release growth last: it builds three releases twice in a scratch copy (about 20 minutes).
  pushAll(breaches, await printReleaseGrowth());
}

const width = maxOf(rows.map((r) => r[0].length));
console.log(`\nbench${quick ? ' (quick)' : ''}\n${'-'.repeat(width + 20)}`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
if (lighthouse) console.log(`\nLighthouse (Debian Chromium)\n${lighthouse}`);
if (warnings.length) console.warn(`\nover goal (not failing the run):\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
if (breaches.length) {
  console.error(`\nbudget breaches:\n${breaches.map((b) => `  - ${b}`).join('\n')}`);
  process.exit(1);
}
