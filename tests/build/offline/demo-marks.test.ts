// The offline archive keeps every demo marker of a page: the banner (with its computed
// line and folded explanation), the demo tags in tables and in the summary, the asterisks
// and legend of chart tables, and an embed's demo notice inside its frame. The archive
// rewrites links and adds a file:// notice; none of that may drop or hide a marker.
import { describe, expect, it } from 'vitest';
import { readmeText } from '#build/offline/archive.ts';
import { offlineFile } from '#scripts/site/archive.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();
const BANNER =
  '<div class="demo-banner" role="note" data-testid="demo-banner" data-demo-kind="allExcept">' +
  '<p class="demo-banner-headline"><strong>Dane demonstracyjne</strong> · Wszystkie liczby na tej stronie to dane demonstracyjne, z wyjątkiem: ludność 2015–2020.</p>' +
  '<details class="demo-banner-more"><summary>Co to znaczy?</summary><p>Dane demonstracyjne są generowane…</p></details>' +
  '<p class="print-only">Dane demonstracyjne są generowane…</p></div>';
const SUMMARY =
  '<p class="demo-sentence">Stan w 2024 r.: 5 spółdzielni socjalnych. <span class="demo-tag" title="dane demonstracyjne">demo</span></p>';
const TABLE =
  '<table><caption>Ludność — * dane demonstracyjne</caption><tr><td class="num">1 371*</td><td class="num">1 400</td></tr></table>';
const EMBED_NOTE = '<p class="embed-demo" role="note" data-testid="embed-demo" data-embed-demo>Dane demonstracyjne</p>';
const marks = [BANNER, SUMMARY, TABLE, EMBED_NOTE];
const page = (body: string) =>
  `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"></head><body><main id="tresc"><div class="wrap">${body}</div></main></body></html>`;
const ctx = { base: '', site: 'https://example.org/', has: () => true, release: '2024' };

describe('demo markers in the offline archive', () => {
  it('survive the archive rewriting of a territory page and of an embed unchanged', () => {
    for (const file of ['gmina/1211092-nowy-targ/index.html', 'embed/gmina/1211092-nowy-targ/index.html']) {
      const out = dec.decode(offlineFile(file, enc.encode(page(marks.join(''))), ctx));
      for (const m of marks) expect(out, file).toContain(m);
      // The note for file:// goes before them, not instead of them.
      expect(out.indexOf('data-testid="offline-note"')).toBeLessThan(out.indexOf('data-testid="demo-banner"'));
    }
  });

  it("adds no style that hides a demo marker (the archive's own CSS names only its note)", () => {
    const out = dec.decode(offlineFile('index.html', enc.encode(page(BANNER)), ctx));
    const styles = [...out.matchAll(/<style>(.*?)<\/style>/g)].map((m) => m[1]).join('');
    expect(styles).not.toBe('');
    expect(styles).not.toMatch(/demo|print-only|details/);
  });

  it("the archive's README says how the data files mark demo values, in both languages", () => {
    const t = readmeText({ release: '2024', published: '2025-11-30', latest: '2024', online: 'https://example.org/', files: 1 });
    expect(t).toContain('kolumna <ID>_status');
    expect(t).toContain('column <ID>_status');
    expect(t).toMatch(/jasnożółte tło/);
    expect(t).toMatch(/light yellow fill/);
  });
});
