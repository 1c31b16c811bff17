// WCAG 2.2 target size (minimum, 2.5.8) on a phone, for every page type: each link,
// button or field is at least 24 × 24 CSS px, or a link inside running text (the inline
// exception), or far enough from every other target (the spacing exception: a 24 px
// circle on its centre touches no other target). Sizes in CSS pixels, not timings.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const PAGES = [
  '/',
  '/polska/',
  '/gmina/1211092-nowy-targ/',
  '/wskaznik/sps-krs/',
  '/wskaznik/sps-krs/?widok=tabela',
  '/zestawienia/',
  '/moj-obszar/?c=1201*,1202012',
  '/porownaj/?t=1211011,1211092,1211023,1211',
  '/podmioty/',
  '/podmiot/demo-sps-1211011-1/',
  '/biale-plamy/',
  '/programy/kpres/',
  '/dane/',
  '/dane/pokrycie/',
  '/metodologia/',
  '/en/gmina/1211092-nowy-targ/',
  '/obszar/',
  '/obszar/nuts3/pl214-krakowski/',
  '/obszar/lgd/12-01-lgd-bochenski-malopolskie-demo/',
];

/** Targets that meet none of: 24 × 24, inline in text, spaced out. */
function smallTargets(): string[] {
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]';
  const all = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('.visually-hidden, svg, [aria-hidden="true"]');
  });
  // A checkbox or radio with a label is hit through its label too: the target is their union.
  const boxes = all.map((el) => {
    const r = el.getBoundingClientRect();
    const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels].map((l) => l.getBoundingClientRect()) : [];
    if (!labels.length) return r;
    const left = Math.min(r.left, ...labels.map((b) => b.left));
    const top = Math.min(r.top, ...labels.map((b) => b.top));
    const right = Math.max(r.right, ...labels.map((b) => b.right));
    const bottom = Math.max(r.bottom, ...labels.map((b) => b.bottom));
    return new DOMRect(left, top, right - left, bottom - top);
  });
  /** A link in a sentence: its block holds more text than the link itself. */
  const inline = (el: HTMLElement) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.closest('p, li, dd, td, th, figcaption, caption, label, small, span.note, div.note');
    return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2;
  };
  const out: string[] = [];
  all.forEach((el, i) => {
    const r = boxes[i];
    if ((r.width >= 24 && r.height >= 24) || inline(el)) return;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const crowded = boxes.some((b, j) => {
      if (j === i || all[j].contains(el) || el.contains(all[j])) return false;
      const dx = Math.max(b.left - cx, 0, cx - b.right);
      const dy = Math.max(b.top - cy, 0, cy - b.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded)
      out.push(
        `${el.tagName.toLowerCase()} ${Math.round(r.width)}×${Math.round(r.height)} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`,
      );
  });
  return out;
}

test('every target on every page type is large enough or spaced out on a phone', async ({ page }) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const p of PAGES) {
    // Measured as the reader sees the page: islands that hydrate on load have rendered and
    // fetched what they show (measured at "load" alone, the builder's controls were sometimes
    // there and sometimes not yet).
    await page.goto(p, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
    for (const f of await page.evaluate(smallTargets)) failures.push(`${p}: ${f}`);
  }
  expect(failures).toEqual([]);
});
