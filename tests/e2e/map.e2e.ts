// Indicator pages with the choropleth map island, in Chromium: fills and tooltips equal
// the level JSON after a year change, keyboard access to the map, the legend entries for
// "no data" and "confidential", level switch without refetching, the ranking table,
// the English page, the methodology pages and the page without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import type { LevelFile } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { cell, geometryCount, geometryIndex, levelData, openMap, setYear } from './helpers/map-helpers.ts';

const KRAKOW = '1261011';
const KRAKOW_POWIAT = '1261';

/**
 * "No data" in the legend only for the areas the level file leaves empty in that year —
 * with a complete survey, just the gminas created later (no values before they existed).
 */
async function expectMissingEntry(page: Page, data: LevelFile, id: string, yi: number): Promise<void> {
  const missing = data.values[id][yi].filter((v, i) => v === null && !((data.flags[id]?.[yi]?.[i] ?? 0) & 2)).length;
  expect(missing).toBeLessThan(10);
  if (missing === 0) await expect(page.getByTestId('legend-missing')).toHaveCount(0);
  else await expect(page.getByTestId('legend-missing')).toContainText(`(${formatNumber(missing, 'pl')})`);
}

/** The legend entry whose range holds the value; its colour must be the area's fill. */
async function legendColourFor(page: Page, value: number): Promise<string> {
  const entries = page.getByTestId('legend-class');
  const n = await entries.count();
  for (let i = 0; i < n; i++) {
    const e = entries.nth(i);
    const lo = Number(await e.getAttribute('data-lo'));
    const hi = Number(await e.getAttribute('data-hi'));
    if (value >= lo && value <= hi) return (await e.getAttribute('data-colour'))!;
  }
  // Between two classes' real values (a value the pooled data does not hold): the class above.
  for (let i = 0; i < n; i++) {
    const e = entries.nth(i);
    if (value <= Number(await e.getAttribute('data-hi'))) return (await e.getAttribute('data-colour'))!;
  }
  throw new Error(`no legend class for ${value}`);
}

test('changing the year recolours a known gmina and its tooltip shows the level JSON value', async ({ page }) => {
  const data = levelData('gmina', 'SPS_KRS');
  await openMap(page, '/wskaznik/sps-krs/');
  await expect(page.locator('[data-testid="map-svg"]')).toHaveAttribute('data-level', 'gmina');
  const path = page.locator(`[data-testid="map-svg"] path[data-i="${geometryIndex('gmina', KRAKOW)}"]`);
  for (const year of [2016, 2024]) {
    await setYear(page, data.years, year);
    const { value } = cell('gmina', 'SPS_KRS', KRAKOW, year);
    expect(value).not.toBeNull();
    await expect(path).toHaveAttribute('fill', await legendColourFor(page, value!));
    await path.hover();
    const tip = page.getByTestId('map-tip');
    await expect(tip).toHaveAttribute('data-code', KRAKOW);
    await expect(tip).toContainText('Kraków');
    await expect(tip.getByTestId('map-tip-value').locator('.num')).toHaveText(formatNumber(value!, 'pl'));
    await expect(tip).toContainText(String(year));
    await page.mouse.move(1, 1);
  }
});

test('play steps through the years and pause stops it', async ({ page }) => {
  const data = levelData('gmina', 'SPS_KRS');
  await openMap(page, '/wskaznik/sps-krs/');
  await setYear(page, data.years, data.years[0]);
  // Every year the map shows is recorded as it changes, so the test checks the order of the
  // steps without racing the one-second timer (a busy machine may run two steps between polls).
  await page.getByTestId('map-svg').evaluate((svg) => {
    const seen: string[] = [];
    (window as unknown as { yearsSeen: string[] }).yearsSeen = seen;
    new MutationObserver(() => {
      const year = svg.getAttribute('data-year')!;
      if (seen.at(-1) !== year) seen.push(year);
    }).observe(svg, { attributes: true, attributeFilter: ['data-year'] });
  });
  const yearsSeen = () => page.evaluate(() => (window as unknown as { yearsSeen: string[] }).yearsSeen.slice());
  const play = page.getByTestId('map-play');
  await expect(play).toHaveText(/Odtwórz/);
  await play.click();
  await expect(play).toHaveText(/Zatrzymaj/);
  await expect.poll(async () => (await yearsSeen()).length, { timeout: 5000 }).toBeGreaterThan(0);
  await play.click();
  await expect(play).toHaveText(/Odtwórz/);
  const stepped = await yearsSeen();
  expect(stepped).toEqual(data.years.slice(1, stepped.length + 1).map(String));
  const year = stepped.at(-1)!;
  await expect(page.getByTestId('map-svg')).toHaveAttribute('data-year', year);
  await page.waitForTimeout(1300);
  expect(await yearsSeen()).toEqual(stepped);
  await expect(page.getByTestId('map-year')).toHaveAttribute('aria-valuetext', year);
});

test('a ratio is coloured on a diverging scale around the national value where both sides are populated', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-10k/?poziom=powiat');
  const legend = page.getByTestId('map-legend');
  await expect(legend).toContainText('Skala rozbieżna wokół wartości dla Polski');
  const year = Number(await page.getByTestId('map-svg').getAttribute('data-year'));
  const { value } = cell('powiat', 'SPS_10K', KRAKOW_POWIAT, year);
  const path = page.locator(`[data-testid="map-svg"] path[data-i="${geometryIndex('powiat', KRAKOW_POWIAT)}"]`);
  await expect(path).toHaveAttribute('fill', await legendColourFor(page, value!));
});

test('a ratio that is zero in most gminas is sequential, with zero a class of its own counting the zero gminas', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-10k/');
  const legend = page.getByTestId('map-legend');
  await expect(legend).not.toContainText('Skala rozbieżna');
  const year = Number(await page.getByTestId('map-svg').getAttribute('data-year'));
  const f = levelData('gmina', 'SPS_10K');
  const zeros = f.values.SPS_10K[f.years.indexOf(year)].filter((v) => v === 0).length;
  expect(zeros).toBeGreaterThan(f.codes.length / 4);
  const first = page.getByTestId('legend-class').first();
  await expect(first).toHaveAttribute('data-lo', '0');
  await expect(first).toHaveAttribute('data-hi', '0');
  await expect(first.locator('.count')).toHaveText(`(${formatNumber(zeros, 'pl')})`);
});

test('a gmina can be chosen with the arrow keys and opened with Enter', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-krs/');
  const svg = page.getByTestId('map-svg');
  await expect(svg).toHaveAttribute('tabindex', '0');
  await expect(svg).toHaveAttribute('aria-describedby', /help/);
  // Reach the map with Tab from the control before it (the year and class controls come first).
  await page.getByTestId('map-voivodeship').focus();
  let tabs = 0;
  while (!(await svg.evaluate((el) => el === document.activeElement)) && tabs++ < 5) await page.keyboard.press('Tab');
  await expect(svg).toBeFocused();
  const tip = page.getByTestId('map-tip');
  await expect(tip).toBeVisible();
  const first = await tip.getAttribute('data-code');
  await page.keyboard.press('ArrowRight');
  await expect(tip).not.toHaveAttribute('data-code', first!);
  await page.keyboard.press('ArrowDown');
  const code = (await tip.getAttribute('data-code'))!;
  expect(code).toMatch(/^\d{7}$/);
  await expect(page.getByTestId('map-active')).toHaveAttribute('data-code', code);
  await expect(page.getByTestId('map-announce')).not.toBeEmpty();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/gmina/${code}-[a-z0-9-]+/$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('"confidential" has its own legend entry and fill where the data has such values', async ({ page }) => {
  const data = levelData('gmina', 'REINT_BEN');
  const yi = data.years.length - 1;
  const ti = data.flags.REINT_BEN[yi].findIndex((f) => (f & 2) !== 0);
  expect(ti).toBeGreaterThanOrEqual(0);
  const suppressed = data.flags.REINT_BEN[yi].filter((f) => f & 2).length;
  await openMap(page, '/wskaznik/reint-ben/');
  await setYear(page, data.years, data.years[yi]);
  const entry = page.getByTestId('legend-suppressed');
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('dane niejawne');
  await expect(entry).toContainText(formatNumber(suppressed, 'pl'));
  const path = page.locator(`[data-testid="map-svg"] path[data-i="${geometryIndex('gmina', data.codes[ti])}"]`);
  await expect(path).toHaveAttribute('fill', /suppressed/);
  await expectMissingEntry(page, data, 'REINT_BEN', yi);
});

test('"no data" appears in the legend for the years a biennial survey skips', async ({ page }) => {
  const data = levelData('gmina', 'SPS_ACT');
  await openMap(page, '/wskaznik/sps-act/');
  await setYear(page, data.years, 2023);
  const entry = page.getByTestId('legend-missing');
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('brak danych');
  await expect(entry).toContainText(formatNumber(data.codes.length, 'pl'));
  const path = page.locator(`[data-testid="map-svg"] path[data-i="${geometryIndex('gmina', KRAKOW)}"]`);
  await expect(path).toHaveAttribute('fill', /missing/);
  await setYear(page, data.years, 2024);
  await expectMissingEntry(page, data, 'SPS_ACT', data.years.indexOf(2024));
});

test('changing the year fetches nothing; a new level is fetched once and kept', async ({ page }) => {
  const data = levelData('gmina', 'SPS_KRS');
  await openMap(page, '/wskaznik/sps-krs/');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (/\/data\/|\/wskaznik\/nazwy\//.test(r.url())) requests.push(r.url());
  });
  for (const y of [2015, 2019, 2024]) await setYear(page, data.years, y);
  expect(requests).toEqual([]);
  await page.getByTestId('map-level').getByLabel('Powiaty').check();
  await expect(page.getByTestId('map-svg')).toHaveAttribute('data-level', 'powiat');
  expect(requests.filter((u) => u.includes('/level/powiat/SPS_KRS.json'))).toHaveLength(1);
  const after = requests.length;
  await page.getByTestId('map-level').getByLabel('Gminy').check();
  await expect(page.getByTestId('map-svg')).toHaveAttribute('data-level', 'gmina');
  await setYear(page, data.years, 2020);
  expect(requests.length).toBe(after);
});

test('the ranking table sorts, and zooming to a voivodeship filters it', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-krs/');
  const table = page.getByTestId('map-table');
  await expect(table.locator('caption')).toContainText('Gminy');
  const valueHeader = table.locator('thead th').nth(2);
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  const nums = await table.locator('tbody tr td[data-testid="map-table-value"] .num').allTextContents();
  const parsed = nums.slice(0, 10).map((s) => Number(s.replace(/\s/g, '').replace(',', '.')));
  expect([...parsed].sort((a, b) => b - a)).toEqual(parsed);
  const viewBox = await page.getByTestId('map-svg').getAttribute('viewBox');
  await page.getByTestId('map-voivodeship').selectOption('12');
  await expect(table.locator('caption')).toContainText('małopolskie');
  await expect(page.getByTestId('map-svg')).not.toHaveAttribute('viewBox', viewBox!);
  const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  expect(codes.length).toBeGreaterThan(50);
  expect(codes.every((c) => c!.startsWith('12'))).toBe(true);
  // Powiat filter within the voivodeship.
  await page.getByTestId('map-powiat').selectOption('1211');
  const inPowiat = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  expect(inPowiat.length).toBeGreaterThan(5);
  expect(inPowiat.every((c) => c!.startsWith('1211'))).toBe(true);
  await expect(page.getByTestId('map-distribution')).toContainText('gmin');
});

test('the zoomed area and class method are in the address, survive a reload and reach the embed snippet', async ({ page }) => {
  await openMap(page, '/wskaznik/sps-krs/');
  await page.getByTestId('map-level').getByLabel('Powiaty').check();
  await page.getByTestId('map-voivodeship').selectOption('12');
  await page.getByTestId('map-method').selectOption('natural');
  await expect(page).toHaveURL(/poziom=powiat/);
  await expect(page).toHaveURL(/obszar=12/);
  await expect(page).toHaveURL(/klasy=naturalne/);
  await page.reload();
  await page.locator('section.map-section').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="map-svg"][data-year]').waitFor({ timeout: 20_000 });
  await expect(page.getByTestId('map-voivodeship')).toHaveValue('12');
  await expect(page.getByTestId('map-method')).toHaveValue('natural');
  const codes = await page
    .getByTestId('map-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  expect(codes.length).toBeGreaterThan(10);
  expect(codes.every((c) => c!.startsWith('12') && c!.length === 4)).toBe(true);
  const snippet = await page.locator('[data-follow-url*="obszar"] [data-embed-code]').inputValue();
  expect(snippet).toContain('obszar=12');
});

test('the English page speaks English and formats numbers the English way', async ({ page }) => {
  await openMap(page, '/en/wskaznik/pop/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#mapa-h')).toHaveText('Map and ranking');
  await expect(page.getByTestId('map-level')).toContainText('Gminas');
  const first = page.getByTestId('map-table').locator('tbody tr').first();
  await expect(first.locator('th a')).toHaveAttribute('href', /^\/en\/gmina\/\d{7}-/);
  await expect(first.locator('td[data-testid="map-table-value"] .num')).toHaveText(/^\d{1,3}(,\d{3})+$/);
});

test('indicator facts: aggregation in words and data status', async ({ page }) => {
  await page.goto('/wskaznik/sps-10k/');
  await expect(page.getByTestId('indicator-aggregation')).toContainText('Iloraz sum');
  await expect(page.getByTestId('indicator-status')).toContainText('Dane demonstracyjne');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByRole('link', { name: /Jak liczymy/ })).toHaveAttribute('href', '/metodologia/');
});

test('the methodology pages explain ratio of sums with a worked example', async ({ page }) => {
  await page.goto('/metodologia/');
  await expect(page.locator('h1')).toHaveText('Metodologia');
  await expect(page.getByTestId('ratio-example')).toContainText('0,60');
  await expect(page.getByTestId('methodology-sources').locator('tbody tr')).not.toHaveCount(0);
  for (const id of ['zrodla', 'agregacja', 'iloraz', 'niejawne', 'demo', 'wydania']) await expect(page.locator(`#${id}`)).toBeVisible();
  await page.goto('/en/metodologia/');
  await expect(page.locator('h1')).toHaveText('Methodology');
  await expect(page.getByTestId('ratio-example')).toContainText('0.60');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map section shows the voivodeships as a table', async ({ page }) => {
    await page.goto('/wskaznik/sps-krs/');
    const fallback = page.getByTestId('map-fallback');
    await expect(fallback).toContainText('JavaScript');
    await expect(fallback.locator('tbody tr')).toHaveCount(16);
  });
});

test('axe WCAG 2.1 AA: the hydrated map with its tooltip open, zoomed, in both languages', async ({ page }) => {
  const { axeViolations, describeViolations } = await import('./helpers/a11y-pages.ts');
  for (const url of ['/wskaznik/reint-ben/', '/en/wskaznik/sps-10k/']) {
    await openMap(page, url);
    await page.getByTestId('map-voivodeship').selectOption('12');
    await page.getByTestId('map-svg').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('map-tip')).toBeVisible();
    await expect(page.getByTestId('map-legend')).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the first tap shows the value and a visible link to the page; the help speaks of tapping', async ({ page }) => {
    await openMap(page, '/wskaznik/sps-krs/?poziom=powiat');
    await expect(page.locator('.help-touch')).toBeVisible();
    await expect(page.locator('.help-pointer')).toBeHidden();
    const path = page.locator(`[data-testid="map-svg"] path[data-i="${geometryIndex('powiat', KRAKOW_POWIAT)}"]`);
    const url = page.url();
    await path.tap();
    await expect(page.getByTestId('map-tip')).toHaveAttribute('data-code', KRAKOW_POWIAT);
    expect(page.url()).toBe(url);
    const link = page.getByTestId('map-open').getByRole('link');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', /\/powiat\/1261-/);
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
});

test('the map offers the shown indicator’s own file, not the whole level table', async ({ page, request }) => {
  await openMap(page, '/wskaznik/sps-krs/');
  const href = await page.getByTestId('map-download').getAttribute('href');
  expect(href).toMatch(/\/data\/\d{4}\/indicator\/SPS_KRS\.zip$/);
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  expect((await res.body()).length).toBeLessThan(1024 * 1024);
});

test("a map made ready while the page was idle draws every area once, in the boundaries' order, and fills it", async ({ page }) => {
  await page.goto('/wskaznik/sps-krs/');
  await page.waitForLoadState('networkidle');
  // Idle periods for the warm-up (map-warm.ts): the boundaries decoded and drawn, then their path elements made.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(() => requestIdleCallback(r)))));
  await page.locator('section.map-section').scrollIntoViewIfNeeded();
  const svg = page.locator('[data-testid="map-svg"][data-level="gmina"][data-year]');
  await svg.waitFor({ timeout: 20_000 });
  const indices = await svg.locator('g.areas path').evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-i'))));
  expect(indices).toEqual([...Array(geometryCount('gmina')).keys()]);
  await expect(svg.locator(`g.areas path[data-i="${geometryIndex('gmina', KRAKOW)}"]`)).toHaveAttribute('fill', /^(#|url\()/);
});
