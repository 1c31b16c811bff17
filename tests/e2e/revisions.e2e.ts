// "Changes since the previous release" on territory and indicator pages, compared with
// the pipeline's changes.json read directly (not through the page's own index).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Indicator } from '#core/catalogue.ts';
import type { PublishedState, ReleaseChanges } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';
import { latestRelease } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), rel), 'utf8'));
const changes = (): ReleaseChanges | undefined =>
  fs.existsSync(path.join(DATA, latestRelease(), 'changes.json')) ? read<ReleaseChanges>('changes.json') : undefined;
const shown = (s: PublishedState, decimals: number) =>
  s === 'suppressed' ? 'dane niejawne' : s === null ? 'brak danych' : formatNumber(s, 'pl', decimals);

test('a gmina page lists exactly its revisions from changes.json', async ({ page }) => {
  const c = changes();
  test.skip(!c, 'the latest release has no change list');
  const mine = c!.revisions.filter((r) => r.code === '1211092');
  await page.goto('/gmina/1211092-nowy-targ/');
  const section = page.getByTestId('revisions');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`Zmiany od wydania ${c!.previous}`);
  if (mine.length === 0) {
    await expect(section).toContainText('nie zmieniono żadnej wartości');
    await expect(section.getByTestId('revision-list')).toHaveCount(0);
    return;
  }
  await section.locator('summary').click();
  const rows = section.getByTestId('revision-list').locator('tbody tr');
  await expect(rows).toHaveCount(mine.length);

  const decimals = new Map(read<Indicator[]>('indicators.json').map((i) => [i.id, i.decimals]));
  const names = new Map(read<Indicator[]>('indicators.json').map((i) => [i.id, i.name.pl]));
  const r = mine[0];
  const row = rows
    .filter({ has: page.getByRole('link', { name: names.get(r.indicator), exact: true }) })
    .filter({ hasText: String(r.year) })
    .first();
  const cells = row.locator('td');
  await expect(cells.nth(0)).toHaveText(String(r.year));
  await expect(cells.nth(1)).toHaveText(shown(r.old, decimals.get(r.indicator) ?? 0));
  await expect(cells.nth(2)).toHaveText(shown(r.new, decimals.get(r.indicator) ?? 0));
  // Demo revisions carry a visible word, not only a colour.
  await expect(section.locator('tbody .demo-tag')).toHaveCount(mine.filter((x) => x.demo).length);
  if (mine.some((x) => x.demo)) await expect(section).toContainText('nie rewizje statystyki');
});

test('an indicator page counts its revisions per level as changes.json does', async ({ page }) => {
  const c = changes();
  test.skip(!c, 'the latest release has no change list');
  const mine = c!.revisions.filter((r) => r.indicator === 'SPS_KRS');
  await page.goto('/wskaznik/sps-krs/');
  const section = page.getByTestId('revisions');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`Zmiany od wydania ${c!.previous}`);
  await expect(section.getByRole('link', { name: `Wszystkie zmiany wydania ${c!.release} (CSV)` })).toHaveAttribute(
    'href',
    `/data/${c!.release}/changes.csv`,
  );
  await expect(section.getByRole('link', { name: 'Dane do pobrania i wydania' })).toHaveAttribute('href', '/dane/');
  test.skip(mine.length === 0, 'SPS_KRS has no revisions in this release');
  for (const level of ['country', 'voivodeship', 'powiat', 'gmina'] as const) {
    const row = section.getByTestId('revision-counts').locator(`tr[data-level="${level}"]`);
    const at = mine.filter((r) => r.level === level);
    await expect(row.locator('td[data-kind="real"]'), level).toHaveText(formatNumber(at.filter((r) => !r.demo).length, 'pl'));
    await expect(row.locator('td[data-kind="demo"]'), level).toHaveText(formatNumber(at.filter((r) => r.demo).length, 'pl'));
  }
  const upper = mine.filter((r) => r.level === 'country' || r.level === 'voivodeship');
  await expect(section.getByTestId('revision-list').locator('tbody tr')).toHaveCount(upper.length);
});

test('the English gmina page has the same section in English', async ({ page }) => {
  const c = changes();
  test.skip(!c, 'the latest release has no change list');
  await page.goto('/en/gmina/1211092-nowy-targ/');
  await expect(page.getByTestId('revisions').getByRole('heading', { level: 2 })).toHaveText(`Changes since release ${c!.previous}`);
});

// The page-level gate checks the section with its list closed; open it here, in both
// page types and languages, and check the section alone.
for (const url of ['/gmina/1211092-nowy-targ/', '/en/wojewodztwo/14-mazowieckie/', '/wskaznik/sps-krs/', '/en/wskaznik/jst-pes-exp/']) {
  test(`axe WCAG 2.1 AA: the change list open on ${url}`, async ({ page }) => {
    await page.goto(url);
    const section = page.getByTestId('revisions');
    await expect(section).toHaveCount(1);
    const summary = section.locator('summary');
    if (await summary.count()) await summary.click();
    const violations = await axeViolations(page, { include: '[data-testid="revisions"]' });
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
