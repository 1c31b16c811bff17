// "Mój obszar / My area" in Chromium: pasting codes builds the profile (a bad code is
// named), the address restores it, the printed page has no controls but the link and
// release, the embed shows the profile with its demo label, the map toggles a powiat
// from the keyboard, and a phone-wide page does not scroll sideways. The POP figure
// shown is checked against a plain sum of the shipped gmina file.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';
import type { LevelFile } from '#core/data-types.ts';
import { formatNumber } from '#core/format.ts';
import { latestRelease } from './helpers/site-data.ts';

const release = latestRelease();
const SHOTS = process.env.CUSTOM_AREA_SHOTS;
const popFile = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'public', 'data', release, 'level/gmina/POP.json'), 'utf8'),
) as LevelFile;

/** POP of the gminas summed in the latest year, as the page should print it. */
function popSum(prefixOrCodes: string[]): { year: number; text: string } {
  const yi = popFile.years.length - 1;
  let sum = 0;
  popFile.codes.forEach((c, ti) => {
    if (prefixOrCodes.some((p) => c.startsWith(p))) sum += popFile.values.POP[yi][ti] as number;
  });
  return { year: popFile.years[yi], text: formatNumber(sum, 'pl') };
}

async function ready(page: Page) {
  await expect(page.locator('[data-testid="custom-area"][data-ready="true"]')).toBeVisible({ timeout: 60_000 });
}

test('pasting codes builds the profile; a bad code is named; the link restores it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/moj-obszar/');
  await page.getByTestId('area-paste').fill('1201\n1202012, 1202023 99x');
  await page.getByTestId('area-paste-replace').click();
  await expect(page.getByTestId('paste-problems')).toContainText('99x');
  await expect(page.getByTestId('selected-count')).toContainText('11');
  await ready(page);
  const pop = popSum(['1201', '1202012', '1202023']);
  const popRow = page.locator('[data-testid="area-key-figures"] tr[data-indicator="POP"]');
  await expect(popRow).toContainText(String(pop.year));
  await expect(popRow).toContainText(pop.text);
  await expect(page.getByTestId('area-members').locator('li')).toHaveCount(11);
  await expect(page).toHaveURL(new RegExp(`[?&]r=${release}&c=1201\\*,1202012,1202023`));

  const link = await page.getByTestId('area-permalink').inputValue();
  const url = new URL(link);
  const fresh = await page.context().newPage();
  await fresh.goto(url.pathname + url.search);
  await ready(fresh);
  await expect(fresh.locator('[data-testid="area-key-figures"] tr[data-indicator="POP"]')).toContainText(pop.text);
  await expect(fresh.getByTestId('area-members').locator('li')).toHaveCount(11);
  if (SHOTS) await fresh.screenshot({ path: `${SHOTS}/area-1366.png`, fullPage: true });
  await fresh.close();
});

test('print: no controls, the link and release are printed, demo marks stay', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/moj-obszar/?v=1&r=${release}&c=1201*`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.area-controls')).toBeHidden();
  await expect(page.getByTestId('area-share')).toBeHidden();
  await expect(page.getByTestId('area-print-source')).toBeVisible();
  await expect(page.getByTestId('area-print-source')).toContainText(release);
  await expect(page.getByTestId('area-print-source')).toContainText('c=1201*');
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  if (await page.getByTestId('area-demo').count()) await expect(page.getByTestId('area-demo')).toBeVisible();
});

test('the embed renders the same profile with the demo label', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/embed/moj-obszar/?v=1&r=${release}&c=1201*&n=Powiat%20bocheński`);
  await ready(page);
  await expect(page.locator('[data-embed-title]')).toContainText('Powiat bocheński');
  await expect(page.locator('.area-controls')).toHaveCount(0);
  await expect(page.locator('[data-testid="area-key-figures"] tr[data-indicator="POP"]')).toContainText(popSum(['1201']).text);
  // The shipped release has demonstration values at gmina level: the frame must say so.
  await expect(page.getByTestId('embed-demo')).toBeVisible();
  await expect(page.getByTestId('embed-back')).toHaveAttribute('href', /moj-obszar\/\?.*c=1201\*/);
});

test('the map toggles a powiat from the keyboard and the count is announced', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/moj-obszar/');
  const map = page.getByTestId('area-map');
  await expect(map).toBeVisible({ timeout: 30_000 });
  await map.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selected-count')).not.toContainText(/^\D*0\D/);
  await expect(page).toHaveURL(/c=\d{4}\*/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/c=(&|$)/);
  // The list: find a powiat by name and tick it.
  await page.getByTestId('area-find').fill('bocheń');
  await page.getByTestId('area-found').getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/c=1201\*/);
});

test('the map picks single gminas, one voivodeship at a time, by pointer and by keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/moj-obszar/?v=1&r=${release}&c=1201*`);
  await expect(page.getByTestId('area-map')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('area-map-gminas').check();
  const map = page.locator('[data-testid="area-map"][data-level="gmina"]');
  // The voivodeship of the first gmina chosen (małopolskie): only its gminas are drawn.
  await expect(page.getByTestId('area-map-voivodeship')).toHaveValue('12');
  // The gmina shapes arrive by fetch after the switch; wait until they are drawn.
  await expect(map.locator('path.unit').nth(100)).toBeAttached({ timeout: 30_000 });
  const codes = await map.locator('path.unit').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code') ?? ''));
  expect(codes.length).toBeGreaterThan(100);
  expect(codes.every((c) => /^12\d{5}$/.test(c))).toBe(true);
  const gmina = codes.find((c) => !c.startsWith('1201'))!;
  await map.locator(`path.unit[data-code="${gmina}"]`).click();
  await expect(page).toHaveURL(new RegExp(`c=1201\\*,${gmina}(&|$)`));
  await expect(map.locator(`path.unit[data-code="${gmina}"]`)).toHaveClass(/\bin\b/);
  // Another voivodeship, then the keyboard: Tab stop, an arrow to a gmina, Enter toggles it.
  await page.getByTestId('area-map-voivodeship').selectOption('02');
  await expect(map.locator('path.unit').first()).toHaveAttribute('data-code', /^02/);
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/c=([^&]*,)?02\d{5}(,|&|$)/);
  // The selection count follows: 9 gminas of powiat bocheński + 2.
  await expect(page.getByTestId('selected-count')).toContainText('11');
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
});

test('360 px wide: no sideways scroll, page and embed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const p of [
    `/moj-obszar/?v=1&r=${release}&c=1201*,1202012`,
    `/en/moj-obszar/?v=1&r=${release}&c=1201*`,
    `/embed/moj-obszar/?v=1&r=${release}&c=1201*`,
  ]) {
    await page.goto(p);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p).toBeLessThanOrEqual(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/area-360-${p.split('?')[0].replace(/\W+/g, '_')}.png`, fullPage: true });
  }
});
