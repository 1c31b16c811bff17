// The comparison page (/porownaj/): three gminas of powiat nowotarski and the powiat
// itself. The table's values are checked against the shipped territory files, read
// here straight from public/data (not through the page's code): every number rounds to
// the file's value, confidential and missing keep their words, and the demo tag is there
// exactly where the file's flags say demo. Then: the address restores the selection,
// keyboard-only add and remove, no sideways scroll at 360 px, Polish and English.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Indicator } from '#core/catalogue.ts';
import { latestRelease, territory } from './helpers/site-data.ts';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';

const CODES = ['1211011', '1211092', '1211023', '1211'];
const SHOTS = process.env.COMPARE_SHOTS;
// Dev servers (astro dev) compile the island on first request: room for that, no timing asserted.
test.describe.configure({ timeout: 90_000 });

const catalogue = (): Indicator[] =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', latestRelease(), 'indicators.json'), 'utf8'));

const WORDS = {
  pl: { confidential: 'dane niejawne', missing: 'brak danych' },
  en: { confidential: 'confidential', missing: 'no data' },
} as const;

/** "1 234,5" (pl) or "1,234.5" (en), with a real minus sign, as a number. */
function parseShown(text: string, lang: 'pl' | 'en'): number {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  s = lang === 'pl' ? s.replace(',', '.') : s.replace(/,/g, '');
  return Number(s);
}

async function ready(page: Page) {
  await expect(page.getByTestId('compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
}

async function cells(page: Page) {
  return page.getByTestId('compare-table').evaluate((table) =>
    [...table.querySelectorAll('tbody tr[data-indicator]')].flatMap((tr) =>
      [...tr.querySelectorAll('td[data-code]')].map((td) => ({
        indicator: tr.getAttribute('data-indicator')!,
        code: td.getAttribute('data-code')!,
        num: td.querySelector('.num')?.textContent ?? null,
        empty: td.querySelector('.empty-cell')?.textContent ?? null,
        demo: !!td.querySelector('.demo-tag'),
      })),
    ),
  );
}

for (const lang of ['pl', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const release = latestRelease();

  test(`compare: table values equal the territory files (${lang})`, async ({ page }) => {
    await page.goto(`${prefix}/porownaj/?r=${release}&t=${CODES.join(',')}`);
    await ready(page);
    const files = new Map(CODES.map((c) => [c, territory(c)]));
    const year = files.get(CODES[0])!.years.at(-1)!;
    await expect(page.getByTestId('compare-table')).toHaveAttribute('data-year', String(year));
    // Columns in the order of the address.
    const heads = await page
      .locator('[data-testid="compare-table"] thead th[data-code]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-code')));
    expect(heads).toEqual(CODES);

    const decimals = new Map(catalogue().map((i) => [i.id, i.decimals]));
    const shown = await cells(page);
    // Every indicator any of the four files has is a row, with one cell per territory.
    const expectedIds = new Set(CODES.flatMap((c) => Object.keys(files.get(c)!.series)));
    expect(new Set(shown.map((c) => c.indicator))).toEqual(expectedIds);
    expect(shown.length).toBe(expectedIds.size * CODES.length);
    let numbers = 0;
    for (const c of shown) {
      const file = files.get(c.code)!;
      const series = file.series[c.indicator];
      const yi = file.years.indexOf(year);
      const where = `${c.indicator} ${c.code}`;
      if (!series) {
        expect(c.num, where).toBeNull();
        expect(c.empty, where).toContain('—');
        continue;
      }
      const v = series.v[yi];
      const f = series.f?.[yi] ?? 0;
      if (v === null) {
        expect(c.num, where).toBeNull();
        expect(c.empty, where).toBe(f & 2 ? WORDS[lang].confidential : WORDS[lang].missing);
        expect(c.demo, where).toBe(false);
        continue;
      }
      const d = decimals.get(c.indicator)!;
      expect(c.num, where).not.toBeNull();
      expect(Math.abs(parseShown(c.num!, lang) - v), `${where}: ${c.num} vs ${v}`).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      expect(c.demo, where).toBe((f & 1) !== 0);
      numbers++;
    }
    expect(numbers).toBeGreaterThan(CODES.length * 5);

    // The CSV link carries one line per cell, with a status word.
    const href = await page.getByTestId('compare-csv').getAttribute('href');
    const csv = decodeURI(href!.slice(href!.indexOf(',') + 1)).replace(/%23/g, '#');
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('indicator,indicator_name,unit,territory_code,territory_name,year,value,status,flags,release');
    expect(lines.length - 1).toBe(shown.length);
    const popLine = lines.find((l) => l.startsWith('POP,') && l.includes(',1211,'))!;
    const pop = files.get('1211')!.series.POP;
    expect(popLine.split(',').at(-4)).toBe(String(pop.v[pop.v.length - 1]));

    // Charts: one per row, drawn as an SVG image.
    await expect(page.locator('figure.compare-figure svg[role="img"]').first()).toBeVisible();
    expect(await page.locator('figure.compare-figure').count()).toBe(expectedIds.size);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `compare-1280-${lang}.png`) });
    }
  });

  test(`compare: the address restores the selection and the year (${lang})`, async ({ page }) => {
    const year = territory(CODES[0]).years.at(-3)!;
    await page.goto(`${prefix}/porownaj/?t=${CODES.slice(0, 3).join(',')}&y=${year}`);
    await ready(page);
    // The release is written into the address (pinned), the rest kept.
    await expect(page).toHaveURL(new RegExp(`\\?r=${release}&t=${CODES.slice(0, 3).join(',')}&y=${year}$`));
    await expect(page.getByTestId('compare-table')).toHaveAttribute('data-year', String(year));
    await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(3);
    const link = await page.getByTestId('compare-link').inputValue();
    expect(link).toContain(`porownaj/?r=${release}&t=${CODES.slice(0, 3).join(',')}&y=${year}`);
    // Bad input is reported, not fatal.
    await page.goto(`${prefix}/porownaj/?t=1211011,abc,9999999,1211`);
    await ready(page);
    await expect(page.getByTestId('compare-problem')).toHaveCount(2);
    await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(2);
  });

  test(`compare: add and remove by keyboard (${lang})`, async ({ page }) => {
    await page.goto(`${prefix}/porownaj/?t=1211092`);
    await expect(page.getByTestId('compare-need-more')).toBeVisible();
    const input = page.locator('#cmp-q');
    await input.focus();
    // Enter adds the first result (a TERYT code finds exactly its territory).
    await page.keyboard.type('1211');
    await expect(page.getByTestId('compare-hits').locator('button').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await ready(page);
    await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(2);
    await expect(page).toHaveURL(/t=1211092,1211(&|$)/);
    await expect(input).toBeFocused();
    // Tab from the field to a result, Enter on its button.
    await page.keyboard.type('1211011');
    await expect(page.getByTestId('compare-hits').locator('button')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('compare-hits').locator('button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(3);
    await expect(page).toHaveURL(/t=1211092,1211,1211011(&|$)/);
    await expect(page.getByTestId('compare-status')).toContainText('3');
    // Remove the middle chip with the keyboard: focus moves to the chip that took its place.
    await page.locator('[data-testid="compare-chips"] li[data-code="1211"] button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(2);
    await expect(page).toHaveURL(/t=1211092,1211011(&|$)/);
    await expect(page.locator('[data-testid="compare-chips"] li[data-code="1211011"] button')).toBeFocused();
  });

  test(`compare: 360 px wide, no sideways scroll (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${prefix}/porownaj/?t=${CODES.join(',')}`);
    await ready(page);
    await expect(page.locator('figure.compare-figure svg').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `compare-360-${lang}.png`), fullPage: false });
      await page
        .locator('figure.compare-figure')
        .first()
        .screenshot({ path: path.join(SHOTS, `compare-360-chart-${lang}.png`) });
    }
  });
}

test('compare: 8 at most, with a message', async ({ page }) => {
  const eight = ['1211011', '1211023', '1211033', '1211042', '1211052', '1211062', '1211072', '1211082'];
  await page.goto(`/porownaj/?t=${[...eight, '1211092'].join(',')}`);
  await ready(page);
  await expect(page.getByTestId('compare-chips').locator('li')).toHaveCount(8);
  await expect(page.getByTestId('compare-full')).toBeVisible();
  await expect(page.getByTestId('compare-problem')).toContainText('1211092');
});

test('compare: reachable from a territory page and from the search page', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  await page.getByTestId('compare-with').click();
  await expect(page).toHaveURL(/\/porownaj\/\?(r=\d{4}&)?t=1211092/);
  await expect(page.getByTestId('compare-chips').locator('li[data-code="1211092"]')).toBeVisible();
  await page.goto('/en/szukaj/?q=nowotarski');
  const link = page.locator('a.compare-link').first();
  await expect(link).toHaveAttribute('href', '/en/porownaj/?t=1211');
});

test('compare: the embed shows the same table, read-only, with the demo label', async ({ page }) => {
  await page.goto(`/porownaj/?t=${CODES.join(',')}`);
  await ready(page);
  const snippet = await page.getByTestId('compare-embed').inputValue();
  expect(snippet).toContain(`/embed/porownaj/?r=${latestRelease()}&amp;t=${CODES.join(',')}`);
  await page.goto(`/en/embed/porownaj/?r=${latestRelease()}&t=${CODES.join(',')}`);
  await ready(page);
  await expect(page.getByTestId('compare-chips')).toHaveCount(0);
  await expect(page.locator('#cmp-q')).toHaveCount(0);
  const heads = await page
    .locator('[data-testid="compare-table"] thead th[data-code]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-code')));
  expect(heads).toEqual(CODES);
  // Every file here has demo values, so the frame's label is on.
  await expect(page.getByTestId('embed-demo')).toBeVisible();
  // The address is left alone (no release written in).
  expect(page.url()).toContain(`/en/embed/porownaj/?r=${latestRelease()}&t=${CODES.join(',')}`);
});

for (const lang of ['pl', 'en'] as const) {
  test(`compare: no WCAG 2.1 AA violations (axe), with results open (${lang})`, async ({ page }) => {
    await page.goto(`${lang === 'en' ? '/en' : ''}/porownaj/?t=${CODES.join(',')}`);
    await ready(page);
    await page.locator('#cmp-q').fill('nowy');
    await expect(page.getByTestId('compare-hits').locator('button').first()).toBeVisible();
    await expect(page.locator('figure.compare-figure svg').first()).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
