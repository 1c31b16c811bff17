// Planning areas as levels of the indicator map: each type draws one shape per area of
// the shipped index, its ranking table holds the area table's values (areas/<type>.json,
// not the map's own files), links lead to the area pages, the level survives in the
// address, the keyboard opens an area, a demonstration division says so, and the view
// passes axe and fits a 360 px phone.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatNumber } from '#core/format.ts';
import type { AreaIndexFile } from '#features/areas/area-types.ts';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';
import { latestRelease, openMap } from './helpers/map-helpers.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const index = (): AreaIndexFile => JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'areas', 'index.json'), 'utf8'));
interface AreaTableFile {
  years: number[];
  ids: string[];
  values: Record<string, (number | null)[][]>;
}
const areaTable = (type: string): AreaTableFile =>
  JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'areas', `${type}.json`), 'utf8'));

for (const type of ['nuts2', 'nuts3', 'owes', 'lgd'] as const) {
  test(`the ${type} level: one shape per area, the area table's values, links to the area pages`, async ({ page }) => {
    const t = index().types.find((x) => x.type === type)!;
    await openMap(page, `/wskaznik/sps-krs/?poziom=${type}`);
    const svg = page.getByTestId('map-svg');
    await expect(svg).toHaveAttribute('data-level', type);
    await expect(svg.locator('g.areas path')).toHaveCount(t.areas.length);
    await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(t.areas.length);
    // No zoom by voivodeship at an area level.
    await expect(page.getByTestId('map-voivodeship')).toHaveCount(0);
    await expect(page.getByTestId('map-area-demo')).toHaveCount(t.status === 'demo' ? 1 : 0);
    // Three areas' values for the year shown, against the area table.
    const year = Number(await svg.getAttribute('data-year'));
    const table = areaTable(type);
    const yi = table.years.indexOf(year);
    for (const a of [t.areas[0], t.areas[Math.floor(t.areas.length / 2)], t.areas.at(-1)!]) {
      const row = page.getByTestId('map-table').locator(`tbody tr[data-code="${a.id}"]`);
      const v = table.values.SPS_KRS[yi][table.ids.indexOf(a.id)];
      await expect(row.getByTestId('map-table-value').locator('.num'), a.id).toHaveText(v === null ? /./ : formatNumber(v, 'pl'));
      await expect(row.locator('a')).toHaveAttribute('href', `/obszar/${type}/${a.id}-${a.slug}/`);
    }
  });
}

test('switching to an area level writes it into the address; a reload keeps it; Enter opens the area page', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-krs/');
  await page.getByTestId('map-level').getByLabel('Podregiony NUTS 3').check();
  const svg = page.getByTestId('map-svg');
  await expect(svg).toHaveAttribute('data-level', 'nuts3');
  await expect(page).toHaveURL(/[?&]poziom=nuts3\b/);
  await page.reload();
  await openMap(page, page.url());
  await expect(svg).toHaveAttribute('data-level', 'nuts3');
  await expect(page.getByTestId('map-level').getByLabel('Podregiony NUTS 3')).toBeChecked();
  await svg.focus();
  const tip = page.getByTestId('map-tip');
  await expect(tip).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const code = (await tip.getAttribute('data-code'))!;
  expect(code).toMatch(/^pl\d{2}[0-9a-z]$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/obszar/nuts3/${code}-[a-z0-9-]+/$`));
});

for (const width of [360, 1366])
  test(`an area level passes axe and fits ${width} px, in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ['/wskaznik/sps-krs/?poziom=owes&widok=mapa', '/en/wskaznik/sps-krs/?poziom=nuts2&widok=mapa']) {
      await openMap(page, url);
      await expect(page.getByTestId('map-area-note')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });

test('the planning-areas index opens the map at each area level', async ({ page }) => {
  await page.goto('/obszar/');
  for (const t of index().types)
    await expect(page.getByTestId(`areas-map-${t.type}`)).toHaveCount(t.indicators.includes('SPS_KRS') ? 1 : 0);
  await page.getByTestId('areas-map-nuts3').click();
  await page.locator('section.map-section').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('map-svg')).toHaveAttribute('data-level', 'nuts3', { timeout: 30_000 });
});
