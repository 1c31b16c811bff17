// Every page type, in both languages, fits a 360 px phone, a 768 px tablet and a 1366 px
// desktop: the document never scrolls sideways (wide tables scroll inside their own
// region, .table-scroll), and no block of text is squeezed narrower than 120 px (a facts
// list whose description ran one word per line). Widths in CSS pixels, not timings.
// Screenshots of the first screen go to test-results/screens/ for a person to review.
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/polska/',
  '/wojewodztwo/12-malopolskie/',
  '/powiat/1211-nowotarski/',
  '/gmina/1211092-nowy-targ/',
  '/wskazniki/',
  '/wskaznik/sps-krs/',
  '/wskaznik/sps-krs/?widok=tabela',
  '/zestawienia/',
  '/moj-obszar/?c=1201*,1202012',
  '/porownaj/?t=1211011,1211092,1211023,1211',
  '/embed/porownaj/?t=1211011,1211092,1211023,1211',
  '/podmioty/',
  '/podmiot/demo-sps-1211011-1/',
  '/biale-plamy/',
  '/programy/',
  '/programy/kpres/',
  '/obszar/',
  '/obszar/nuts3/pl214-krakowski/',
  '/obszar/owes/12-1-owes-malopolskie-1-demo/',
  '/obszar/lgd/12-01-lgd-bochenski-malopolskie-demo/',
  '/dane/',
  '/dane/pokrycie/',
  '/metodologia/',
  '/deklaracja-dostepnosci/',
  '/szukaj/',
  '/embed/gmina/1211092-nowy-targ/',
  '/embed/wskaznik/sps-krs/',
  '/2023/gmina/1211092-nowy-targ/',
  '/2023/dane/',
  '/2023/dane/pokrycie/',
];
const ALL = [...PAGES, ...PAGES.filter((p) => !p.startsWith('/2023/')).map((p) => `/en${p}`)];
const MIN_TEXT_WIDTH = 120;
const SCREENS = path.join(process.cwd(), 'test-results', 'screens');

/**
 * Visible blocks of running text (12+ characters) narrower than `min` px that wrap onto
 * three lines or more (squeezed, not merely short), outside scrolling tables and charts.
 */
function squeezedText(min: number): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('p, li, dd, dt, h1, h2, h3, h4, caption, figcaption, summary, label')) {
    if (el.closest('.table-scroll, svg, [aria-hidden="true"], .visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.visibility === 'hidden') continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const r = el.getBoundingClientRect();
    // Visually hidden labels (1 px, clipped) are for screen readers only.
    if (text.length < 12 || r.width <= 2 || r.height <= 2) continue;
    const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    if (r.width < min && r.height > 2.5 * line) out.push(`${el.tagName.toLowerCase()} ${Math.round(r.width)}px "${text.slice(0, 40)}"`);
  }
  return out;
}

for (const width of [360, 768, 1366]) {
  test(`no page scrolls sideways or squeezes text at ${width} px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 800 });
    const overflowing: string[] = [];
    const squeezed: string[] = [];
    for (const p of ALL) {
      await page.goto(p, { waitUntil: 'load' });
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (extra > 0) overflowing.push(`${p} by ${extra}px`);
      for (const s of await page.evaluate(squeezedText, MIN_TEXT_WIDTH)) squeezed.push(`${p}: ${s}`);
      await page.screenshot({ path: path.join(SCREENS, String(width), `${p.replace(/\//g, '_') || 'home'}.png`) });
    }
    expect(overflowing).toEqual([]);
    expect(squeezed).toEqual([]);
  });
}
