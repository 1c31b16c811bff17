// The builder at full size in Chromium: gmina level × 6 indicators with rows territory,
// year and indicator is 2,479 × 10 × 6 = 148,740 rows. It once threw "Maximum call
// stack size exceeded" in the pivot and left the page on "Wczytywanie danych: plik 6 z
// 6…". Now a table appears, one page of 100 rows at a time with next/previous and
// "Wiersze x–y z n", no error message, and the CSV export holds every row. Expected
// counts come from the shipped level files, not from the builder's code.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Indicator } from '#core/catalogue.ts';
import type { LevelFile } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { latestRelease } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const release = latestRelease();
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA, release, rel), 'utf8')) as T;

/** Six summable gmina indicators (a sum loads one file each: "plik 6 z 6"), in catalogue order. */
function sixSums(): string[] {
  const ids = read<Indicator[]>('indicators.json')
    .filter((i) => i.levels.includes('gmina') && i.aggregation.rule === 'sum')
    .map((i) => i.id);
  const preferred = ['SPS_KRS', 'SPS_ACT', 'PS_ACT', 'REINT', 'CIS', 'KIS'];
  const chosen = preferred.filter((id) => ids.includes(id));
  for (const id of ids) if (chosen.length < 6 && !chosen.includes(id)) chosen.push(id);
  return chosen;
}

/** "Wiersze 1–100 z 148 740" as the page writes it (Polish grouping with a no-break space). */
const rangeText = (from: number, to: number, total: number) =>
  `Wiersze ${formatNumber(from, 'pl')}–${formatNumber(to, 'pl')} z ${formatNumber(total, 'pl')}`;

async function bodyRows(page: Page): Promise<number> {
  return page.getByTestId('result-table').locator('tbody tr').count();
}

test('gmina level × 6 indicators with rows territory, year, indicator: a paged table of 148,740 rows, no error', async ({ page }) => {
  test.setTimeout(240_000);
  const ids = sixSums();
  expect(ids).toHaveLength(6);
  const level = read<LevelFile>(`level/gmina/${ids[0]}.json`);
  expect(level.codes.length * level.years.length * ids.length).toBe(148_740); // the size of the report: 2,479 gminas × 10 years × 6
  // Gminas created later have no rows for the years before they existed (their area is in another gmina's).
  const register = read<{ code: string; existsFrom?: number }[]>('territories.json');
  const absentYears = register.reduce((n, e) => n + (e.existsFrom ? level.years.filter((y) => y < e.existsFrom!).length : 0), 0);
  const total = (level.codes.length * level.years.length - absentYears) * ids.length;

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/zestawienia/?v=1&r=${release}&l=gmina&i=${ids.join(',')}&rows=territory,year,indicator&cols=&tot=0&sub=0&ch=none`);

  const table = page.getByTestId('result-table');
  await expect(table).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('builder-error')).toHaveCount(0);
  await expect(page.getByTestId('builder-status')).toContainText(`${total} wierszy`); // countForm writes the bare number
  await expect(page.getByTestId('builder-status')).not.toContainText('Wczytywanie');

  // One page of 100 rows, and the range it shows.
  const range = page.getByTestId('page-range');
  await expect(range).toHaveText(rangeText(1, 100, total));
  expect(await bodyRows(page)).toBe(100);
  await expect(page.getByTestId('page-prev')).toBeDisabled();

  // Next and back again.
  await page.getByTestId('page-next').click();
  await expect(range).toHaveText(rangeText(101, 200, total));
  expect(await bodyRows(page)).toBe(100);
  await page.getByTestId('page-prev').click();
  await expect(range).toHaveText(rangeText(1, 100, total));

  // Rows in natural order: the first gmina's first year, then the same gmina's other years.
  await expect(table.locator('tbody tr').first().locator('th').nth(1)).toHaveText(String(level.years[0]));
  await expect(table.locator('tbody tr').nth(ids.length).locator('th').nth(1)).toHaveText(String(level.years[1]));

  // The export holds every row, not just the page on screen.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-csv').click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  expect(lines).toHaveLength(total + 1); // the header and one line per row
  expect(errors).toEqual([]);
});

test('a wide table shows fewer rows a page: gmina × 3 indicators × 10 years, 50 rows of 31 cells', async ({ page }) => {
  const level = read<LevelFile>('level/gmina/SPS_KRS.json');
  const register = read<{ code: string; level: string; existsFrom?: number }[]>('territories.json');
  // A row per gmina that existed in some year of the release (one created later has none), and the total row.
  const last = Math.max(...level.years);
  const gminas = register.filter((e) => e.level === 'gmina' && level.codes.includes(e.code) && !(e.existsFrom! > last)).length;
  await page.goto(`/zestawienia/?v=1&r=${release}&l=gmina&i=SPS_KRS,SPS_10K,POP&rows=territory&cols=indicator,year&tot=1&ch=none`);
  const table = page.getByTestId('builder').getByTestId('result-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('page-range')).toHaveText(rangeText(1, 50, gminas + 1));
  expect(await table.locator('tbody tr').count()).toBe(50);
  expect(await table.locator('tbody tr').first().locator('th, td').count()).toBe(1 + 3 * level.years.length);
});

test('a failed load and a failed computation each show a message instead of "loading" forever', async ({ page }) => {
  const q = `v=1&r=${release}&l=voivodeship&i=SPS_KRS&rows=territory&cols=year&tot=1&ch=none`;
  const chunkUrl = `**/data/${release}/level/voivodeship/SPS_KRS.json`;

  // The data file cannot be fetched.
  await page.route(chunkUrl, (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto(`/zestawienia/?${q}`);
  await expect(page.getByTestId('builder-error')).toContainText('Nie udało się wczytać danych');
  await expect(page.getByTestId('builder-status')).not.toContainText('Wczytywanie');
  await page.unroute(chunkUrl);

  // The file arrives but its table is broken, so computing the result throws.
  const broken = { ...read<LevelFile>('level/voivodeship/SPS_KRS.json'), values: { SPS_KRS: [null] } };
  await page.route(chunkUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }));
  await page.goto(`/en/zestawienia/?${q}`);
  await expect(page.getByTestId('builder-error')).toContainText('The table could not be computed');
  await expect(page.getByTestId('builder-status')).not.toContainText('Loading');
  await expect(page.getByTestId('result-table')).toHaveCount(0);
});

test('a pasted list of whole areas becomes a short link; a list that stays long is flagged', async ({ page }) => {
  const register = read<{ code: string; level: string }[]>('territories.json');
  const gminas = register.filter((e) => e.level === 'gmina').map((e) => e.code);
  const base = `v=1&r=${release}&l=gmina&i=SPS_KRS&y=2024&rows=territory&cols=year,indicator&tot=1&ch=none`;

  // Every gmina of voivodeship 12, listed one by one (an old-style link): the permalink writes "12*".
  const v12 = gminas.filter((c) => c.startsWith('12'));
  await page.goto(`/zestawienia/?${base}&c=${v12.join(',')}`);
  await expect(page.getByTestId('result-table')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('builder-status')).toContainText(`${v12.length} `);
  await expect(page.getByTestId('permalink')).toHaveValue(/[?&]c=12\*&/);
  await expect(page.getByTestId('link-too-long')).toHaveCount(0);

  // 300 gminas, none of them a whole powiat's set: the list stays long, and the page says so.
  const firsts = new Set(gminas.map((c) => gminas.find((g) => g.startsWith(c.slice(0, 4)))));
  const scattered = gminas.filter((c) => !firsts.has(c)).slice(0, 300);
  await page.goto(`/zestawienia/?${base}&c=${scattered.join(',')}`);
  await expect(page.getByTestId('result-table')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('link-too-long')).toContainText(formatNumber(2000, 'pl'));
});
