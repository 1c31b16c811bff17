// The offline archive of an older release in Chromium, opened from file://: its gmina page
// in the archival form (the release's figures in tables, no charts; the theme's time series
// and the page's JSON record linked), its powiat page likewise, and its voivodeship page
// with charts. Needs `npm run archive` after a build with more than one release; with
// MES_ARCHIVE_OPTIONAL=1 a missing archive skips these tests instead of failing them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { TerritoryFile } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { openArchive } from './helpers/archive-zip.ts';
import { latestValue } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const releases = JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')) as { latest: string; releases: string[] };
const OLD = releases.releases.find((r) => r !== releases.latest) ?? '';
const territoryOf = (code: string): TerritoryFile => JSON.parse(fs.readFileSync(path.join(DATA, OLD, 'territory', `${code}.json`), 'utf8'));

test.describe.configure({ mode: 'serial' });

let root = '';
let tmp = '';

test.beforeAll(async () => {
  test.skip(!OLD, 'only one release: no older archive');
  test.setTimeout(240_000);
  ({ tmp, root } = openArchive(OLD));
});

test.afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const fileUrl = (rel: string) => pathToFileURL(path.join(root, rel)).href;

test("from file://: an older release's gmina and powiat pages in the archival form, its voivodeship page with charts", async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const gmina = territoryOf('1211092');

  await page.goto(fileUrl('gmina/1211092-nowy-targ/index.html'));
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(latestValue(gmina, 'POP').value, 'pl'));
  const coops = latestValue(gmina, 'SPS_KRS');
  const row = page.locator('[data-testid="key-figures"] tr[data-indicator="SPS_KRS"]');
  await expect(row.getByTestId('value').locator('.num')).toHaveText(formatNumber(coops.value, 'pl'));
  // Every value of a demo series carries its mark.
  if (gmina.series.SPS_KRS.s === 'demo') await expect(row.getByTestId('value').locator('.demo-tag')).toHaveText('demo');
  await expect(page.locator('svg.mes-chart')).toHaveCount(0);
  await expect(page.getByTestId('offline-note')).toBeVisible();

  // The page's JSON record is in the archive, at the relative link.
  const json = await page.getByTestId('archived-no-charts').getByRole('link').getAttribute('href');
  const record = fileURLToPath(new URL(json!, page.url()));
  expect(JSON.parse(fs.readFileSync(record, 'utf8')).territory.code).toBe('1211092');

  // Up to the powiat (archival form too) and the voivodeship (charts kept).
  await page.getByRole('navigation', { name: 'Ścieżka' }).getByRole('link', { name: 'powiat nowotarski' }).click();
  await expect(page.locator('h1')).toHaveText('powiat nowotarski');
  await expect(page.getByTestId('archived-no-charts')).toBeVisible();
  await expect(page.getByTestId('children')).toBeVisible();
  await page.getByRole('navigation', { name: 'Ścieżka' }).getByRole('link', { name: 'województwo małopolskie' }).click();
  await expect(page.locator('h1')).toHaveText('województwo małopolskie');
  // More than two charts; waits, as a count taken at once can read a page still being parsed.
  await expect(page.locator('svg.mes-chart').nth(2)).toBeAttached();
  expect(errors).toEqual([]);
});
