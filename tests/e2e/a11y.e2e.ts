// Accessibility gate: axe-core with the WCAG 2.1 A and AA rules on one page of every page
// type (tests/e2e/helpers/a11y-pages.ts), in Polish and English, in Debian's Chromium: 0 violations.
// Pages are checked as first served and again in interactive states (search combobox
// open, chart island hydrated), since islands change the DOM.
import { expect, test } from '@playwright/test';
import { A11Y_PAGES, axeViolations, builtFile, describeViolations } from './helpers/a11y-pages.ts';

for (const p of A11Y_PAGES) {
  test(`axe WCAG 2.1 AA: ${p.type} (${p.lang}) ${p.path}`, async ({ page }) => {
    if (!builtFile(p.path)) {
      test.skip(!!p.optional, `${p.path} is not in this build yet`);
      throw new Error(`${p.path}: no such page in the build (page type "${p.type}" is required)`);
    }
    const res = await page.goto(p.path, { waitUntil: 'networkidle' });
    expect(res?.status(), `${p.path} status`).toBeLessThan(p.type === '404' ? 500 : 400);
    // Scroll down the page so that islands hydrated on visibility (charts, maps) are checked
    // in their hydrated state too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    if (p.ready) await expect(page.locator(p.ready).first()).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}

test('axe WCAG 2.1 AA: header search combobox open with results (pl and en)', async ({ page }) => {
  for (const [path, label, q] of [
    ['/gmina/1211092-nowy-targ/', 'Szukaj gminy, powiatu lub województwa', 'nowy'],
    ['/en/gmina/1211092-nowy-targ/', 'Search for a gmina, powiat or voivodeship', 'lodz'],
  ]) {
    await page.goto(path);
    const input = page.getByLabel(label).first();
    await input.click();
    await input.pressSequentially(q, { delay: 20 });
    await expect(page.getByRole('option').first()).toBeVisible();
    await input.press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});

test('axe WCAG 2.1 AA: search page with results, and with none', async ({ page }) => {
  for (const path of ['/szukaj/?q=zabki', '/en/szukaj/?q=qqqqq']) {
    await page.goto(path);
    await expect(page.locator('.search p[aria-live]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }
});

test('axe WCAG 2.1 AA: hydrated chart island drawn by Plot, table open', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  const section = page.locator('section.theme[data-theme="entities"]');
  await section.scrollIntoViewIfNeeded();
  const select = section.locator('.chart-controls select').first();
  await expect(select).toBeVisible();
  await select.selectOption('SPS_10K');
  await expect(section.getByTestId('chart').locator('svg')).toBeVisible();
  await section.locator('details summary').first().click();
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});
