// The first-view budget: a gmina page ≤ 60 KB gzip for HTML + CSS + JS + data, charts
// visible, no island JavaScript before an island is used or visible. A byte count, not
// a timing, so it is safe as a test; the figures for all four levels are printed.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { firstViewWeight } from './helpers/page-weight.ts';

const PAGES = {
  gmina: '/gmina/1211092-nowy-targ/',
  powiat: '/powiat/1211-nowotarski/',
  voivodeship: '/wojewodztwo/12-malopolskie/',
  country: '/polska/',
};

test('first-view weight per page type (gmina ≤ 60 KB gzip)', async ({ browser, baseURL }) => {
  const rows: Record<string, unknown>[] = [];
  for (const [kind, path] of Object.entries(PAGES)) {
    // A fresh context per page: nothing cached from the previous one.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const w = await firstViewWeight(page, `${baseURL}${path}`);
    rows.push({ kind, ...w, url: path });
    if (kind === 'gmina') {
      expect(w.total).toBeLessThanOrEqual(60 * 1024);
      // The chart is static SVG: visible with no script at all.
      await expect(page.locator('svg.mes-chart').first()).toBeAttached();
    }
    await context.close();
  }
  console.table(rows);
});

test('no island JavaScript loads before an island is visible or used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // A small viewport: the page top has no chart in view.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(PAGES.gmina, { waitUntil: 'networkidle' });
  expect(scripts.filter((s) => /ChartIsland|SearchBox|plot/i.test(s))).toEqual([]);
  // Focusing the search hydrates it.
  await page.getByRole('searchbox').first().focus();
  await expect.poll(() => scripts.some((s) => /SearchBox/.test(s))).toBe(true);
});

test('no browser bundle carries the whole dictionary: islands get only their areas as props', () => {
  // Strings of areas no island receives (the site frame, the narrative); if one shows up in
  // dist/_astro/, some island imports #i18n/index.ts (directly or through a shared module).
  const markers = ['Przejdź do treści', 'Skip to content'];
  const dir = path.join(process.cwd(), 'dist', '_astro');
  const bundles = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(bundles.length).toBeGreaterThan(0);
  const carrying = bundles.filter((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return markers.some((m) => text.includes(m));
  });
  expect(carrying).toEqual([]);
});
