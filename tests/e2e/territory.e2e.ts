// Territory pages in Chromium: key figures equal the pipeline JSON, charts present as
// SVG (also without JavaScript), search, language switch, code redirects, demo label.
import { expect, test } from '@playwright/test';
import { formatNumber } from '#core/format.ts';
import { findSuppressed, latestValue, territory } from './helpers/site-data.ts';

const GMINA = '/gmina/1211092-nowy-targ/';

test('a gmina page shows its key figures exactly as in the pipeline JSON', async ({ page }) => {
  const file = territory('1211092');
  await page.goto(GMINA);
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

  const pop = latestValue(file, 'POP');
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(pop.value, 'pl'));

  const coops = latestValue(file, 'SPS_KRS');
  const row = page.locator('[data-testid="key-figures"] tr[data-indicator="SPS_KRS"]');
  await expect(row.getByTestId('value').locator('.num')).toHaveText(formatNumber(coops.value, 'pl'));
  await expect(row.locator('td').first()).toHaveText(String(coops.year));

  // Breadcrumb up to the country, and the citation line.
  await expect(page.getByRole('navigation', { name: 'Ścieżka' }).getByRole('link')).toHaveText([
    'Polska',
    'województwo małopolskie',
    'powiat nowotarski',
  ]);
  await expect(page.getByTestId('citation')).toContainText('/gmina/1211092-nowy-targ/');
});

test('demo data is labelled visibly', async ({ page }) => {
  const file = territory('1211092');
  test.skip(!file.hasDemo, 'this release has no demo values for the gmina');
  await page.goto(GMINA);
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toContainText('Dane demonstracyjne');
});

test('the chart SVG is there when scrolled into view, and the island adds controls', async ({ page }) => {
  await page.goto(GMINA);
  const chart = page.locator('section.theme').first().getByTestId('chart');
  await chart.scrollIntoViewIfNeeded();
  const svg = chart.locator('svg.mes-chart');
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute('role', 'img');
  expect((await svg.getAttribute('aria-label'))?.length).toBeGreaterThan(5);
  // Hydrated on visibility: the comparison control appears.
  await expect(page.locator('section.theme').first().locator('.chart-controls select').last()).toBeVisible();
});

test('switching the indicator redraws the chart with Plot in the browser', async ({ page }) => {
  await page.goto(GMINA);
  const section = page.locator('section.theme[data-theme="entities"]');
  await section.scrollIntoViewIfNeeded();
  const select = section.locator('.chart-controls select').first();
  await expect(select).toBeVisible();
  await select.selectOption('SPS_10K');
  await expect(section.locator('.chart-title')).toContainText('na 10 tys.');
  await expect(section.getByTestId('chart').locator('svg')).toBeVisible();
  // Ratio indicators are compared with the powiat and the country: three legend entries.
  await expect(section.locator('.legend li').filter({ hasNotText: 'demo' })).toHaveCount(3);
});

test("the chosen indicator is URL state (?wskaznik=), as on the chart's embed", async ({ page }) => {
  await page.goto(GMINA);
  const section = page.locator('section.theme[data-theme="entities"]');
  await section.scrollIntoViewIfNeeded();
  const select = section.locator('.chart-controls select').first();
  await select.selectOption('SPS_10K');
  await expect(page).toHaveURL(/[?&]wskaznik=SPS_10K/);
  // Opening that address (also in the embed's spelling, sps-10k) shows the same chart in
  // that theme, and the theme's embed snippet follows it.
  await page.goto(`${GMINA}?wskaznik=sps-10k`);
  const again = page.locator('section.theme[data-theme="entities"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('.chart-controls select').first()).toHaveValue('SPS_10K');
  await expect(again.locator('.chart-title')).toContainText('na 10 tys.');
  await expect(page).toHaveURL(/[?&]wskaznik=SPS_10K/);
  await again.getByRole('button', { name: /^Osadź/ }).click();
  await expect(again.getByRole('region').getByRole('textbox')).toHaveValue(/\?wskaznik=SPS_10K"/);
});

test('without JavaScript the charts and locator map are still there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(GMINA);
  // More than two charts; waits, as a count taken at once can read a page still being parsed.
  await expect(page.locator('svg.mes-chart').nth(2)).toBeAttached();
  await expect(page.locator('svg.locator').first()).toBeVisible();
  await expect(page.locator('details table').first()).toBeAttached();
  await context.close();
});

test('search: "lodz" finds Łódź and the result opens its page', async ({ page }) => {
  await page.goto(GMINA);
  // A searchbox before hydration, a combobox after: find it by its label.
  const input = page.getByLabel('Szukaj gminy, powiatu lub województwa').first();
  await input.click();
  await input.pressSequentially('lodz', { delay: 30 });
  const option = page.getByRole('option').first();
  await expect(option).toContainText('Łódź');
  await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
  await input.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/gmina\/1061011-lodz\/$/);
  await expect(page.locator('h1')).toHaveText('Łódź');
});

test('search works from the search page too, e.g. "zabki"', async ({ page }) => {
  await page.goto('/szukaj/?q=zabki');
  const link = page.locator('.search-results a').first();
  await expect(link).toHaveText('Ząbki');
  await link.click();
  await expect(page).toHaveURL(/\/gmina\/1434031-zabki\/$/);
});

test('switching language lands on the same territory', async ({ page }) => {
  await page.goto(GMINA);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/gmina\/1211092-nowy-targ\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  await expect(page.locator('.kind-line')).toContainText('rural gmina');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/gmina\/1211092-nowy-targ\/$/);
});

test('a bare TERYT code resolves, a former code leads to its successor with a notice', async ({ page }) => {
  await page.goto('/1211092/');
  await expect(page).toHaveURL(/\/gmina\/1211092-nowy-targ\/$/);
  await page.goto('/0408022/');
  await expect(page).toHaveURL(/\/gmina\/0408023-[a-z-]+\/#kod-0408022$/);
  const notice = page.locator('#kod-0408022');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('0408022');
  await expect(notice).toContainText('zmiana rodzaju gminy');
});

test('a confidential value reads "dane niejawne", never 0', async ({ page }) => {
  const hit = findSuppressed('gmina');
  test.skip(!hit, 'no confidential latest value in this release');
  await page.goto(`/gmina/${hit!.code}-${hit!.slug}/`);
  await expect(page.locator(`tr[data-indicator="${hit!.indicator}"] [data-testid="value"]`)).toHaveText('dane niejawne');
});

test('country, voivodeship and powiat pages list their children with links', async ({ page }) => {
  await page.goto('/polska/');
  await expect(page.getByTestId('children').locator('tbody tr')).toHaveCount(16);
  await page.goto('/wojewodztwo/12-malopolskie/');
  await expect(page.locator('h1')).toHaveText('województwo małopolskie');
  await page.goto('/powiat/1211-nowotarski/');
  await page.getByTestId('children').getByRole('link', { name: 'Szczawnica' }).click();
  await expect(page.locator('h1')).toHaveText('Szczawnica');
});

test('the 404 page offers search', async ({ page }) => {
  const res = await page.goto('/nie-ma-takiej-strony/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});

test('islands hydrate without errors or hydration warnings', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /hydrat/i.test(m.text()))) problems.push(m.text());
  });
  await page.goto('/en/gmina/1211092-nowy-targ/');
  for (const section of await page.locator('section.theme').all()) await section.scrollIntoViewIfNeeded();
  const chart = page.locator('section.theme').first().getByTestId('chart');
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  await expect(chart.locator('svg')).toBeVisible();
  await page.getByLabel('Search for a gmina, powiat or voivodeship').first().fill('krak');
  await expect(page.getByRole('option').first()).toContainText('Kraków');
  expect(problems).toEqual([]);
});

test('the demo banner says which figures are demo, and it and every demo tag print', async ({ page }) => {
  const file = territory('1211092');
  test.skip(!file.hasDemo, 'this release has no demo values for the gmina');
  await page.goto(GMINA);
  const banner = page.getByTestId('demo-banner');
  // Computed from the page's figures, never the general "some figures" sentence.
  await expect(banner).not.toHaveAttribute('data-demo-kind', 'some');
  await expect(banner.locator('.demo-banner-headline')).toHaveText(
    /^Dane demonstracyjne · (Wszystkie liczby na tej stronie to dane demonstracyjne|.+ na tej stronie to dane demonstracyjne\.|Dane demonstracyjne na tej stronie: )/,
  );
  // The explanation is folded on screen.
  await expect(banner.locator('details.demo-banner-more')).not.toHaveAttribute('open', '');
  // Every summary sentence built from demo values carries the demo tag.
  for (const p of await page.locator('.summary p.demo-sentence').all()) await expect(p.locator('.demo-tag')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(banner).toBeVisible();
  await expect(banner.locator('.demo-banner-headline')).toBeVisible();
  await expect(banner.locator('.print-only')).toBeVisible();
  const tags = page.locator('.demo-tag');
  if ((await tags.count()) > 0) await expect(tags.first()).toBeVisible();
});

test('the town and the rural gmina of Nowy Targ explain the pair and link to each other', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  const note = page.getByTestId('same-name');
  await expect(note).toContainText('ta gmina wiejska otacza miasto, ale go nie obejmuje');
  await note.getByRole('link').click();
  await expect(page).toHaveURL(/\/gmina\/1211011-nowy-targ\/$/);
  await expect(page.getByTestId('same-name')).toContainText('Nie mylić z gminą wiejską Nowy Targ');
  await expect(page.getByTestId('same-name').getByRole('link')).toHaveAttribute('href', /\/gmina\/1211092-nowy-targ\/$/);
});
