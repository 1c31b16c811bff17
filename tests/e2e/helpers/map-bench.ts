// Budgets of the choropleth maps, measured in Chromium, for `npm run bench`:
//   - redraw on a year change at gmina level      < 50 ms
//   - first render of the gmina map after its data arrives < 500 ms
//   - gmina TopoJSON + one indicator's gmina level data     ≤ 600 KB gzip
// Usage (with the site served, e.g. by astro preview):
//   import { mapBench } from '../tests/e2e/helpers/map-bench.ts';
//   const r = await mapBench(page, 'http://127.0.0.1:4321');
// The island keeps its own timings on globalThis.__mesMap (first render per level, and
// the time to set every path's fill); these functions add end-to-end times in the page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';

export const MAP_BUDGETS = { redrawMs: 50, firstRenderMs: 500, gminaPayloadGzipBytes: 600 * 1024 };

interface MapStats {
  firstRender: Record<string, { ms: number; geometryMs: number; paths: number }>;
  redraws: { level: string; year: number; ms: number }[];
  panels: { level: string; year: number; ms: number }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('section.map-section').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="map-svg"][data-level="gmina"][data-year]').waitFor({ timeout: 30_000 });
}

export interface FirstRender {
  /** From the level's three files arriving to the map drawn and painted (next frame). */
  ms: number;
  /** Of which: projecting the TopoJSON and building the path data. */
  geometryMs: number;
  paths: number;
}

/** First render of the gmina map after its data arrive (a fresh page load). */
export async function mapFirstRender(page: Page, baseUrl: string, indicator = 'sps-krs'): Promise<FirstRender> {
  await openMap(page, `${baseUrl}/wskaznik/${indicator}/`);
  await page.waitForFunction(() => !!(globalThis as unknown as { __mesMap?: MapStats }).__mesMap?.firstRender.gmina);
  const fr = await page.evaluate(() => (globalThis as unknown as { __mesMap: MapStats }).__mesMap.firstRender.gmina);
  return { ms: round1(fr.ms), geometryMs: round1(fr.geometryMs), paths: fr.paths };
}

export interface Redraw {
  /** Median and worst time from the slider's input event to the map showing the year and the next frame (paint). */
  medianMs: number;
  maxMs: number;
  /** Median time the island spends setting the 2,479 fills (script only). */
  fillMedianMs: number;
  /** Median time from the year change until the table, legend counts and chart have followed (two frames later). */
  panelMedianMs: number;
  samples: number;
}

/** Year changes at gmina level: each moves the slider and waits for the new fills and a frame. */
export async function mapRedraw(page: Page, baseUrl: string, indicator = 'sps-krs', rounds = 3): Promise<Redraw> {
  await openMap(page, `${baseUrl}/wskaznik/${indicator}/`);
  const times = await page.evaluate(async (rounds) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="map-year"]')!;
    const svg = document.querySelector('[data-testid="map-svg"]')!;
    const n = Number(slider.max) + 1;
    const out: number[] = [];
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < n; i++) {
        const target = (Number(slider.value) + 1) % n;
        const before = svg.getAttribute('data-year');
        const done = new Promise<void>((resolve) => {
          const mo = new MutationObserver(() => {
            if (svg.getAttribute('data-year') !== before) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(svg, { attributes: true, attributeFilter: ['data-year'] });
        });
        // Let the previous change settle (the table and chart follow the map a frame
        // later), so each sample is one year change on its own.
        await new Promise((r) => setTimeout(r, 150));
        await frame();
        const t0 = performance.now();
        slider.value = String(target);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await done;
        await frame();
        out.push(performance.now() - t0);
      }
    }
    return out;
  }, rounds);
  const { fills, panels } = await page.evaluate(() => {
    const s = (globalThis as unknown as { __mesMap: MapStats }).__mesMap;
    return {
      fills: s.redraws
        .filter((r) => r.level === 'gmina')
        .slice(1)
        .map((r) => r.ms),
      panels: s.panels
        .filter((r) => r.level === 'gmina')
        .slice(1)
        .map((r) => r.ms),
    };
  });
  return {
    medianMs: round1(median(times)),
    maxMs: round1(Math.max(...times)),
    fillMedianMs: round1(median(fills)),
    panelMedianMs: round1(median(panels)),
    samples: times.length,
  };
}

export interface Payload {
  topology: number;
  data: number;
  names: number;
  /** What the budget covers: TopoJSON + the indicator's level data. */
  total: number;
}

/** gzip bytes of the gmina TopoJSON and one indicator's gmina level data (and the names file, reported apart). */
export function mapGminaPayload(indicator = 'SPS_KRS', root = process.cwd(), distDir = process.env.DIST_DIR || 'dist'): Payload {
  const data = path.join(root, 'public', 'data');
  const release = JSON.parse(fs.readFileSync(path.join(data, 'releases.json'), 'utf8')).latest;
  const gz = (file: string) => (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length : 0);
  const topology = gz(path.join(data, 'geo', 'gmina.topo.json'));
  const levelData = gz(path.join(data, release, 'level', 'gmina', `${indicator}.json`));
  const names = gz(path.join(root, distDir, 'wskaznik', 'nazwy', 'gmina.json'));
  return { topology, data: levelData, names, total: topology + levelData };
}

/** All three, for the bench script. */
export async function mapBench(page: Page, baseUrl: string) {
  const firstRender = await mapFirstRender(page, baseUrl);
  const redraw = await mapRedraw(page, baseUrl);
  const payload = mapGminaPayload();
  return { firstRender, redraw, payload, budgets: MAP_BUDGETS };
}
