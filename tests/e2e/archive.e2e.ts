// The offline archive of the latest release in Chromium: unpacked to a temp folder and
// opened from file:// (values, tables of the archival form, links to the powiat, the
// voivodeship and an indicator with their build-time charts, the offline note), then served
// by its own launcher (serve.mjs), where the islands work.
// Needs `npm run archive` after the build; with MES_ARCHIVE_OPTIONAL=1 a missing archive
// skips these tests instead of failing them.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { formatNumber } from '#core/format.ts';
import { openArchive } from './helpers/archive-zip.ts';
import { latestRelease, latestValue, territory } from './helpers/site-data.ts';

const release = latestRelease();
const LAUNCHER_PORT = Number(process.env.E2E_PORT ?? 4399) + 1;
const GMINA = 'gmina/1211092-nowy-targ/index.html';

test.describe.configure({ mode: 'serial' });

let root = '';
let tmp = '';
let launcher: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ({ tmp, root } = openArchive(release));
});

test.afterAll(() => {
  launcher?.kill();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const fileUrl = (rel: string) => pathToFileURL(path.join(root, rel)).href;

test('from file://: a gmina page in the archival form with the offline note; links lead to its powiat, voivodeship and an indicator', async ({
  page,
}) => {
  // Nothing may fail from disk: no script errors, no blocked module or fetch requests.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const gmina = territory('1211092');

  await page.goto(fileUrl(GMINA));
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(latestValue(gmina, 'POP').value, 'pl'));
  const coops = latestValue(gmina, 'SPS_KRS');
  const row = page.locator('[data-testid="key-figures"] tr[data-indicator="SPS_KRS"]');
  await expect(row.getByTestId('value').locator('.num')).toHaveText(formatNumber(coops.value, 'pl'));
  // The site's stylesheet loaded through its relative link: the skip link is moved off screen.
  await expect(page.locator('.skip-link')).toHaveCSS('position', 'absolute');
  // The archive holds the archival form: a gmina's figures in tables, no charts or locator map.
  await expect(page.getByTestId('archived-no-charts')).toBeVisible();
  await expect(page.locator('svg.mes-chart')).toHaveCount(0);
  await expect(page.locator('svg.locator')).toHaveCount(0);
  const note = page.getByTestId('offline-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('node serve.mjs');
  await expect(note.getByRole('link', { name: 'serwisu online' })).toHaveAttribute('href', /^https:\/\/.*\/gmina\/1211092-nowy-targ\/$/);

  // Up the breadcrumb to the powiat.
  await page.getByRole('navigation', { name: 'Ścieżka' }).getByRole('link', { name: 'powiat nowotarski' }).click();
  await expect(page).toHaveURL(fileUrl('powiat/1211-nowotarski/index.html'));
  await expect(page.locator('h1')).toHaveText('powiat nowotarski');
  const powiat = territory('1211');
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(latestValue(powiat, 'POP').value, 'pl'));
  await expect(page.getByTestId('children')).toBeVisible();

  // The voivodeship keeps its build-time charts; islands do not hydrate from disk, so no controls.
  await page.getByRole('navigation', { name: 'Ścieżka' }).getByRole('link', { name: 'województwo małopolskie' }).click();
  await expect(page).toHaveURL(fileUrl('wojewodztwo/12-malopolskie/index.html'));
  // More than two charts; waits, as a count taken at once can read a page still being parsed.
  await expect(page.locator('svg.mes-chart').nth(2)).toBeAttached();
  const chart = page.locator('section.theme').first().getByTestId('chart').locator('svg.mes-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  await expect(page.locator('svg.locator').first()).toBeVisible();
  await expect(page.locator('.chart-controls select')).toHaveCount(0);

  // On to an indicator page from the key figures.
  const indicators: { id: string; name: { pl: string } }[] = JSON.parse(
    fs.readFileSync(path.join(root, 'data', release, 'indicators.json'), 'utf8'),
  );
  const sps = indicators.find((i) => i.id === 'SPS_KRS')!;
  await page.locator('[data-testid="key-figures"] tr[data-indicator="SPS_KRS"] th a').click();
  await expect(page).toHaveURL(fileUrl('wskaznik/sps-krs/index.html'));
  await expect(page.locator('h1')).toHaveText(sps.name.pl);
  await expect(page.getByTestId('chart').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('offline-note')).toBeVisible();
  expect(errors).toEqual([]);
});

test('from file://: English pages get the note in English', async ({ page }) => {
  await page.goto(fileUrl(`en/${GMINA}`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('offline-note')).toContainText('Offline copy');
  await expect(page.getByTestId('offline-note')).toContainText('online site');
});

test('served by the launcher: the note is hidden and the islands work', async ({ page }) => {
  test.setTimeout(60_000);
  launcher = spawn(process.execPath, ['serve.mjs', '--port', String(LAUNCHER_PORT)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    launcher!.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    launcher!.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });

  await page.goto(`${origin}/wojewodztwo/12-malopolskie/`);
  await expect(page.locator('h1')).toHaveText('województwo małopolskie');
  await expect(page.getByTestId('offline-note')).toBeHidden();

  // The chart island hydrates and redraws for another indicator.
  const section = page.locator('section.theme[data-theme="entities"]');
  await section.scrollIntoViewIfNeeded();
  const select = section.locator('.chart-controls select').first();
  await expect(select).toBeVisible();
  await select.selectOption('SPS_10K');
  await expect(section.locator('.chart-title')).toContainText('na 10 tys.');
  await expect(section.getByTestId('chart').locator('svg')).toBeVisible();

  // The header search (a plain form in the archival form) leads to the search page, whose
  // island loads its index from the launcher and finds Łódź.
  await page.locator('#hs-q').fill('lodz');
  await page.locator('#hs-q').press('Enter');
  // (The archive's links name index.html, so that they open from disk too.)
  await expect(page).toHaveURL(`${origin}/szukaj/index.html?q=lodz`);
  await expect(page.locator('.search-results a').first()).toContainText('Łódź');
});
