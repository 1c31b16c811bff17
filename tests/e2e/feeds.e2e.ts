// The Atom feeds as the site serves them: linked (visibly and in <head>) from /dane/ in
// both languages and from each voivodeship page, not from other territory pages; the
// feed is XML in the Atom namespace and lists the 2024 release. Validation against the
// schema is in tests/features/feeds/feeds.test.ts (Jing).
import fs from 'node:fs';
import { expect, test } from '@playwright/test';

const SHOTS = process.env.NEAR_ME_SHOTS;

for (const v of [
  { lang: 'pl', page: '/dane/', feed: '/dane/atom.xml', release: 'Wydanie 2024' },
  { lang: 'en', page: '/en/dane/', feed: '/en/dane/atom.xml', release: 'Release 2024' },
  {
    lang: 'pl',
    page: '/wojewodztwo/12-malopolskie/',
    feed: '/wojewodztwo/12-malopolskie/atom.xml',
    release: 'Wydanie 2024: województwo małopolskie',
  },
  {
    lang: 'en',
    page: '/en/wojewodztwo/12-malopolskie/',
    feed: '/en/wojewodztwo/12-malopolskie/atom.xml',
    release: 'Release 2024: Małopolskie Voivodeship',
  },
])
  test(`feed linked from ${v.page} and listing the 2024 release`, async ({ page, request }) => {
    await page.goto(v.page);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', v.feed);
    const link = page.getByTestId('feed-link').getByRole('link');
    await expect(link).toHaveAttribute('href', v.feed);
    // Keyboard: the link is reachable and has a visible name.
    await link.focus();
    await expect(link).toBeFocused();
    const res = await request.get(v.feed);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<title>${v.release}</title>`);
    expect(xml).toContain(`xml:lang="${v.lang}"`);
  });

test('a gmina page carries no feed link', async ({ page }) => {
  await page.goto('/gmina/1211092-nowy-targ/');
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveCount(0);
  await expect(page.getByTestId('feed-link')).toHaveCount(0);
});

test('feed links at 360 px: no sideways scrolling (screenshots with NEAR_ME_SHOTS)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const [name, path] of [
    ['dane', '/dane/'],
    ['voivodeship', '/en/wojewodztwo/12-malopolskie/'],
  ]) {
    await page.goto(path);
    const link = page.getByTestId('feed-link');
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/feed-${name}-360.png` });
    }
  }
});
