// Performance budget of the tabulation builder, measured in Chromium against a served
// build. For `npm run bench` (and tests/e2e/builder-bench.e2e.ts):
//
//   import { builderPivotBench, builderLoadBench } from '../tests/e2e/helpers/builder-bench.ts';
//   const pivot = await builderPivotBench(page, 'http://127.0.0.1:4321');  // budget: median < 100 ms
//   const load = await builderLoadBench(browser, 'http://127.0.0.1:4321'); // budget: ready < 1 500 ms
//
// Figures only; the caller decides what to do with a breach.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';

export const PIVOT_BUDGET_MS = 100;
export const LOAD_BUDGET_MS = 1500;

interface BuilderHook {
  ready: () => boolean;
  timings: () => number[];
  rerun: (n: number) => number[];
  loadInfo: () => { total: number; bytes: number; ms: number } | null;
  size: () => { rows: number; cols: number; territories: number } | null;
}

function release(): string {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'releases.json'), 'utf8')).latest;
}

/** Indicator ids that exist at the gmina level, from the shipped catalogue. */
function gminaIndicators(rel: string): string[] {
  const cat = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', rel, 'indicators.json'), 'utf8')) as {
    id: string;
    levels: string[];
  }[];
  return cat.filter((i) => i.levels.includes('gmina')).map((i) => i.id);
}

/** The ten indicators of the pivot budget: counts, rates (ratio of sums) and context. */
export const BENCH_INDICATORS = ['SPS_KRS', 'SPS_ACT', 'SPS_10K', 'PS_ACT', 'PS_10K', 'REINT', 'REINT_10K', 'REINT_BEN', 'JST_2PCT', 'POP'];

async function waitReady(page: Page, timeout = 60_000) {
  await page.waitForFunction(() => (window as unknown as { __mesBuilder?: BuilderHook }).__mesBuilder?.ready() === true, null, { timeout });
}

/**
 * All gminas × 10 indicators × 10 years, grouped by voivodeship and year: the median
 * of `runs` pivots (after one warm-up) and the first, cold one as the page ran it.
 */
export async function builderPivotBench(page: Page, baseURL: string, runs = 15) {
  const rel = release();
  await page.goto(
    `${baseURL}/zestawienia/?v=1&r=${rel}&l=gmina&i=${BENCH_INDICATORS.join(',')}&rows=voivodeship,year&cols=indicator&tot=1&sub=0&ch=none`,
  );
  await waitReady(page);
  const out = await page.evaluate((n) => {
    const h = (window as unknown as { __mesBuilder: BuilderHook }).__mesBuilder;
    const first = h.timings()[0];
    h.rerun(1);
    const times = h.rerun(n).sort((a, b) => a - b);
    return { first, times, size: h.size() };
  }, runs);
  const median = out.times[Math.floor(out.times.length / 2)];
  return {
    medianMs: median,
    minMs: out.times[0],
    maxMs: out.times[out.times.length - 1],
    firstMs: out.first,
    runs,
    rows: out.size?.rows ?? 0,
    cols: out.size?.cols ?? 0,
    territories: out.size?.territories ?? 0,
    withinBudget: median < PIVOT_BUDGET_MS,
  };
}

/**
 * The whole gmina level (every indicator chunk) loaded into a fresh page with an empty
 * cache, and ready: loadMs is from the first chunk request to the merged data, readyMs
 * from the same start to the first pivot result.
 */
export async function builderLoadBench(browser: Browser, baseURL: string) {
  const rel = release();
  const ids = gminaIndicators(rel);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(
      `${baseURL}/zestawienia/?v=1&r=${rel}&l=gmina&i=${ids.join(',')}&y=${'2024'}&rows=voivodeship&cols=indicator,year&tot=1&ch=none`,
    );
    await waitReady(page);
    const m = await page.evaluate(() => {
      const load = performance.getEntriesByName('mes-builder:load')[0] as PerformanceMeasure | undefined;
      const first = performance.getEntriesByName('mes-builder:first-result')[0];
      const info = (window as unknown as { __mesBuilder: BuilderHook }).__mesBuilder.loadInfo();
      return {
        start: load?.startTime ?? NaN,
        loadMs: load?.duration ?? NaN,
        firstAt: first?.startTime ?? NaN,
        info,
        sinceNavigation: first?.startTime ?? NaN,
      };
    });
    return {
      indicators: ids.length,
      files: m.info?.total ?? 0,
      bytes: m.info?.bytes ?? 0,
      loadMs: m.loadMs,
      readyMs: m.firstAt - m.start,
      pageToReadyMs: m.sinceNavigation,
      withinBudget: m.firstAt - m.start < LOAD_BUDGET_MS,
    };
  } finally {
    await context.close();
  }
}
