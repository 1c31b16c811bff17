// The entity directory in Chromium: filters give exactly the counts in the pipeline's
// JSON, filter state lives in the URL, text search ignores diacritics, the result list
// works from the keyboard, the map and its table equivalent, "what is offered around",
// export, entity pages and the block on territory pages.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '#core/csv.ts';
import { countPhrase, formatNumber } from '#core/format.ts';
import { UNIT_NOUNS } from '#core/nouns.ts';
import { byTerritory, entityFile, entityIndex, matching, textMatches } from './helpers/directory-data.ts';

const noun = UNIT_NOUNS.entities!;

async function ready(page: Page) {
  await expect(page.getByTestId('directory')).toHaveAttribute('data-status', 'ready');
}
const count = (page: Page) => page.getByTestId('dir-count');

test('filtering by kind, voivodeship and offer gives the counts in the data, kept in the URL', async ({ page }) => {
  const ix = entityIndex();
  await page.goto('/podmioty/');
  await ready(page);
  await expect(count(page)).toHaveAttribute('data-count', String(ix.count));
  await expect(count(page)).toContainText(countPhrase(ix.count, 'pl', noun));

  await page.getByRole('checkbox', { name: /^Centrum integracji społecznej \(CIS\)/ }).check();
  await page.getByLabel('Województwo', { exact: true }).selectOption('12');
  const cisInMalopolska = matching(ix, { categories: ['cis'], area: '12' }).length;
  expect(cisInMalopolska).toBeGreaterThan(0);
  await expect(count(page)).toHaveAttribute('data-count', String(cisInMalopolska));
  await expect(count(page)).toContainText(countPhrase(cisInMalopolska, 'pl', noun));
  await expect(page).toHaveURL(/\/podmioty\/\?kat=cis&obszar=12$/);
  await expect(page.getByTestId('dir-results').locator('a.dir-link')).toHaveCount(Math.min(cisInMalopolska, 50));

  // A second kind and an offer category: OR within a group, AND across groups.
  await page.getByRole('checkbox', { name: /^Spółdzielnia socjalna/ }).check();
  await page.getByRole('checkbox', { name: /^Gastronomia i catering/ }).check();
  const expected = matching(ix, { categories: ['social-cooperative', 'cis'], area: '12', offer: ['catering'] }).length;
  await expect(count(page)).toHaveAttribute('data-count', String(expected));
  await expect(page).toHaveURL(/\?kat=social-cooperative,cis&oferta=catering&obszar=12$/);

  // The URL alone restores the state.
  await page.goto('/podmioty/?kat=social-cooperative,cis&oferta=catering&obszar=12');
  await ready(page);
  await expect(count(page)).toHaveAttribute('data-count', String(expected));
  await expect(page.getByRole('checkbox', { name: /^Spółdzielnia socjalna/ })).toBeChecked();
  await expect(page.getByLabel('Województwo', { exact: true })).toHaveValue('12');

  // A powiat narrows it further; the gmina select offers that powiat's gminas.
  await page.getByLabel('Powiat', { exact: true }).selectOption('1261');
  await expect(count(page)).toHaveAttribute(
    'data-count',
    String(matching(ix, { categories: ['social-cooperative', 'cis'], area: '1261', offer: ['catering'] }).length),
  );
  await expect(page.getByLabel('Gmina', { exact: true }).locator('option')).toHaveCount(2);
});

test('text search covers names and offer descriptions, ignoring case and diacritics', async ({ page }) => {
  await page.goto('/podmioty/');
  await ready(page);
  const q = 'PIELEGNACJA zieleni';
  const expected = textMatches(q).length;
  expect(expected).toBeGreaterThan(0);
  await page.getByLabel('Szukaj w nazwach i opisach oferty').fill(q);
  await expect(count(page)).toHaveAttribute('data-count', String(expected));
  // A name: «Łąka»-style words without their accents.
  const ix = entityIndex();
  const word = ix.name[0].match(/«(.+?)»/)![1];
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase();
  await page.getByLabel('Szukaj w nazwach i opisach oferty').fill(plain);
  await expect(count(page)).toHaveAttribute('data-count', String(textMatches(plain).length));
  await expect(page).toHaveURL(new RegExp(`\\?q=${plain}$`));
});

test('the result list works from the keyboard', async ({ page }) => {
  await page.goto('/podmioty/?kat=wtz');
  await ready(page);
  const links = page.getByTestId('dir-results').locator('a.dir-link');
  await expect(links).toHaveCount(50);
  // Tab from the last control before the list lands on the first result.
  await page.getByTestId('export-json').focus();
  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.nth(49)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.nth(0)).toBeFocused();
  // "Show more" by keyboard moves focus to the first new result.
  await page.getByTestId('dir-more').focus();
  await page.keyboard.press('Enter');
  await expect(links.nth(50)).toBeFocused();
  // Enter opens the entity's page.
  await links.nth(1).focus();
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByTestId('entity')).toBeVisible();
});

test('an entity page shows its record, marked demo, with links to its gmina', async ({ page }) => {
  const ix = entityIndex();
  // One with certificates and a social enterprise status history.
  const id = ix.id.find((_, i) => ix.cert[i].length > 0 && ix.se[i] === 1)!;
  const file = entityFile(id);
  const e = file.entity;
  await page.goto(`/podmiot/${id}/`);
  await expect(page.locator('h1')).toContainText(e.name);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  if (e.demo) {
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await expect(page.getByTestId('entity-demo')).toBeVisible();
    await expect(page.locator('h1 .demo-tag')).toHaveText('demo');
  }
  if (e.offer.description) await expect(page.getByTestId('offer-description')).toHaveText(e.offer.description);
  await expect(page.getByTestId('certificates').locator('tbody tr')).toHaveCount(e.certificates.length);
  await expect(page.getByTestId('se-status')).toContainText('ma status przedsiębiorstwa społecznego');
  if (e.location.approximate) await expect(page.getByTestId('location-note')).toContainText('Położenie przybliżone');
  const gmina = file.place.at(-1)!;
  await page.getByTestId('gmina-link').click();
  await expect(page).toHaveURL(new RegExp(`/gmina/${gmina.code}-${gmina.slug}/$`));
  await expect(page.getByTestId('territory-entities')).toBeVisible();
  await expect(page.getByTestId('territory-entities').getByRole('link', { name: e.name })).toBeVisible();
});

test('the English entity page and directory use English labels and numbers', async ({ page }) => {
  const ix = entityIndex();
  await page.goto(`/en/podmiot/${ix.id[0]}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Offer', exact: true })).toBeVisible();
  await page.goto('/en/podmioty/?kat=cis');
  await ready(page);
  const n = matching(ix, { categories: ['cis'] }).length;
  await expect(count(page)).toContainText(`${formatNumber(n, 'en')} entities`);
  await expect(page.getByTestId('dir-results').locator('a.dir-link').first()).toHaveAttribute('href', /^\/en\/podmiot\//);
});

test('the map: bins hold every result, and the table below zooms in from the keyboard', async ({ page }) => {
  const ix = entityIndex();
  await page.goto('/podmioty/?kat=social-cooperative');
  await ready(page);
  await page.getByRole('radio', { name: 'Mapa' }).check();
  await expect(page).toHaveURL(/widok=mapa/);
  const map = page.getByTestId('dir-map');
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('role', 'img');
  const total = matching(ix, { categories: ['social-cooperative'] }).length;
  const binned = async () =>
    (
      await page
        .getByTestId('dir-map-bins')
        .locator('g.dm-bin')
        .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-n'))))
    ).reduce((a, b) => a + b, 0);
  await expect.poll(binned).toBe(total);
  const table = page.getByTestId('dir-map-table');
  await expect(table.locator('tbody tr')).toHaveCount(16);
  const cell = table.locator('tr[data-code="12"] td');
  await expect(cell).toHaveText(formatNumber(matching(ix, { categories: ['social-cooperative'], area: '12' }).length, 'pl'));
  await table.getByRole('button', { name: 'Przybliż: małopolskie' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/obszar=12/);
  await expect(page.getByLabel('Województwo', { exact: true })).toHaveValue('12');
  await expect(table.locator('tbody tr[data-code="1261"]')).toBeVisible();
  await expect.poll(binned).toBe(matching(ix, { categories: ['social-cooperative'], area: '12' }).length);
  // Clicking a circle lists its entities.
  await page.getByTestId('dir-map-bins').locator('g.dm-bin').first().click();
  await expect(page.getByTestId('dir-map-selected').locator('a.dir-link').first()).toBeVisible();
});

test('what is offered around a gmina: its entities and its neighbours, grouped by offer', async ({ page, request }) => {
  const ix = entityIndex();
  const code = '1211011';
  const nb = await (await request.get('/podmioty/dane/sasiedzi.json')).json();
  const i = nb.gmina.codes.indexOf(code);
  const around = new Set([code, ...nb.gmina.neighbours[i].map((j: number) => nb.gmina.codes[j])]);
  const expected = ix.gmina.filter((g) => around.has(g)).length;
  await page.goto(`/podmioty/?obszar=${code}&widok=okolica`);
  await ready(page);
  const area = page.getByTestId('dir-area');
  await expect(area.locator('h2')).toContainText('Nowy Targ (gmina miejska)');
  await expect(count(page)).toHaveAttribute('data-count', String(expected));
  // Every offer group lists entities offering it; the first group's heading gives its count.
  const groups = area.locator('section.dir-area-group');
  await expect(groups.first()).toBeVisible();
  const first = groups.first();
  const offer = await first.getAttribute('data-offer');
  const inGroup = ix.id.filter((_, k) => around.has(ix.gmina[k]) && ix.offer[k].some((o) => ix.vocab.offer[o] === offer)).length;
  await expect(first.locator('li')).toHaveCount(inGroup);
  // The gmina's own entities come first in every group.
  for (const g of await groups.all()) {
    const home = await g.locator('li').evaluateAll((lis) => lis.map((li) => (li.querySelector('.dir-home') ? 1 : 0)));
    expect(home).toEqual([...home].sort((a, b) => b - a));
  }
  await expect(area.locator('.dir-home').first()).toHaveText('w tej gminie');
});

test('export: CSV with BOM and JSON hold exactly the filtered entities', async ({ page }) => {
  const ix = entityIndex();
  await page.goto('/podmioty/?kat=kis&obszar=24');
  await ready(page);
  const expected = matching(ix, { categories: ['kis'], area: '24' });
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toBe(`podmioty-${ix.release}-kat-kis-obszar-24.csv`);
  const csv = fs.readFileSync(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(csv.toString('utf8'));
  expect(records).toHaveLength(expected.length + 1);
  const idCol = records[0].fields.indexOf('id');
  expect(
    records
      .slice(1)
      .map((r) => r.fields[idCol])
      .sort(),
  ).toEqual(expected.map((i) => ix.id[i]).sort());
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const json = JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'));
  expect(json.count).toBe(expected.length);
  expect(json.filter).toBe('?kat=kis&obszar=24');
});

test('a territory page shows the entities located in it and links to the filtered directory', async ({ page }) => {
  const bt = byTerritory();
  const code = '1261';
  const total = bt.counts[code].reduce((a, b) => a + b, 0);
  await page.goto('/powiat/1261-krakow/');
  const block = page.getByTestId('territory-entities');
  await expect(block.getByTestId('territory-entities-total')).toHaveText(formatNumber(total, 'pl'));
  await block.getByTestId('territory-entities-link').click();
  await expect(page).toHaveURL(/\/podmioty\/\?obszar=1261$/);
  await ready(page);
  await expect(count(page)).toHaveAttribute('data-count', String(total));
});

test('axe WCAG 2.1 AA: the directory in its list, map and area views, and an entity page', async ({ page }) => {
  const { axeViolations, describeViolations } = await import('./helpers/a11y-pages.ts');
  for (const [path, ready] of [
    ['/podmioty/?kat=cis&obszar=12', '[data-testid="dir-results"]'],
    ['/podmioty/?obszar=12&widok=mapa', '[data-testid="dir-map"]'],
    ['/en/podmioty/?obszar=1261&widok=mapa', '[data-testid="dir-map"]'],
    ['/podmioty/?obszar=1211092&widok=okolica', '[data-testid="dir-area"] section'],
    ['/podmioty/?widok=okolica', '[data-testid="dir-area"]'],
    ['/podmioty/?q=zzzzzz', '[data-testid="dir-empty"]'],
    [`/podmiot/${entityIndex().id[0]}/`, '[data-testid="entity"]'],
  ]) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    if (path.includes('mapa')) {
      await page.getByTestId('dir-map-bins').locator('g.dm-bin').first().click();
      await expect(page.getByTestId('dir-map-selected')).toBeVisible();
    }
    const violations = await axeViolations(page);
    expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
  }
});
