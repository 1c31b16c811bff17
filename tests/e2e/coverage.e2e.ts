// The data coverage page on the built site: reachable from /dane/ and from an indicator
// page, one accessible heat-map table per level (caption, scoped headers, the share printed
// in every cell), a summary sentence per level, and the shares the shipped coverage.json
// gives. Older release copies show their own release's coverage.
import { expect, test } from '@playwright/test';
import type { CoverageFile } from '#core/data-types.ts';
import { builtFile } from './helpers/a11y-pages.ts';

test('the coverage page is linked from /dane/ and from an indicator page, in both languages', async ({ page }) => {
  for (const [from, to] of [
    ['/dane/', '/dane/pokrycie/'],
    ['/en/dane/', '/en/dane/pokrycie/'],
    ['/wskaznik/sps-krs/', '/dane/pokrycie/'],
    ['/en/wskaznik/sps-krs/', '/en/dane/pokrycie/'],
  ]) {
    await page.goto(from);
    await expect(page.getByTestId('coverage-link'), from).toHaveAttribute('href', to);
  }
});

test('one heat-map table per level, with caption, scoped headers and a printed share in every cell', async ({ page }) => {
  const { latest } = await (await page.request.get('/data/releases.json')).json();
  const coverage: CoverageFile = await (await page.request.get(`/data/${latest}/coverage.json`)).json();
  const levels = [...new Set(coverage.entries.map((e) => e.level))];
  let checked = 0;
  await page.goto('/en/dane/pokrycie/');
  await expect(page.getByTestId('coverage-summary').locator('li')).toHaveCount(levels.length);
  for (const level of levels) {
    const table = page.locator(`table.coverage[data-level="${level}"]`);
    await expect(table.locator('caption')).toContainText(latest);
    const entries = coverage.entries.filter((e) => e.level === level);
    await expect(table.locator('tbody tr')).toHaveCount(entries.length);
    await expect(table.locator('thead th:not([scope="col"])')).toHaveCount(0);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(entries.length);
    const cells = await table.locator('td.cov .share').allTextContents();
    expect(cells).toHaveLength(entries.length * coverage.years.length);
    for (const text of cells) expect(text).toMatch(/^[<>]?\d+(\.\d)?%$/);
    // All-real and no-real cells, straight from the shipped counts. Read in one pass: a
    // locator round trip per cell (hundreds of them) outlasts the test timeout on a busy machine.
    const printed = new Map(
      await table
        .locator('td.cov')
        .evaluateAll((tds) =>
          tds.map(
            (td) =>
              [
                `${td.closest('tr')?.getAttribute('data-indicator')} ${td.getAttribute('data-year')}`,
                td.querySelector('.share')?.textContent?.trim() ?? '',
              ] as [string, string],
          ),
        ),
    );
    for (const e of entries)
      for (const [yi, y] of e.years.entries()) {
        const total = Object.values(y.counts).reduce((a, b) => a + b, 0);
        const real = y.counts.real + y.counts.estimate + y.counts.provisional;
        if (real !== total && real !== 0) continue;
        const key = `${e.indicator} ${coverage.years[yi]}`;
        expect(printed.get(key), `${key} ${level}`).toBe(real === 0 ? '0%' : '100%');
        checked++;
      }
  }
  expect(checked, 'all-real or no-real cells compared').toBeGreaterThan(0);
});

test('an older release copy shows its own coverage', async ({ page }) => {
  const { latest, releases } = await (await page.request.get('/data/releases.json')).json();
  const older = (releases as string[]).find((r) => r !== latest);
  test.skip(!older || !builtFile(`/${older}/dane/pokrycie/`), 'no older release copy in this build');
  await page.goto(`/${older}/dane/pokrycie/`);
  await expect(page.locator('table.coverage caption').first()).toContainText(older!);
});
