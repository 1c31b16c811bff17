// Lighthouse (npm `lighthouse`, Debian Chromium) on the built site: performance and
// accessibility scores of a gmina page, an indicator page with its map and the table
// builder with a built table. Run by the full `npm run bench`:
//
//   import { LIGHTHOUSE_PAGES, lighthouseBreaches, runLighthouseOnDist } from './bench-lighthouse.ts';
//   const rows = await runLighthouseOnDist(process.env.DIST_DIR || 'dist', { port: 4460 });
//   const breaches = lighthouseBreaches(rows);      // scores below 0.9 → strings
//
// or on its own:  node --experimental-strip-types scripts/checks/bench-lighthouse.ts [--dist dist] [--port 4460] [--budget]
//
// Performance uses Lighthouse's default simulated throttling (a slow 4G phone) on whatever
// CPU this machine has free, so it moves with load: read it as a trend, and budget it only
// on a quiet machine. Accessibility is not timing-based.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LighthousePage {
  type: string;
  path: string;
}

/** Pages scored; a page whose file is not in dist/ is skipped (e.g. before its page type exists). */
export function lighthousePages(release = latestRelease()): LighthousePage[] {
  return [
    { type: 'gmina', path: '/gmina/1211092-nowy-targ/' },
    { type: 'indicator (map)', path: '/wskaznik/sps-krs/' },
    {
      type: 'builder (table)',
      path: `/zestawienia/?v=1&r=${release}&l=voivodeship&i=SPS_10K,POP&y=2023-2024&rows=territory&cols=indicator,year&tot=1&ch=bar`,
    },
  ];
}
export const LIGHTHOUSE_PAGES = lighthousePages();

export const LIGHTHOUSE_BUDGET = { performance: 0.9, accessibility: 0.9 };

export interface LighthouseRow {
  type: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  /** Key metrics as Lighthouse prints them. */
  fcp?: string;
  lcp?: string;
  tbt?: string;
  cls?: string;
  seconds: number;
  error?: string;
  /** Failing accessibility audits, by id. */
  failedA11y?: string[];
}

function latestRelease(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join('public', 'data', 'releases.json'), 'utf8')).latest;
  } catch {
    return '2024';
  }
}

const LH_CLI = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
const ASTRO_CLI = path.join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Scores one URL with the lighthouse CLI in headless Chromium. */
export function lighthouseUrl(url: string, opts: { chromePath?: string } = {}): Omit<LighthouseRow, 'type' | 'path'> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      LH_CLI,
      url,
      `--chrome-path=${opts.chromePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const seconds = (performance.now() - t0) / 1000;
  try {
    const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
    const audit = (id: string) => lhr.audits[id]?.displayValue?.replace(/\u00a0/g, ' ');
    const a11yRefs: { id: string }[] = lhr.categories.accessibility?.auditRefs ?? [];
    return {
      performance: lhr.categories.performance?.score ?? null,
      accessibility: lhr.categories.accessibility?.score ?? null,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      seconds,
      error: lhr.runtimeError?.message,
      failedA11y: a11yRefs.filter((ref) => lhr.audits[ref.id]?.score === 0).map((ref) => ref.id),
    };
  } catch {
    return {
      performance: null,
      accessibility: null,
      seconds,
      error: `lighthouse exit ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`,
    };
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** Starts `astro preview` for a dist folder on a port; resolves when it answers. */
export async function startPreview(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [ASTRO_CLI, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`astro preview of ${dist} did not answer on port ${port}`);
}

/** Serves `dist` and scores every page of `pages` that it contains. */
export async function runLighthouseOnDist(
  dist: string,
  opts: { port?: number; pages?: LighthousePage[]; chromePath?: string } = {},
): Promise<LighthouseRow[]> {
  const port = opts.port ?? 4460;
  const pages = (opts.pages ?? LIGHTHOUSE_PAGES).filter((p) => {
    const clean = p.path.split('?')[0];
    return fs.existsSync(path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean));
  });
  const server = await startPreview(dist, port);
  try {
    return pages.map((p) => ({ ...p, ...lighthouseUrl(`http://127.0.0.1:${port}${p.path}`, opts) }));
  } finally {
    server.kill();
  }
}

export function lighthouseBreaches(rows: LighthouseRow[], budget = LIGHTHOUSE_BUDGET): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.error) out.push(`lighthouse ${r.type}: ${r.error}`);
    for (const k of ['performance', 'accessibility'] as const) {
      const s = r[k];
      if (s !== null && s < budget[k]) out.push(`lighthouse ${r.type} ${k} ${Math.round(s * 100)} < ${Math.round(budget[k] * 100)}`);
    }
  }
  return out;
}

export function formatLighthouse(rows: LighthouseRow[]): string {
  const pct = (s: number | null) => (s === null ? '—' : String(Math.round(s * 100)));
  const lines = ['page type         perf  a11y  FCP      LCP      TBT      CLS    time'];
  for (const r of rows)
    lines.push(
      `${r.type.padEnd(17)} ${pct(r.performance).padStart(4)}  ${pct(r.accessibility).padStart(4)}  ${(r.fcp ?? '').padEnd(8)} ${(r.lcp ?? '').padEnd(8)} ${(r.tbt ?? '').padEnd(8)} ${(r.cls ?? '').padEnd(6)} ${r.seconds.toFixed(0)} s${r.error ? `  ERROR ${r.error}` : ''}${r.failedA11y?.length ? `  a11y fails: ${r.failedA11y.join(', ')}` : ''}`,
    );
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/checks/bench-lighthouse.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const dist = arg('--dist') ?? process.env.DIST_DIR ?? 'dist';
  const rows = await runLighthouseOnDist(dist, { port: Number(arg('--port') ?? 4460) });
  console.log(formatLighthouse(rows));
  const breaches = lighthouseBreaches(rows);
  if (breaches.length) console.error(`\nbudget breaches:\n${breaches.map((b) => `  - ${b}`).join('\n')}`);
  if (process.argv.includes('--budget') && breaches.length) process.exit(1);
}
