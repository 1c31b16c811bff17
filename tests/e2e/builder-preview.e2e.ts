// The builder's first table in the page's HTML (BuilderPreview.astro): without JavaScript
// it is the table; with it, the island's own first table takes its place and shows the same
// cells; an address asking for another table never shows it.
import { expect, test, type Page } from '@playwright/test';

const PREVIEW = '[data-testid="builder-preview"]';
const cellsOf = (page: Page, scope: string) =>
  page
    .locator(`${scope} [data-testid="result-table"]`)
    .evaluate((t) => [...t.querySelectorAll('caption, th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

for (const path of ['/zestawienia/', '/en/zestawienia/']) {
  test(`${path}: the page's first table is the island's first table, cell by cell`, async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const still = await noJs.newPage();
    await still.goto(path);
    await expect(still.locator(PREVIEW)).toBeVisible();
    const preview = await cellsOf(still, PREVIEW);
    await noJs.close();
    // A territory table of the voivodeships with years in columns and a total row.
    expect(preview.length).toBeGreaterThan(16 * 2);

    const page = await browser.newPage();
    await page.goto(path);
    // The island removes the preview when its own table is there.
    await expect(page.locator(PREVIEW)).toHaveCount(0);
    expect(await cellsOf(page, '[data-testid="builder"]')).toEqual(preview);
    await page.close();
  });
}

test('an address with its own table never shows the preview', async ({ page }) => {
  await page.goto('/zestawienia/?v=1&l=powiat&i=POP&rows=territory&cols=year');
  // Hidden while the page parses (before the island runs), then removed with the island's table.
  const seen = await page.locator(PREVIEW).evaluateAll((els) => els.map((e) => e.checkVisibility()));
  expect(seen.every((v) => !v)).toBe(true);
  await expect(page.locator('[data-testid="result-table"] tbody tr').first()).toBeVisible();
  await expect(page.locator(PREVIEW)).toHaveCount(0);
  await expect(page.locator('[data-testid="result-table"] caption')).toContainText(/powiat/i);
});
