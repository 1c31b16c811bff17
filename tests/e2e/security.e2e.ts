// Security in the browser:
//  - the headers netlify.toml declares (CSP, nosniff, …) are applied to every response, as
//    Netlify would, and every page type must load and hydrate with no CSP violation;
//  - frame-ancestors: another origin cannot frame a page, the site itself can; embed
//    pages can be framed by anyone;
//  - data reaching an island at run time (the search index) is shown as text, never markup.
import { expect, test, type Page } from '@playwright/test';
import { withNetlifyHeaders } from './helpers/netlify-route.ts';
import { A11Y_PAGES, builtFile } from './helpers/a11y-pages.ts';

/** Collects CSP violations (DOM events and console reports). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? [])), ...consoleReports];
}

test.describe('Content-Security-Policy from netlify.toml', () => {
  const pages = A11Y_PAGES.filter((p) => p.lang === 'pl' || p.type === 'gmina');
  for (const p of pages) {
    test(`no CSP violation: ${p.type} (${p.lang}) ${p.path}`, async ({ page, context, baseURL }) => {
      test.skip(!builtFile(p.path), `${p.path} is not in this build`);
      await withNetlifyHeaders(context, new URL(baseURL!).origin);
      const violations = await watchCsp(page);
      const res = await page.goto(p.path, { waitUntil: 'networkidle' });
      expect(res?.headers()['content-security-policy'], 'the CSP header is applied').toBeTruthy();
      // Wake the islands: the search (index fetch; in the archival form of a release's copy
      // the header search is a plain form, not an island) and the first chart shown (Plot +
      // data; on indicator pages the chart tab is hidden behind the map tab).
      const search = page.locator('astro-island input[name="q"]').first();
      if (await search.isVisible()) {
        await search.focus();
        await search.pressSequentially('krak', { delay: 20 });
        await expect(page.getByRole('option').or(page.locator('.search-results a')).first()).toBeVisible();
      }
      const chart = page.locator('.chart-island:visible').first();
      if (await chart.count()) {
        await chart.scrollIntoViewIfNeeded();
        await chart.hover();
        const select = chart.locator('.chart-controls select').last();
        if (await select.count()) await select.selectOption({ index: 0 });
      }
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }
});

test('frame-ancestors: another origin cannot frame a page; the site itself can', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await withNetlifyHeaders(context, origin);
  // "localhost" and "127.0.0.1" are different origins: a host page on the other one.
  const other = origin.replace('127.0.0.1', 'localhost');
  await context.route(`${other}/host`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${origin}/gmina/1211092-nowy-targ/"></iframe>`,
    }),
  );
  await page.goto(`${other}/host`);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  await page.waitForTimeout(500);
  const blockedText = await framed?.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
  expect(blockedText, 'the page must not render inside a foreign frame').not.toBe('Nowy Targ');

  // Same origin: allowed ('self').
  await context.route(`${origin}/host-self`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="/gmina/1211092-nowy-targ/"></iframe>`,
    }),
  );
  await page.goto(`${origin}/host-self`);
  await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Nowy Targ');
});

test('frame-ancestors: another origin can frame the embed pages, in both languages', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await withNetlifyHeaders(context, origin);
  const other = origin.replace('127.0.0.1', 'localhost');
  for (const [i, path] of ['/embed/gmina/1211092-nowy-targ/', '/en/embed/programy/kpres/'].entries()) {
    await context.route(`${other}/host-embed-${i}`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>host</title><iframe src="${origin}${path}" title="embed"></iframe>`,
      }),
    );
    const res = page.waitForResponse((r) => r.url() === `${origin}${path}`);
    await page.goto(`${other}/host-embed-${i}`);
    expect((await res).headers()['content-security-policy'], path).toMatch(/frame-ancestors \*/);
    await expect(page.frameLocator('iframe').locator('h1'), path).not.toBeEmpty();
    await expect(page.frameLocator('iframe').locator('[data-testid="embed-back"]'), path).toBeVisible();
  }
});

test.describe('data reaching an island is shown as text', () => {
  const EVIL = '<img src=x onerror="window.__xss=1">Zzxss<script>window.__xss=2</script>';

  async function evilIndex(page: Page) {
    await page.route('**/names/search.json', async (route) => {
      const response = await route.fetch();
      const index = (await response.json()) as { items: unknown[][] };
      const nowyTarg = index.items.find((i) => i[0] === '1211092')!;
      nowyTarg[1] = EVIL;
      nowyTarg[2] = EVIL;
      await route.fulfill({ response, json: index });
    });
  }

  test('header combobox', async ({ page }) => {
    await evilIndex(page);
    await page.goto('/polska/');
    const input = page.getByLabel('Szukaj gminy, powiatu lub województwa').first();
    await input.focus();
    await input.pressSequentially('zzxss', { delay: 20 });
    const option = page.getByRole('option').first();
    await expect(option).toContainText('<img src=x onerror=');
    await expect(option).toContainText('<script>');
    expect(await page.locator('#hs-list img, #hs-list script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('search page', async ({ page }) => {
    await evilIndex(page);
    await page.goto('/szukaj/?q=zzxss');
    const link = page.locator('.search-results a').first();
    await expect(link).toContainText('<img src=x onerror=');
    expect(await page.locator('.search-results img, .search-results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
