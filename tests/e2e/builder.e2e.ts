// The tabulation builder in Chromium: build a table through the interface, export it
// as CSV and check the file against an independent recomputation from the level JSON
// (plain sums and a ratio of sums written here, not the builder's code); the permalink
// restores the same table; an old release says so; `none` indicators refuse grouping;
// sorting, the map and the XLSX export work.
import fs from 'node:fs';
import path from 'node:path';
import { SITE_URL } from '#core/site-url.ts';
import { expect, test, type Download, type Page } from '@playwright/test';
import type { Indicator } from '#core/catalogue.ts';
import type { LevelFile, RegisterEntry } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { translator } from '#i18n/index.ts';
import { latestRelease } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const release = latestRelease();
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA, release, rel), 'utf8')) as T;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await d.path();
  return { d, bytes: fs.readFileSync(file!) };
}

/**
 * The expected CSV for: gminas of one voivodeship grouped by powiat, years in columns,
 * then indicators; a total row. Sum: a confidential member makes the group
 * confidential, a missing one makes it empty. Ratio: sum of numerators / sum of
 * denominators × multiplier, rounded to the published decimals.
 */
function expectedCsv(voiv: string, years: number[], ids: string[]): string {
  const catalogue = new Map(read<Indicator[]>('indicators.json').map((i) => [i.id, i]));
  const register = read<RegisterEntry[]>('territories.json');
  const existsFrom = new Map(register.filter((e) => e.existsFrom !== undefined).map((e) => [e.code, e.existsFrom!]));
  const chunks = new Map<string, LevelFile>();
  const chunk = (id: string) => {
    if (!chunks.has(id)) chunks.set(id, read<LevelFile>(`level/gmina/${id}.json`));
    return chunks.get(id)!;
  };
  type Sum = { state: 'value' | 'suppressed' | 'missing'; value: number; flags: number };
  const sum = (id: string, members: string[], year: number): Sum => {
    const c = chunk(id);
    const yi = c.years.indexOf(year);
    let total = 0;
    let missing = false;
    let flags = 0;
    for (const code of members) {
      // A gmina created later is no member before it existed (its area is in another gmina's figures).
      if ((existsFrom.get(code) ?? -Infinity) > year) continue;
      const ti = c.codes.indexOf(code);
      const v = c.values[id][yi][ti];
      const f = c.flags[id]?.[yi]?.[ti] ?? 0;
      flags |= f;
      if (f & 2) return { state: 'suppressed', value: 0, flags };
      if (v === null) missing = true;
      else total += v;
    }
    return missing ? { state: 'missing', value: 0, flags } : { state: 'value', value: total, flags };
  };
  // The status word beside each value (flag bits: 1 demo, 2 confidential, 4 estimate, 8 provisional; demo outranks the rest).
  const statusOf = (state: Sum['state'], flags: number): string =>
    state === 'suppressed'
      ? 'confidential'
      : state === 'missing'
        ? 'missing'
        : flags & 1
          ? 'demo'
          : flags & 4
            ? 'estimate'
            : flags & 8
              ? 'provisional'
              : 'real';
  const fixed = (v: number, d: number) => (Math.round(v * 10 ** d) / 10 ** d).toFixed(d).replace('.', ',');
  /** The value and its status column. */
  const cell = (id: string, members: string[], year: number): [string, string] => {
    const ind = catalogue.get(id)!;
    const a = ind.aggregation;
    if (members.length === 1 || a.rule === 'sum') {
      if (members.length === 1) {
        const c = chunk(id);
        const yi = c.years.indexOf(year);
        const ti = c.codes.indexOf(members[0]);
        const v = c.values[id][yi][ti];
        const f = c.flags[id]?.[yi]?.[ti] ?? 0;
        if (f & 2) return ['dane niejawne', 'confidential'];
        return v === null ? ['', 'missing'] : [fixed(v, ind.decimals), statusOf('value', f)];
      }
      const s = sum(id, members, year);
      const shown = s.state === 'suppressed' ? 'dane niejawne' : s.state === 'missing' ? '' : fixed(s.value, ind.decimals);
      return [shown, statusOf(s.state, s.flags)];
    }
    if (a.rule !== 'ratio') throw new Error(`the test recomputes sums and ratios only, not ${a.rule}`);
    const num = sum(a.numerator, members, year);
    const den = sum(a.denominator, members, year);
    if (num.state === 'suppressed' || den.state === 'suppressed') return ['dane niejawne', 'confidential'];
    if (num.state === 'missing' || den.state === 'missing' || den.value === 0) return ['', 'missing'];
    return [fixed((num.value / den.value) * a.multiplier, ind.decimals), statusOf('value', num.flags | den.flags)];
  };
  const gminas = register.filter((e) => e.level === 'gmina' && e.parents[1] === voiv);
  const powiats = register.filter((e) => e.level === 'powiat' && e.parents[1] === voiv).sort((a, b) => a.code.localeCompare(b.code));
  const head = ['Powiat (TERYT)', 'Powiat'];
  // Indicators head the columns, each over its years (the default layout).
  for (const id of ids)
    for (const y of years) {
      const label = `${catalogue.get(id)!.name.pl} (${translator('pl')(`unit.${catalogue.get(id)!.unit}`)}) — ${y}`;
      head.push(label, `${label} — status`);
    }
  const lines = [head];
  for (const p of powiats) {
    const members = gminas.filter((g) => g.parents[2] === p.code).map((g) => g.code);
    if (!members.length) continue;
    lines.push([p.code, p.displayName, ...ids.flatMap((id) => years.flatMap((y) => cell(id, members, y)))]);
  }
  const all = gminas.map((g) => g.code);
  lines.push(['', 'Ogółem', ...ids.flatMap((id) => years.flatMap((y) => cell(id, all, y)))]);
  const q = (f: string) => (/[;"\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return `\ufeff${lines.map((l) => l.map(q).join(';')).join('\r\n')}\r\n`;
}

async function waitForTable(page: Page) {
  await expect(page.getByTestId('result-table')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('builder-status')).toContainText(/wiersz|row/);
}

test('build a table through the interface, export CSV, and match an independent recomputation', async ({ page }) => {
  await page.goto('/zestawienia/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zestawienia');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await waitForTable(page); // the default table (voivodeships)

  await page.getByTestId('level').selectOption('gmina');
  await page.getByRole('checkbox', { name: /^Spółdzielnie socjalne na 10 tys\. ludności/ }).check();
  await page.getByRole('checkbox', { name: /^Uczestnicy CIS i ZAZ oraz WTZ/ }).check();
  await expect(page.getByTestId('indicator-count')).toContainText('wybrano 3 wskaźniki');
  await page.getByText('Województwa', { exact: true }).click(); // opens the list of voivodeships
  await page.getByRole('checkbox', { name: 'małopolskie', exact: true }).check();
  await page.getByRole('radio', { name: 'zakres' }).check();
  await page.getByTestId('year-from').selectOption('2020');
  await page.getByTestId('year-to').selectOption('2024');
  await page.getByRole('button', { name: 'do wierszy: Powiat' }).click();
  await page.getByRole('button', { name: 'usuń z układu: Jednostka' }).click();
  await expect(page.getByTestId('layout-rows')).toHaveText(/Powiat/);
  await waitForTable(page);
  await expect(page.getByTestId('result-table').locator('caption')).toContainText('małopolskie');

  // Polish Excel defaults: semicolon and decimal comma.
  await expect(page.getByRole('radio', { name: 'średnik (;)' })).toBeChecked();
  const { d, bytes } = await downloaded(page, () => page.getByTestId('export-csv').click());
  expect(d.suggestedFilename()).toBe(`zestawienie-${release}-gmina-SPS_KRS-SPS_10K-REINT_BEN.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  const expected = expectedCsv('12', [2020, 2021, 2022, 2023, 2024], ['SPS_KRS', 'SPS_10K', 'REINT_BEN']);
  expect(csv.split('\r\n')[0]).toBe(expected.split('\r\n')[0]);
  expect(csv).toBe(expected);
  // The table holds confidential groups (REINT_BEN), shown in words, never as 0.
  expect(csv).toContain('dane niejawne');
  await expect(page.getByTestId('result-table').getByText('dane niejawne').first()).toBeVisible();

  // The address is a permalink: opened afresh it restores the same table and the same file.
  const url = page.url();
  expect(url).toContain(`r=${release}`);
  const again = await page.context().newPage();
  await again.goto(url);
  await waitForTable(again);
  const second = await downloaded(again, () => again.getByTestId('export-csv').click());
  expect(second.bytes.toString('utf8')).toBe(csv);
  // Permalink and embed point at the configured site URL, like every other embed snippet.
  const local = new URL(url);
  await expect(again.getByTestId('permalink')).toHaveValue(new URL(`${local.pathname}${local.search}`, SITE_URL).href);
  await expect(again.getByTestId('embed')).toHaveValue(
    new RegExp(`^<iframe src="${SITE_URL.replace(/[.]/g, '\\.')}/embed/zestawienia/\\?v=1&amp;r=`),
  );
});

test('comma separator and decimal point give a standard CSV', async ({ page }) => {
  await page.goto(`/zestawienia/?v=1&r=${release}&l=voivodeship&i=SPS_10K&y=2024&rows=territory&cols=indicator,year&tot=1`);
  await waitForTable(page);
  await page.getByRole('radio', { name: 'przecinek (,)' }).first().check();
  await page.getByRole('radio', { name: 'kropka (.)' }).check();
  const { bytes } = await downloaded(page, () => page.getByTestId('export-csv').click());
  const lines = bytes.toString('utf8').split('\r\n');
  const label = 'Spółdzielnie socjalne na 10 tys. ludności (na 10 tys. mieszkańców) — 2024';
  expect(lines[0]).toBe(`\ufeffJednostka (TERYT),Jednostka,${label},${label} — status`);
  const file = read<LevelFile>('level/voivodeship/SPS_10K.json');
  const yi = file.years.indexOf(2024);
  const ti = file.codes.indexOf('02');
  const v = file.values.SPS_10K[yi][ti];
  const f = file.flags.SPS_10K?.[yi]?.[ti] ?? 0;
  // The status word beside the value: the one a spreadsheet filter keeps real figures by.
  const status = f & 2 ? 'confidential' : v === null ? 'missing' : f & 1 ? 'demo' : f & 4 ? 'estimate' : f & 8 ? 'provisional' : 'real';
  expect(lines[1]).toBe(`02,województwo dolnośląskie,${v === null ? '' : v.toFixed(2)},${status}`);
});

test('an old release keeps its numbers and links to the same table in the latest release', async ({ page }) => {
  const all = JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')) as { latest: string; releases: string[] };
  const old = all.releases.find((r) => r !== all.latest);
  test.skip(!old, 'only one release is published');
  await page.goto(`/zestawienia/?v=1&r=${old}&l=voivodeship&i=SPS_KRS&rows=territory&cols=year,indicator`);
  await waitForTable(page);
  const note = page.getByTestId('release-note');
  await expect(note).toContainText(`wydania danych ${old}`);
  const link = note.getByRole('link');
  await expect(link).toHaveAttribute('href', new RegExp(`r=${all.latest}&l=voivodeship&i=SPS_KRS`));
  await expect(page.getByTestId('permalink')).toHaveValue(new RegExp(`r=${old}`));
  // The cells are the old release's own figures.
  const file = JSON.parse(fs.readFileSync(path.join(DATA, old!, 'level', 'voivodeship', 'SPS_KRS.json'), 'utf8')) as LevelFile;
  const last = file.years.length - 1;
  const v = file.values.SPS_KRS[last][file.codes.indexOf('02')];
  const firstRow = page.getByTestId('result-table').locator('tbody tr').first();
  await expect(firstRow.locator('td').nth(last)).toContainText(formatNumber(v!, 'pl'));
});

test('an indicator with no aggregation rule refuses grouping with a clear message (English)', async ({ page }) => {
  await page.goto(`/en/zestawienia/?v=1&r=${release}&l=voivodeship&i=NGO_10K,SPS_KRS&rows=year&cols=indicator`);
  await waitForTable(page);
  await expect(page.getByTestId('refused')).toContainText('“Non-profit organisations per 10,000 inhabitants”');
  await expect(page.getByTestId('refused')).toContainText('cannot be grouped');
  // The language link keeps the table.
  await expect(page.getByTestId('language-switch')).toHaveAttribute('href', /^\/zestawienia\/\?v=1&r=.*&i=NGO_10K,SPS_KRS/);
  await expect(page.getByTestId('result-table').getByText('not aggregable').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('sorting by a column sets aria-sort; the map draws one shape per area; XLSX has a metadata sheet', async ({ page }) => {
  await page.goto(`/zestawienia/?v=1&r=${release}&l=voivodeship&i=POP&y=2024&rows=territory&cols=year,indicator&ch=map`);
  await waitForTable(page);
  const sortButton = page.getByRole('button', { name: /^Sortuj według: 2024/ });
  const header = page.getByTestId('result-table').locator('thead th', { has: sortButton });
  await sortButton.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const values = await page.getByTestId('result-table').locator('tbody tr:not(.total) td').allTextContents();
  const nums = values.map((s) => Number(s.replace(/[^\d,]/g, '').replace(',', '.')));
  expect(nums).toEqual([...nums].sort((a, b) => b - a));
  await expect(page).toHaveURL(/sort=c0-desc/);
  // Keyboard: the same button, reached by Tab and pressed with Enter, flips the order.
  await sortButton.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');

  // The chart is the builder's second tab.
  await page.getByRole('tab', { name: 'Wykres' }).click();
  await expect(page.getByTestId('builder-map').locator('path')).toHaveCount(16);
  const { bytes } = await downloaded(page, () => page.getByTestId('export-xlsx').click());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const text = bytes.toString('utf8');
  expect(text).toContain('xl/worksheets/sheet2.xml');
  expect(text).toContain('<sheet name="Metadane"');
  expect(text).toContain('Dane demonstracyjne');
  expect(text).toContain(`<t>${release}</t>`);
});

test('axe WCAG 2.1 AA on the builder with a computed table and each chart (pl and en)', async ({ page }) => {
  const { axeViolations, describeViolations } = await import('./helpers/a11y-pages.ts');
  const q = `v=1&r=${release}&l=gmina&i=SPS_KRS,SPS_10K,REINT_BEN&y=2022-2024&w=12&rows=powiat,territory&cols=year,indicator&sub=1`;
  for (const [prefix, chart] of [
    ['', 'bar'],
    ['/en', 'map'],
    ['', 'line'],
  ]) {
    await page.goto(`${prefix}/zestawienia/?${q}&ch=${chart}`);
    await waitForTable(page);
    await page.locator('#b-view-tab-chart').click();
    if (chart === 'map') await expect(page.getByTestId('builder-map')).toBeVisible();
    else await expect(page.getByTestId('builder-chart-canvas').locator('svg')).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});

test('wide tables: each indicator heads its years once, and the row and header labels stay in view when scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`/zestawienia/?v=1&r=${release}&l=powiat&i=SPS_KRS,SPS_10K,REINT_BEN&w=12`);
  await waitForTable(page);
  const table = page.getByTestId('result-table');
  const groups = table.locator('thead th[scope="colgroup"]');
  await expect(groups).toHaveCount(3);
  await expect(groups.first()).toContainText('(');
  // Leaf headers are years only: short, so the table stays narrow.
  const leaves = await table.locator('thead tr').last().locator('th').allTextContents();
  expect(leaves.every((s) => /^\s*\d{4}\s*[▲▼↕]?\s*$/.test(s))).toBe(true);
  const region = page.locator('.result-scroll');
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: 400 }));
  const box = (await region.boundingBox())!;
  const rowHead = (await table.locator('tbody tr').nth(5).locator('th').first().boundingBox())!;
  expect(rowHead.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(rowHead.x).toBeLessThan(box.x + 20);
  const groupRow = (await table.locator('thead tr').first().boundingBox())!;
  const yearRow = (await table.locator('thead tr').last().boundingBox())!;
  expect(groupRow.y + groupRow.height).toBeLessThanOrEqual(yearRow.y + 1);
  expect(yearRow.y).toBeGreaterThanOrEqual(box.y - 1);
  expect(yearRow.y + yearRow.height).toBeLessThan(box.y + box.height);
});
