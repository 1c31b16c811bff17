// The white-spots page: kind and distance from the URL, the map and both tables drawn,
// a change of kind or distance rewrites the URL and the summary, demo marked, the CSV
// download carries the status column, no sideways scrolling at 360 px. Screenshots go
// to test-results/screens/ (or ACCESS_SHOTS) for a person to review.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';

test.setTimeout(120_000);

const SHOTS = process.env.ACCESS_SHOTS ?? path.join(process.cwd(), 'test-results', 'screens');

for (const lang of ['pl', 'en'] as const) {
  const base = lang === 'en' ? '/en/biale-plamy/' : '/biale-plamy/';

  test(`white spots (${lang}): URL state, map, tables, demo, CSV`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}?rodzaj=wtz&km=10`);
    await expect(page.getByTestId('ws-map').locator('path.ws-white').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('ws-kind')).toHaveValue('wtz');
    await expect(page.getByTestId('ws-km')).toHaveValue('10');
    const voiv = page.getByTestId('ws-voiv');
    await expect(voiv.locator('tbody tr')).toHaveCount(17);
    await expect(page.getByTestId('access-demo')).toBeVisible();
    await expect(page.locator('#ws-voiv-cap')).toContainText('(demo)');
    await page.screenshot({ path: path.join(SHOTS, `access-${lang}-1366.png`), fullPage: false });

    const summaryBefore = await page.getByTestId('ws-summary').innerText();
    await page.getByTestId('ws-kind').selectOption('cis');
    await page.getByRole('button', { name: '50 km' }).click();
    await expect(page).toHaveURL(/rodzaj=cis&km=50/);
    await expect(page.getByTestId('ws-summary')).not.toHaveText(summaryBefore);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ws-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^biale-plamy-\d{4}-cis-50km-demo\.csv$/);
    const text = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(text)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0].split(',').at(-1)).toBe('status');
    for (const l of lines.slice(1)) expect(l.endsWith(',demo')).toBe(true);
  });

  test(`white spots (${lang}): every kind, OWES offices included, has its map, table and status`, async ({ page }) => {
    await page.goto(base);
    await expect(page.getByTestId('ws-voiv')).toBeVisible({ timeout: 60_000 });
    const kinds = await page
      .getByTestId('ws-kind')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(kinds).toEqual(['cis', 'kis', 'zaz', 'wtz', 'social-cooperative', 'social-enterprise', 'owes']);
    for (const kind of kinds) {
      await page.getByTestId('ws-kind').selectOption(kind);
      await expect(page).toHaveURL(new RegExp(`rodzaj=${kind}(&|$)`));
      await expect(page.getByTestId('ws-map').locator('path').first()).toBeVisible();
      await expect(page.getByTestId('ws-voiv').locator('tbody tr')).toHaveCount(17);
      await expect(page.locator('#ws-voiv-cap')).toContainText('(demo)');
    }
    // The offices measured to are published, and said to be demo.
    const owes = page.getByTestId('access-owes');
    await expect(owes).toContainText('owes-offices.csv');
    const csv = await page.request.get((await owes.getByRole('link').getAttribute('href'))!);
    expect(csv.ok()).toBe(true);
    const rows = (await csv.text()).trim().split('\n');
    expect(rows[0].replace(/^\uFEFF/, '')).toBe('area_id,office_name,lat,lon,status');
    expect(rows.length).toBeGreaterThan(16);
    for (const r of rows.slice(1)) expect(r.endsWith(',demo')).toBe(true);
  });

  test(`white spots (${lang}) fit a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(base);
    await expect(page.getByTestId('ws-voiv')).toBeVisible({ timeout: 60_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `access-${lang}-360-top.png`) });
    // axe WCAG 2.1 AA on the hydrated page, the powiat table open (the a11y sweep checks the built page).
    await page.locator('.ws-powiats summary').click();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Every control at least 24 × 24 CSS px.
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.ws button, .ws input, .ws select, .ws summary')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
    await page.getByTestId('ws-map').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `access-${lang}-360-map.png`) });
    await page.getByTestId('ws-voiv').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `access-${lang}-360-table.png`) });
  });
}
