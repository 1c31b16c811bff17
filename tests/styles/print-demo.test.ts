// On paper a demo figure must still read as demo: no print rule may hide the demo banner,
// its computed line, the demo tags or an embed's demo notice, and the banner's folded
// explanation is replaced by its print-only copy.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The rules of a stylesheet's `@media print` blocks as [selectors, declarations] (the stylesheet has no nesting inside them). */
function printRules(css: string): [string[], string][] {
  const out: [string[], string][] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/@media print\s*\{/g)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    while (depth > 0 && i < text.length) {
      if (text[i] === '{') depth++;
      if (text[i] === '}') depth--;
      i++;
    }
    for (const r of text.slice(start, i - 1).matchAll(/([^{}]+)\{([^{}]*)\}/g)) out.push([r[1].split(',').map((s) => s.trim()), r[2]]);
  }
  return out;
}

const hides = (decl: string) => /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d])/.test(decl);
const MARKERS = ['.demo-banner', '.demo-banner-headline', '.demo-tag', '.embed-demo', '.demo-sentence'];
const sheets = ['src/styles/print.css', 'src/styles/base.css', 'src/layouts/EmbedLayout.astro'].map((f) => fs.readFileSync(f, 'utf8'));

describe('print styles and demo markers', () => {
  it('the helper reads the print rules (a rule it must find)', () => {
    expect(printRules(sheets[0]).some(([sel, decl]) => sel.includes('.site-nav') && hides(decl))).toBe(true);
  });

  it('no print rule hides a demo marker or an element that holds one', () => {
    for (const css of sheets)
      for (const [selectors, decl] of printRules(css)) {
        if (!hides(decl)) continue;
        for (const s of selectors)
          for (const m of MARKERS)
            expect(
              s.split(/[\s>+~]+/).some((part) => part.startsWith(m) && !part.startsWith(`${m}-more`)),
              s,
            ).toBe(false);
      }
  });

  it('leaves the "Osadź"/"Embed" panels and the menu button off paper', () => {
    const hidden = printRules(sheets[0])
      .filter(([, decl]) => hides(decl))
      .flatMap(([sel]) => sel);
    expect(hidden).toContain('.embed-share');
    expect(hidden).toContain('.nav-toggle');
  });

  it("folds the banner's explanation away on paper and prints its copy instead", () => {
    const rules = printRules(sheets[0]);
    expect(rules.some(([sel, decl]) => sel.includes('.demo-banner-more') && hides(decl))).toBe(true);
    expect(rules.some(([sel, decl]) => sel.includes('.print-only') && /display\s*:\s*block/.test(decl))).toBe(true);
    expect(rules.some(([sel, decl]) => sel.includes('.demo-tag') && /border\s*:[^;]*#000/.test(decl))).toBe(true);
  });
});
