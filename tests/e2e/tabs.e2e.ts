// Chart / map / table tabs: the address picks the tab (?widok=tabela), the arrows move
// between tabs and write the address, a reload restores the view; without JavaScript every
// panel stands on the page; the builder's table / chart tabs keep the tab in its state.
import { expect, test, type Page } from '@playwright/test';
import { latestRelease } from './helpers/site-data.ts';

const release = latestRelease();
const SHOTS = '/tmp/chartimg-shots';

async function expectSelected(page: Page, name: string | RegExp) {
  const tab = page.getByRole('tab', { name });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toHaveAttribute('tabindex', '0');
  await expect(page.getByRole('tab', { selected: true })).toHaveCount(1);
}

test('the indicator page opens the tab the address names, moves by arrows and restores on reload', async ({ page }) => {
  await page.goto('/wskaznik/sps-krs/?widok=tabela');
  await expect(page.getByRole('tablist', { name: 'Widok' })).toBeVisible();
  await expectSelected(page, 'Tabela');
  await expect(page.locator('#widok-table')).toBeVisible();
  await expect(page.locator('#widok-table')).toHaveAttribute('role', 'tabpanel');
  await expect(page.locator('#widok-table')).toHaveAttribute('aria-labelledby', 'widok-tab-table');
  await expect(page.locator('#widok-map')).toBeHidden();
  await expect(page.locator('#widok-chart')).toBeHidden();
  await expect(page.getByTestId('indicator-years-table').locator('tbody tr')).toHaveCount(17);

  // Keyboard: the selected tab has focus; ArrowLeft goes to the chart, and the address follows.
  await page.getByRole('tab', { name: 'Tabela' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expectSelected(page, 'Wykres');
  await expect(page.getByRole('tab', { name: 'Wykres' })).toBeFocused();
  await expect(page).toHaveURL(/\?widok=wykres$/);
  await expect(page.locator('#widok-chart')).toBeVisible();
  await expect(page.locator('#widok-table')).toBeHidden();
  await page.reload();
  await expectSelected(page, 'Wykres');
  await expect(page.locator('#widok-chart')).toBeVisible();

  // Home: the map, the default view, which leaves the address clean; End wraps to the table.
  await page.getByRole('tab', { name: 'Wykres' }).focus();
  await page.keyboard.press('Home');
  await expectSelected(page, 'Mapa');
  await expect(page).toHaveURL(/\/wskaznik\/sps-krs\/$/);
  await page.keyboard.press('End');
  await expectSelected(page, 'Tabela');
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, 'Mapa');
  // Clicking works as well.
  await page.getByRole('tab', { name: 'Tabela' }).click();
  await expect(page).toHaveURL(/\?widok=tabela$/);
});

test('the tabs keep the map state in the address, and English pages name the tabs in English', async ({ page }) => {
  await page.goto('/en/wskaznik/sps-krs/?poziom=powiat&widok=tabela');
  await expectSelected(page, 'Table');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\?poziom=powiat$/);
  await page.getByRole('tab', { name: 'Chart' }).click();
  await expect(page).toHaveURL(/\?poziom=powiat&widok=wykres$/);
});

test('without JavaScript every panel shows, one under another, and the tab list is hidden', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/wskaznik/sps-krs/?widok=tabela');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  for (const id of ['#widok-chart', '#widok-map', '#widok-table']) await expect(page.locator(id)).toBeVisible();
  await context.close();
});

test('the builder keeps its tab in its address: table by default, ?widok=wykres for the chart', async ({ page }) => {
  const q = `v=1&r=${release}&l=voivodeship&i=SPS_KRS&y=2024&rows=territory&cols=year`;
  await page.goto(`/zestawienia/?${q}&widok=wykres`);
  await expectSelected(page, 'Wykres');
  await expect(page.getByTestId('builder-chart')).toBeVisible();
  await expect(page.getByTestId('result-table')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Wykres' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expectSelected(page, 'Tabela');
  await expect(page.getByRole('tab', { name: 'Tabela' })).toBeFocused();
  await expect(page.getByTestId('result-table')).toBeVisible();
  await expect(page.getByTestId('builder-chart')).toHaveCount(0);
  await expect(page).not.toHaveURL(/widok=/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/widok=wykres/);
  await page.reload();
  await expectSelected(page, 'Wykres');
  await expect(page.getByTestId('builder-chart')).toBeVisible();
});

test('at 360 px the tabs fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const [url, shot] of [
    ['/wskaznik/sps-krs/?widok=tabela', 'tabs-indicator-360.png'],
    [`/zestawienia/?v=1&r=${release}&l=voivodeship&i=SPS_KRS&y=2024&rows=territory&cols=year&widok=wykres`, 'tabs-builder-360.png'],
  ]) {
    await page.goto(url);
    const list = page.getByRole('tablist');
    await expect(list).toBeVisible();
    await list.scrollIntoViewIfNeeded();
    for (const tab of await page.getByRole('tab').all()) {
      const box = (await tab.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${shot}` });
  }
});
