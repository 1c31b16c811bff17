// Every page type, in both languages, fits a 360 px phone and a 1366 px desktop without
// scrolling sideways: wide tables scroll inside their own region (.table-scroll) and facts
// lists stack on narrow screens. A width in CSS pixels, not a timing.
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/polska/',
  '/wojewodztwo/12-malopolskie/',
  '/powiat/1211-nowotarski/',
  '/gmina/1211092-nowy-targ/',
  '/wskazniki/',
  '/wskaznik/sps-krs/',
  '/zestawienia/',
  '/podmioty/',
  '/podmiot/demo-sps-1211011-1/',
  '/programy/',
  '/programy/kpres/',
  '/dane/',
  '/metodologia/',
  '/deklaracja-dostepnosci/',
  '/szukaj/',
  '/embed/gmina/1211092-nowy-targ/',
  '/embed/wskaznik/sps-krs/',
  '/2023/gmina/1211092-nowy-targ/',
  '/2023/dane/',
];
const ALL = [...PAGES, ...PAGES.filter((p) => !p.startsWith('/2023/')).map((p) => `/en${p}`)];

for (const width of [360, 1366]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    for (const path of ALL) {
      await page.goto(path, { waitUntil: 'load' });
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (extra > 0) overflowing.push(`${path} by ${extra}px`);
    }
    expect(overflowing).toEqual([]);
  });
}
