// "Near me" in the browser: Chromium with an emulated location (Playwright's
// grantPermissions + setGeolocation) lands on the right gmina page for two places in
// Poland (Polish and English), says so for a place outside Poland, and says so when the
// location is refused, unavailable, or not offered at all. Keyboard only; 360 px wide.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = process.env.NEAR_ME_SHOTS;

/** Waits until the island is hydrated: the button is enabled only then. */
async function button(page: Page) {
  const b = page.getByTestId('near-me-button');
  await expect(b).toBeEnabled();
  return b;
}

const places = [
  // Kraków's Main Market Square, from the Polish home page, by keyboard.
  { name: 'Kraków', path: '/', lat: 50.0614, lon: 19.9366, target: '/gmina/1261011-krakow/' },
  // Ludźmierz, a village of the rural gmina Nowy Targ (not the town), from the English search page.
  { name: 'Ludźmierz', path: '/en/szukaj/', lat: 49.467, lon: 19.983, target: '/en/gmina/1211092-nowy-targ/' },
];

for (const p of places)
  test(`near me: ${p.name} opens ${p.target}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: p.lat, longitude: p.lon });
    const page = await context.newPage();
    await page.goto(p.path);
    const b = await button(page);
    // Keyboard: focus the button and press Enter (no mouse).
    await b.focus();
    await expect(b).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === p.target, { timeout: 60_000 });
    await expect(page.locator('h1')).toBeVisible();
    await context.close();
  });

test('near me: a place outside Poland (Berlin) says so and stays on the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 52.5163, longitude: 13.3777 });
  const page = await context.newPage();
  await page.goto('/');
  await (await button(page)).click();
  const status = page.getByTestId('near-me-status');
  await expect(status).toHaveAttribute('data-state', 'outside', { timeout: 60_000 });
  await expect(status).toContainText('poza Polską');
  await expect(status).toContainText('52,5163');
  expect(new URL(page.url()).pathname).toBe('/');
  // No sideways scrolling at 360 px with the message shown.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.getByTestId('near-me').screenshot({ path: `${SHOTS}/outside-360.png` });
  }
  await context.close();
});

test('near me: a refused location says so (no permission granted: headless Chromium denies)', async ({ browser, baseURL }) => {
  // No grantPermissions: with no one to answer the prompt, headless Chromium refuses
  // (PERMISSION_DENIED). The test checks the page's own words for that code.
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/en/');
  const code = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve(0),
          (e) => resolve(e.code),
          { timeout: 20_000 },
        ),
      ),
  );
  expect(code).toBe(1);
  await (await button(page)).click();
  const status = page.getByTestId('near-me-status');
  await expect(status).toHaveAttribute('data-state', 'denied', { timeout: 30_000 });
  await expect(status).toContainText('Without permission');
  if (SHOTS) await page.getByTestId('near-me').screenshot({ path: `${SHOTS}/denied-1280.png` });
  await context.close();
});

test('near me: no geolocation in the browser, and a position that cannot be had', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // A browser without the API at all.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'geolocation', { get: () => undefined, configurable: true });
  });
  await page.goto('/szukaj/');
  await (await button(page)).click();
  await expect(page.getByTestId('near-me-status')).toHaveAttribute('data-state', 'unsupported');
  await expect(page.getByTestId('near-me-status')).toContainText('nie udostępnia położenia');

  // A browser whose location service fails (POSITION_UNAVAILABLE).
  const page2 = await context.newPage();
  await page2.addInitScript(() => {
    const failing = {
      getCurrentPosition: (_ok: unknown, fail: (e: { code: number; message: string }) => void) => fail({ code: 2, message: 'unavailable' }),
    };
    Object.defineProperty(Navigator.prototype, 'geolocation', { get: () => failing, configurable: true });
  });
  await page2.goto('/szukaj/');
  await (await button(page2)).click();
  await expect(page2.getByTestId('near-me-status')).toHaveAttribute('data-state', 'unavailable');
  await expect(page2.getByTestId('near-me-status')).toContainText('nie podała położenia');
  await context.close();
});

test('near me: the page says the location stays in the browser, and fetches nothing before the press', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await button(page);
  await expect(page.getByTestId('near-me')).toContainText('nie są nigdzie wysyłane');
  expect(requests.filter((r) => r.includes('gmina.topo.json'))).toEqual([]);
});

test('near me: screenshots of the home page section at 360 and 1366 px (only with NEAR_ME_SHOTS)', async ({ page }) => {
  test.skip(!SHOTS, 'screenshots only when NEAR_ME_SHOTS names a folder');
  fs.mkdirSync(SHOTS!, { recursive: true });
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await button(page);
    await page.getByTestId('near-me').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/home-${width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
