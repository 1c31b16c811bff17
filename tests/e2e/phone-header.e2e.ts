// The page frame on a phone: the navigation folds behind a "Menu" button so a territory's
// name and key figures are on the first screen, the menu opens and closes by touch and
// keyboard, and the header's links are large enough to hit with a finger.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a gmina page shows its name and first key figure without scrolling', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  await expect(page.locator('.site-nav')).toBeHidden();
  const h1 = (await page.locator('h1').boundingBox())!;
  const figure = (await page.getByTestId('headline-figures').locator('li').first().boundingBox())!;
  expect(h1.y + h1.height).toBeLessThanOrEqual(844);
  expect(figure.y + figure.height).toBeLessThanOrEqual(844);
});

test('the menu opens by tap, closes with Escape and gives focus back to its button', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Menu' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await expect(nav.getByRole('link', { name: 'Wskaźniki' })).toBeVisible();
  await nav.getByRole('link', { name: 'Wskaźniki' }).focus();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(nav).toBeHidden();
});

test('header links and buttons are at least 24 × 24 px', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  await page.getByRole('button', { name: 'Menu' }).tap();
  const targets = page.locator('.site-header a:visible, .site-header button:visible');
  const n = await targets.count();
  expect(n).toBeGreaterThan(5);
  for (let i = 0; i < n; i++) {
    const box = (await targets.nth(i).boundingBox())!;
    const label = (await targets.nth(i).textContent())?.trim();
    expect(box.height, label).toBeGreaterThanOrEqual(24);
    expect(box.width, label).toBeGreaterThanOrEqual(24);
  }
});

test('without JavaScript the navigation stays open', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.locator('.site-nav')).toBeVisible();
  await expect(page.locator('[data-nav-toggle]')).toBeHidden();
  await context.close();
});
