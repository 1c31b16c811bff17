// Embeds in Chromium, as another site uses them: a host page on a different
// origin (a small Node server on 127.0.0.1:4412, written by this test) frames a territory
// chart, an indicator map, a programme chart and a saved tabulation from the portal
// (the preview on E2E_PORT), with public/embed.js loaded from the portal. The portal's
// responses carry the headers netlify.toml declares, so the embeds' frame-ancestors is
// exercised too. Then the "Osadź / Embed" disclosure on full pages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { withNetlifyHeaders } from './helpers/netlify-route.ts';
import { EMBED_HEIGHT } from '#features/embed/embed.ts';

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4412);

interface Widget {
  id: string;
  path: string;
  height: number;
  /** What must be visible inside the frame. */
  ready: string;
}

const WIDGETS: Widget[] = [
  { id: 'chart', path: '/embed/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS', height: EMBED_HEIGHT.chart, ready: '.chart-canvas svg' },
  { id: 'map', path: '/embed/wskaznik/sps-krs/?poziom=powiat', height: EMBED_HEIGHT.map, ready: '[data-testid="map-svg"] .areas path' },
  {
    id: 'programme',
    path: '/embed/programy/kpres/?wskaznik=ps-act',
    height: EMBED_HEIGHT.programme,
    ready: '[data-embed-item="ps-act"] .chart-canvas svg',
  },
  {
    id: 'tabulation',
    path: '/embed/zestawienia/?v=1&r=2024&l=voivodeship&i=SPS_10K&y=2023-2024&rows=territory&cols=year&tot=1&ch=none&view=table',
    height: EMBED_HEIGHT.tabulation,
    ready: 'main table',
  },
];

/** The host page: the snippet as a site would paste it (iframe + script), without the script if asked. */
function hostPage(portal: string, widgets: Widget[], script: boolean): string {
  const frames = widgets
    .map(
      (w) =>
        `<h2>${w.id}</h2><iframe id="f-${w.id}" src="${portal}${w.path}" title="${w.id}" width="100%" height="${w.height}" style="border:0;width:100%" loading="lazy"></iframe>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A regional centre</title></head>
<body style="margin:0;padding:8px;font-family:sans-serif"><main style="max-width:900px">${frames}</main>
${script ? `<script src="${portal}/embed.js" async></script>` : ''}</body></html>`;
}

let server: http.Server;
const pages = new Map<string, string>();

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const hostOrigin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`#f-${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  expect(frame, `iframe ${id} has a document`).toBeTruthy();
  return frame!;
}

const iframeHeight = (page: Page, id: string) => page.locator(`#f-${id}`).evaluate((el) => el.getBoundingClientRect().height);
const docHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the iframe's height equals its document's height (within 3 px), and returns it. */
async function settledHeight(page: Page, id: string): Promise<number> {
  const frame = await frameOf(page, id);
  await expect
    .poll(async () => Math.abs((await iframeHeight(page, id)) - (await docHeight(frame))), {
      message: `${id}: iframe height fits its document`,
      timeout: 15_000,
    })
    .toBeLessThanOrEqual(3);
  return iframeHeight(page, id);
}

test.describe('embedded on another origin', () => {
  test.setTimeout(90_000);

  test('every widget renders in its frame, and embed.js fits each frame to its content, also after a resize', async ({
    page,
    context,
    baseURL,
  }) => {
    const portal = new URL(baseURL!).origin;
    expect(hostOrigin()).not.toBe(portal);
    await withNetlifyHeaders(context, portal);
    pages.set('/host', hostPage(portal, WIDGETS, true));
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${hostOrigin()}/host`);

    for (const w of WIDGETS) {
      await page.locator(`#f-${w.id}`).scrollIntoViewIfNeeded();
      const frame = page.frameLocator(`#f-${w.id}`);
      await expect(frame.locator(w.ready).first(), `${w.id}: content inside the frame`).toBeVisible({ timeout: 20_000 });
      await expect(frame.locator('h1')).not.toBeEmpty();
      await expect(frame.locator('[data-testid="embed-back"]')).toHaveAttribute('target', '_top');
    }

    const before = new Map<string, number>();
    for (const w of WIDGETS) {
      await page.locator(`#f-${w.id}`).scrollIntoViewIfNeeded();
      const h = await settledHeight(page, w.id);
      // The resize script changed the fixed height the host gave.
      expect(Math.abs(h - w.height), `${w.id}: height ${h} differs from the fixed ${w.height}`).toBeGreaterThan(3);
      before.set(w.id, h);
    }

    // Narrower frames: the content reflows, and the frames follow.
    for (const w of WIDGETS) await page.locator(`#f-${w.id}`).evaluate((el) => ((el as HTMLIFrameElement).style.width = '340px'));
    for (const w of WIDGETS) {
      // Chromium does not render (nor run ResizeObservers in) cross-origin frames out of
      // view: the frame reports its new height once it is scrolled to, as a reader would.
      await page.locator(`#f-${w.id}`).scrollIntoViewIfNeeded();
      await expect
        .poll(() => iframeHeight(page, w.id), { message: `${w.id}: height after the resize`, timeout: 15_000 })
        .not.toBe(before.get(w.id));
      // A narrower frame reflows (a map gets smaller, text wraps): its new height fits again.
      const after = await settledHeight(page, w.id);
      expect(Math.abs(after - before.get(w.id)!), `${w.id}: ${before.get(w.id)} → ${after}`).toBeGreaterThan(3);
    }
  });

  test('without embed.js the frames keep their fixed height (and still work)', async ({ page, context, baseURL }) => {
    const portal = new URL(baseURL!).origin;
    await withNetlifyHeaders(context, portal);
    const w = WIDGETS[0];
    pages.set('/host-plain', hostPage(portal, [w], false));
    await page.goto(`${hostOrigin()}/host-plain`);
    await expect(page.frameLocator(`#f-${w.id}`).locator(w.ready)).toBeVisible();
    await page.waitForTimeout(500);
    expect(await iframeHeight(page, w.id)).toBe(w.height);
  });

  test('a full page of the portal still refuses to be framed by another origin', async ({ page, context, baseURL }) => {
    const portal = new URL(baseURL!).origin;
    await withNetlifyHeaders(context, portal);
    pages.set('/host-full', `<!doctype html><title>host</title><iframe id="f" src="${portal}/gmina/1211092-nowy-targ/"></iframe>`);
    await page.goto(`${hostOrigin()}/host-full`);
    await page.waitForTimeout(800);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const h1 = await frame?.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');
    expect(h1).not.toBe('Nowy Targ');
  });
});

test.describe('embed pages', () => {
  test('a territory embed shows the indicator its query names, with the frame to match', async ({ page }) => {
    await page.goto('/embed/gmina/1211092-nowy-targ/?wskaznik=sps-10k&id=w1');
    await expect(page.locator('[data-testid="embed-chart"]')).toHaveAttribute('data-indicator', 'SPS_10K');
    await expect(page.locator('.chart-canvas svg')).toBeVisible();
    const title = await page.locator('h1').textContent();
    expect(title).toMatch(/Nowy Targ/);
    expect(title).not.toMatch(/zarejestrowane w KRS/);
    await expect(page).toHaveTitle(new RegExp(`^${title!.replace(/[()]/g, '\\$&')} — Monitor`));
    // The link back keeps the view state, not the host's id.
    await expect(page.locator('[data-testid="embed-back"]')).toHaveAttribute('href', '/gmina/1211092-nowy-targ/?wskaznik=sps-10k');
    await expect(page.locator('[data-testid="embed-back"]')).toHaveAttribute('rel', 'noopener');
    await expect(page.locator('header, nav, .site-footer')).toHaveCount(0);
  });

  test("without a query, the default chart is the build's SVG; the demo label shows with demo values", async ({ page }) => {
    await page.goto('/en/embed/gmina/1211092-nowy-targ/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.chart-canvas svg[aria-label]')).toBeVisible();
    const demoInData = (await page.locator('.legend .note').count()) > 0;
    await expect(page.getByTestId('embed-demo')).toBeVisible({ visible: demoInData });
  });

  test('a programme embed shows the chart its query names, and only that one', async ({ page }) => {
    await page.goto('/embed/programy/kpres/?wskaznik=ps-act');
    const shown = page.locator('[data-embed-item]:visible');
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-embed-item', 'ps-act');
    await expect(page.locator('[data-testid="embed-back"]')).toHaveAttribute(
      'href',
      /\/programy\/kpres\/\?wskaznik=ps-act#wskaznik-ps-act$/,
    );
  });

  test('a tabulation embed shows the result read-only, as its query says (table, chart or both)', async ({ page }) => {
    const q = 'v=1&r=2024&l=voivodeship&i=SPS_10K&y=2023-2024&rows=territory&cols=year&tot=1&ch=bar';
    await page.goto(`/embed/zestawienia/?${q}`);
    await expect(page.locator('main table').first()).toBeVisible();
    await expect(page.locator('#b-chart')).toBeVisible();
    await expect(page.locator('form, [data-testid="export"], header, nav')).toHaveCount(0);
    // The heading says what the table holds; the address is left as the host gave it.
    await expect(page.locator('h1')).not.toHaveText('Zestawienie');
    expect(new URL(page.url()).search).toBe(`?${q}`);
    await page.goto(`/embed/zestawienia/?${q}&view=table`);
    await expect(page.locator('main table').first()).toBeVisible();
    await expect(page.locator('#b-chart')).toHaveCount(0);
  });

  test('the map embed opens at the level and year of its query', async ({ page }) => {
    await page.goto('/embed/wskaznik/sps-krs/?poziom=powiat&rok=2020');
    const svg = page.getByTestId('map-svg');
    await expect(svg).toHaveAttribute('data-level', 'powiat');
    await expect(svg).toHaveAttribute('data-year', '2020');
    await expect(page.getByTestId('embed-back')).toHaveAttribute('href', '/wskaznik/sps-krs/?poziom=powiat&rok=2020');
    // The reader changes the level inside the frame: the address and the link back follow.
    await page.getByTestId('map-level').getByRole('radio').first().check();
    await expect(svg).toHaveAttribute('data-level', 'voivodeship');
    await expect(page).toHaveURL(/\/embed\/wskaznik\/sps-krs\/\?poziom=wojewodztwo&rok=2020$/);
    await expect(page.getByTestId('embed-back')).toHaveAttribute('href', '/wskaznik/sps-krs/?poziom=wojewodztwo&rok=2020');
  });
});

test.describe('the Embed button on full pages', () => {
  test('is a disclosure with the snippet, keyboard-operable, with an announced copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/gmina/1211092-nowy-targ/');
    const share = page.getByTestId('embed-share').first();
    const toggle = share.getByRole('button', { name: /^Osadź/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const region = share.getByRole('region');
    await expect(region).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(region).toBeVisible();
    const code = region.getByRole('textbox');
    await expect(code).toBeFocused();
    await expect(code).toHaveAttribute('readonly', '');
    const snippet = await code.inputValue();
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/[^"]+\/embed\/gmina\/1211092-nowy-targ\/\?wskaznik=[A-Z0-9_]+" title="[^"]+" width="100%" height="\d+"/,
    );
    expect(snippet).toMatch(/loading="lazy"/);
    expect(snippet).toMatch(/\n<script src="https:\/\/[^"]+\/embed\.js" async><\/script>$/);
    await region.getByRole('button', { name: 'Kopiuj' }).click();
    await expect(region.locator('[aria-live="polite"]')).toHaveText('Skopiowano kod do schowka.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // Escape closes it and gives focus back; no trap.
    await code.focus();
    await page.keyboard.press('Escape');
    await expect(region).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('the chart snippet follows the indicator chosen in the chart', async ({ page }) => {
    await page.goto('/gmina/1211092-nowy-targ/');
    const section = page
      .locator('section[data-theme]')
      .filter({ has: page.locator('.chart-island') })
      .first();
    await section.locator('.chart-island').hover();
    const select = section.locator('.chart-controls select').first();
    await expect(select).toBeVisible();
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const next = values[values.length - 1];
    await select.selectOption(next);
    await section.getByRole('button', { name: /^Osadź/ }).click();
    await expect(section.getByRole('region').getByRole('textbox')).toHaveValue(new RegExp(`\\?wskaznik=${next}"`));
  });

  test('the map keeps its level and year in the address, and its snippet follows', async ({ page }) => {
    await page.goto('/wskaznik/sps-krs/');
    await page.locator('#mapa-h').scrollIntoViewIfNeeded();
    await page.getByTestId('map-level').getByRole('radio').first().check();
    await expect(page).toHaveURL(/\?poziom=wojewodztwo$/);
    const share = page.getByTestId('embed-share').last();
    await share.getByRole('button', { name: /^Osadź/ }).click();
    await expect(share.getByRole('textbox')).toHaveValue(/\/embed\/wskaznik\/sps-krs\/\?poziom=wojewodztwo"/);
    // The address restores the view.
    await page.reload();
    await page.locator('#mapa-h').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('map-svg')).toHaveAttribute('data-level', 'voivodeship');
  });

  test('without JavaScript the snippet is on the page, the buttons are not', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/programy/kpres/');
    const share = page.getByTestId('embed-share').first();
    await expect(share.getByRole('region').getByRole('textbox')).toBeVisible();
    await expect(share.getByRole('textbox')).toHaveValue(/\/embed\/programy\/kpres\/\?wskaznik=/);
    await expect(share.getByRole('button')).toHaveCount(0);
    await context.close();
  });
});
