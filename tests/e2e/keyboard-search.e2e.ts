// Keyboard-only walkthrough of the territory search (ARIA 1.2 combobox in the header, and
// the search page): no mouse anywhere in these tests. Skip link first, visible focus,
// arrows move the active option while focus stays in the input, Enter opens, Escape
// closes then clears, Tab leaves and closes, Enter with nothing chosen opens the search page.
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until `predicate` holds for the focused element; returns the number of presses. */
async function tabTo(page: Page, predicate: string, max = 25): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(() => { const el = document.activeElement; return !!el && (${predicate}); })()`)) return i;
  }
  throw new Error(`focus never reached ${predicate} in ${max} Tab presses`);
}

/** The focused element shows a focus indicator (outline or box-shadow). */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
  });
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const v of [
  { lang: 'pl', page: '/gmina/1211092-nowy-targ/', q: 'krak', first: 'Kraków', search: '/szukaj/', skip: 'Przejdź do treści' },
  { lang: 'en', page: '/en/gmina/1211092-nowy-targ/', q: 'krak', first: 'Kraków', search: '/en/szukaj/', skip: 'Skip to content' },
]) {
  test(`keyboard: skip link, then the header search combobox (${v.lang})`, async ({ page }) => {
    await page.goto(v.page);
    // First Tab: the skip link, visible and focused; Enter moves focus to <main>.
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(v.skip);
    await expect(skip).toBeInViewport();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('main#tresc')).toBeFocused();

    // Back to the top, then Tab through the header to the search input.
    await page.goto(v.page);
    const presses = await tabTo(page, `el.id === 'hs-q'`);
    expect(presses).toBeLessThanOrEqual(12);
    expect(await focusVisible(page)).toBe(true);

    // Typing hydrates the island: the input becomes a combobox with a listbox.
    await page.keyboard.type(v.q, { delay: 40 });
    const input = page.locator('#hs-q');
    await expect(input).toHaveAttribute('role', 'combobox');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.locator('#hs-list');
    await expect(listbox).toBeVisible();
    const options = listbox.getByRole('option');
    await expect(options.first()).toContainText(v.first);
    const n = await options.count();
    expect(n).toBeGreaterThan(1);
    // The live region announces the number of results.
    await expect(page.locator('#hs-status')).toContainText(String(n));

    // Arrows move the active option; focus never leaves the input.
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', 'hs-list-0');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', 'hs-list-1');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveAttribute('aria-activedescendant', `hs-list-${n - 1}`); // wraps to the last
    expect(await activeId(page)).toBe('hs-q');

    // Escape closes the list and keeps the text; a second Escape clears it.
    await page.keyboard.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(listbox).toBeHidden();
    await expect(input).not.toHaveAttribute('aria-activedescendant', /.+/);
    await expect(input).toHaveValue(v.q);
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();

    // Tab goes to the search button (still inside the widget), a second Tab leaves the
    // widget and closes the list.
    await page.keyboard.type(v.q, { delay: 20 });
    await expect(listbox).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('.header-search button[type="submit"]')).toBeFocused();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Tab');
    await expect(listbox).toBeHidden();
    await expect(input).not.toBeFocused();

    // Back with Shift+Tab, choose the first result with the keyboard, Enter opens its page.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type('o', { delay: 20 }); // "krako"
    await expect(options.first()).toContainText(v.first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/gmina\/1261011-krakow\/$/);
    await expect(page.locator('h1')).toHaveText(v.first);
  });

  test(`keyboard: Enter with no option chosen opens the search page, results reachable by Tab (${v.lang})`, async ({ page }) => {
    await page.goto(v.page);
    await tabTo(page, `el.id === 'hs-q'`);
    await page.keyboard.type('zabki', { delay: 30 });
    await expect(page.locator('#hs-list').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${v.search.replace(/\//g, '\\/')}\\?q=zabki$`));
    // The search page: its own input has the query, results are links in the Tab order.
    const link = page.locator('.search-results a').first();
    await expect(link).toHaveText('Ząbki');
    await tabTo(page, `el.matches('.search-results a')`, 40);
    await expect(link).toBeFocused();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/gmina\/1434031-zabki\/$/);
  });
}

test('keyboard: the 404 page search works from the keyboard in both languages', async ({ page }) => {
  await page.goto('/nie-ma-takiej-strony/');
  await tabTo(page, `el.id === 'nf-q'`);
  await page.keyboard.type('nowy targ', { delay: 20 });
  await expect(page.locator('#nf-list').getByRole('option').first()).toContainText('Nowy Targ');
  await tabTo(page, `el.id === 'nf-en-q'`);
  await expect(page.locator('#nf-list')).toBeHidden();
  await page.keyboard.type('lodz', { delay: 20 });
  await expect(page.locator('#nf-en-list').getByRole('option').first()).toContainText('Łódź');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/gmina\/1061011-lodz\/$/);
});

test('the search page tells only visitors without JavaScript that search needs it', async ({ page, browser }) => {
  // The near-me button on the same page has its own note; this is the search box's.
  const searchNote = (p: Page) =>
    p.locator('main noscript .note').filter({ hasText: 'Wyszukiwarka działa w przeglądarce z włączonym JavaScriptem' });
  await page.goto('/szukaj/');
  await page.locator('#sp-q').waitFor();
  // Playwright's text selectors skip <noscript>, so the note is found by CSS.
  await expect(searchNote(page)).toBeHidden();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(`${new URL(page.url()).origin}/szukaj/`);
  await expect(searchNote(p)).toBeVisible();
  await noJs.close();
});
