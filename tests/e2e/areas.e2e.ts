// Planning-area pages in Chromium: the figures equal the area JSON, the demonstration OWES
// and LAG divisions say so in a banner, the members table lists the definition's members,
// the index links every area, and the pages pass axe and fit a 360 px phone.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { formatNumber } from '#core/format.ts';
import type { AreaFile, AreaIndexFile } from '#features/areas/area-types.ts';
import { axeViolations, describeViolations } from './helpers/a11y-pages.ts';
import { latestRelease } from './helpers/site-data.ts';

const DATA = path.join(process.cwd(), 'public', 'data');
const index = (): AreaIndexFile => JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'areas', 'index.json'), 'utf8'));
const areaFile = (type: string, id: string): AreaFile =>
  JSON.parse(fs.readFileSync(path.join(DATA, latestRelease(), 'areas', type, `${id}.json`), 'utf8'));
const pagePath = (a: { type: string; id: string; slug: string }) => `/obszar/${a.type}/${a.id}-${a.slug}/`;
/** An area in małopolskie: the Krakowski NUTS 3 subregion (several powiats), the first demo OWES and LAG areas there. */
const first = (type: string) =>
  index()
    .types.find((t) => t.type === type)!
    .areas.find((a) => (type === 'nuts3' ? a.id === 'pl214' : a.id.startsWith('12-')))!;
const latest = (file: AreaFile, id: string) => {
  const v = file.series[id].v;
  for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null) return v[i]!;
  throw new Error(`no ${id}`);
};

const SHOTS = '/tmp/areas-shots';

for (const type of ['nuts3', 'owes', 'lgd'] as const) {
  test(`a ${type} area page shows the area file's figures and its members`, async ({ page }) => {
    const a = first(type);
    const file = areaFile(type, a.id);
    await page.goto(pagePath(a));
    await expect(page.locator('article')).toHaveAttribute('data-definition-status', a.status);
    await expect(page.getByTestId('headline-POP')).toHaveText(formatNumber(latest(file, 'POP'), 'pl'));
    const row = page.locator('[data-testid="key-figures"] tr[data-indicator="SPS_KRS"]');
    await expect(row.getByTestId('value').locator('.num')).toHaveText(formatNumber(latest(file, 'SPS_KRS'), 'pl'));
    await expect(page.getByTestId('members').locator('tbody tr')).toHaveCount(a.members.length);
    await expect(page.getByTestId('members').locator('tbody tr').first()).toHaveAttribute('data-code', a.members[0]);
    // Compared with the voivodeship (all members lie in małopolskie) and Poland.
    await expect(row.locator('td')).toHaveCount(5);
    if (a.status === 'demo') {
      await expect(page.getByTestId('demo-definition')).toBeVisible();
      await expect(page.getByTestId('demo-banner')).toBeVisible();
    } else await expect(page.getByTestId('demo-definition')).toHaveCount(0);
    // The type's CSV: linked from the page, and (read from the shipped file) demo where the division is.
    const href = `/data/${latestRelease()}/download/areas-${type}.csv`;
    await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
    const lines = fs.readFileSync(path.join(DATA, href.slice('/data/'.length)), 'utf8').split('\n');
    expect(lines[0]).toContain('area_type,area_id,area_name,definition_status,year');
    if (a.status === 'demo') expect(lines.filter((l) => l.includes(`,${a.id},`)).every((l) => l.includes(',demo,'))).toBe(true);
  });
}

test('the index lists every area of every type and links to their pages', async ({ page }) => {
  await page.goto('/en/obszar/');
  await expect(page.locator('h1')).toHaveText('Planning areas');
  for (const t of index().types) {
    await expect(page.getByTestId(`areas-${t.type}`).locator('tbody tr')).toHaveCount(t.areas.length);
    await expect(page.locator(`section[data-area-type="${t.type}"] [data-testid="demo-definition"]`)).toHaveCount(
      t.status === 'demo' ? 1 : 0,
    );
  }
  const a = first('nuts3');
  await page.getByRole('link', { name: a.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/en${pagePath(a)}$`));
});

for (const width of [360, 1366]) {
  test(`area pages pass axe and fit ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const p of ['/obszar/', pagePath(first('nuts3')), `/en${pagePath(first('owes'))}`, pagePath(first('lgd'))]) {
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `${width}-${p.replace(/\W+/g, '_')}.png`) });
    }
  });
}
