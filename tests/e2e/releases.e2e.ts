// Every release built and kept (scripts/site/build-site.ts): an older release is a copy of the
// site under /<year>/ with its own data, a banner that leads to the same page in the latest
// release, links and islands that stay inside the copy. Needs a dist built by build-site
// (npm run build:site); skipped, with a note, when the dist has no copy.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { TerritoryFile } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { builtFile } from './helpers/a11y-pages.ts';
import { latestValue } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const releases = JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')) as { latest: string; releases: string[] };
const OLD = releases.releases.find((r) => r !== releases.latest) ?? '';
const GMINA = '/gmina/1211092-nowy-targ/';
const OLD_GMINA = `/${OLD}${GMINA}`;
const OLD_VOIVODESHIP = `/${OLD}/wojewodztwo/12-malopolskie/`;
const territoryOf = (release: string, code: string): TerritoryFile =>
  JSON.parse(fs.readFileSync(path.join(DATA, release, 'territory', `${code}.json`), 'utf8'));

test.beforeEach(() => {
  test.skip(!OLD, 'only one release: no copy to check');
  test.skip(!builtFile(OLD_GMINA), `no ${OLD_GMINA} in this dist (build it with npm run build:site)`);
});

/** Internal hrefs of the page's links, with whether each is the release banner's link. */
async function internalLinks(page: Page): Promise<{ href: string; banner: boolean }[]> {
  return page.locator('a[href]').evaluateAll((as) =>
    as
      .map((a) => ({ url: new URL((a as HTMLAnchorElement).href), banner: a.hasAttribute('data-latest-release') }))
      .filter(({ url }) => url.origin === location.origin)
      .map(({ url, banner }) => ({ href: url.pathname, banner })),
  );
}

test('an older release shows its own data under a banner, and its links stay in the copy', async ({ page }) => {
  await page.goto(OLD_GMINA);
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  const banner = page.getByTestId('release-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`Przeglądasz wydanie ${OLD} (archiwalne). Nowsze dane — ta sama strona w najnowszym wydaniu`);
  await expect(page.getByTestId('release-label')).toHaveText(`Wydanie ${OLD} (archiwalne)`);

  // The old release's figures, not the latest's.
  const oldPop = latestValue(territoryOf(OLD, '1211092'), 'POP');
  const newPop = latestValue(territoryOf(releases.latest, '1211092'), 'POP');
  expect(oldPop.year).toBeLessThan(newPop.year);
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(oldPop.value, 'pl'));

  const links = await internalLinks(page);
  expect(links.length).toBeGreaterThan(20);
  const outside = links.filter((l) => !l.banner && !l.href.startsWith(`/${OLD}/`) && !l.href.startsWith('/data/'));
  expect(outside, 'links of the copy that leave it').toEqual([]);
  expect(links.filter((l) => l.banner).map((l) => l.href)).toEqual([GMINA]);
  // The shared data stay at the root.
  expect(links.some((l) => l.href.startsWith(`/data/${OLD}/`))).toBe(true);
});

test('the banner leads to the same page in the latest release, which has no banner', async ({ page }) => {
  await page.goto(OLD_GMINA);
  await page.getByTestId('release-banner').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*//[^/]+${GMINA}$`));
  await expect(page.locator('h1')).toHaveText('Nowy Targ');
  await expect(page.getByTestId('release-banner')).toHaveCount(0);
  await expect(page.getByTestId('release-label')).toHaveText(`Wydanie ${releases.latest}`);
  const pop = latestValue(territoryOf(releases.latest, '1211092'), 'POP');
  await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(pop.value, 'pl'));
});

test('the language switch stays in the copy, and the English banner too', async ({ page }) => {
  await page.goto(OLD_GMINA);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(new RegExp(`/${OLD}/en${GMINA}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const banner = page.getByTestId('release-banner');
  await expect(banner).toContainText(`You are viewing release ${OLD} (archived)`);
  await expect(banner.getByRole('link')).toHaveAttribute('href', `/en${GMINA}`);
});

test('the search island of the copy returns pages of the copy', async ({ page }) => {
  await page.goto(`/${OLD}/szukaj/?q=zabki`);
  const link = page.locator('.search-results a').first();
  await expect(link).toHaveText('Ząbki');
  await expect(link).toHaveAttribute('href', new RegExp(`^/${OLD}/gmina/1434031-zabki/$`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/${OLD}/gmina/1434031-zabki/$`));
  await expect(page.getByTestId('release-banner')).toBeVisible();
});

test('the chart island works in the copy (its bundle is served from the copy)', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(OLD_VOIVODESHIP);
  const section = page.locator('section.theme[data-theme="entities"]');
  await section.scrollIntoViewIfNeeded();
  const select = section.locator('.chart-controls select').first();
  await expect(select).toBeVisible();
  await select.selectOption('SPS_10K');
  await expect(section.locator('.chart-title')).toContainText('na 10 tys.');
  await expect(section.getByTestId('chart').locator('svg')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.startsWith(`/${OLD}/_astro/`))).toEqual([]);
});

test("an older release's gmina page has tables, not charts, and each theme's series opens in the copy's builder", async ({ page }) => {
  await page.goto(OLD_GMINA);
  await expect(page.getByTestId('archived-no-charts')).toBeVisible();
  await expect(page.getByTestId('archived-no-charts').getByRole('link')).toHaveAttribute('href', `/data/${OLD}/territory/1211092.json`);
  await expect(page.locator('svg.mes-chart')).toHaveCount(0);
  await expect(page.locator('figure.locator')).toHaveCount(0);
  await expect(page.locator('#chart-config')).toHaveCount(0);
  const section = page.locator('section.theme[data-theme="entities"]');
  const rows = await section
    .getByTestId('key-figures')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator')));
  expect(rows).toContain('SPS_KRS');
  const link = section.getByTestId('theme-series');
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith(`/${OLD}/zestawienia/?`)).toBe(true);
  const query = new URLSearchParams(href.split('?')[1]);
  expect(query.get('r')).toBe(OLD);
  expect(query.get('l')).toBe('gmina');
  expect(query.get('c')).toBe('1211092');
  expect(query.get('i')?.split(',')).toEqual(rows);

  // The copy's builder shows the gmina's series of that release.
  await link.click();
  const table = page.getByTestId('result-table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('Nowy Targ');
  const header = (await table.locator('thead').innerText()).replace(/\s+/g, ' ');
  const oldYears = territoryOf(OLD, '1211092').years;
  const latestYears = territoryOf(releases.latest, '1211092').years;
  expect(header).toContain(String(oldYears.at(-1)));
  expect(header).not.toContain(String(latestYears.at(-1)));

  // The header search of the copy is a plain form to the copy's search page.
  await page.locator('#hs-q').fill('zabki');
  await page.locator('#hs-q').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${OLD}/szukaj/\\?q=zabki$`));
  await expect(page.locator('.search-results a').first()).toHaveText('Ząbki');

  // A planning area's page takes the archival form too, linking its own JSON record.
  await page.goto(`/${OLD}/obszar/nuts2/pl21-malopolskie/`);
  await expect(page.getByTestId('archived-no-charts').getByRole('link')).toHaveAttribute('href', new RegExp(`^/data/${OLD}/`));
  await expect(page.locator('svg.mes-chart')).toHaveCount(0);
  await expect(page.getByTestId('key-figures').first()).toBeVisible();

  // The country and voivodeship pages of the copy keep their charts.
  await page.goto(OLD_VOIVODESHIP);
  // More than two charts; waits, as a count taken at once can read a page still being parsed.
  await expect(page.locator('svg.mes-chart').nth(2)).toBeAttached();
  await expect(page.getByTestId('archived-no-charts')).toHaveCount(0);
});

test('the latest release at the root has no banner and names its release', async ({ page }) => {
  await page.goto(GMINA);
  await expect(page.getByTestId('release-banner')).toHaveCount(0);
  const label = page.getByTestId('release-label');
  await expect(label).toHaveText(`Wydanie ${releases.latest}`);
  await expect(label).toHaveAttribute('href', `/dane/#r-${releases.latest}`);
});

test('the release list shows each release’s notes from its release.yaml; a copy lists the releases up to its own', async ({ page }) => {
  for (const base of ['', `/${OLD}`]) {
    await page.goto(`${base}/dane/`);
    // A copy is frozen once built: it cannot know the releases published after it, and says where they are.
    const listed = base ? releases.releases.filter((r) => r <= OLD) : releases.releases;
    await expect(page.locator('section:has(> h2[id^="r-"])')).toHaveCount(listed.length);
    if (base) await expect(page.getByTestId('newer-releases').getByRole('link')).toHaveAttribute('href', '/dane/');
    else await expect(page.getByTestId('newer-releases')).toHaveCount(0);
    for (const id of listed) {
      const yaml = parse(fs.readFileSync(path.join('data', 'releases', id, 'release.yaml'), 'utf8')) as { notes: { pl: string } };
      // The header's release label points at this section (#r-<id>).
      await expect(page.locator(`section:has(> h2#r-${id})`)).toContainText(yaml.notes.pl);
    }
    await expect(page.getByTestId('release-label')).toHaveAttribute('href', `${base}/dane/#r-${base ? OLD : releases.latest}`);
  }
});
