// The standalone chart image: a well-formed SVG document that carries its title, unit,
// source, release, page address and — only when a shown value is demo — the demo label.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import {
  composeImageSvg,
  imageFileName,
  imageSize,
  wrapText,
  type ChartGraphic,
  type ChartImageMeta,
} from '#features/chart-image/compose.ts';
import { pageUrlFrom } from '#features/chart-image/page-url.ts';
import { createTranslator } from '#i18n/translate.ts';
import { chartImage as plStrings } from '#i18n/pl/chartImage.ts';
import { chartImage as enStrings } from '#i18n/en/chartImage.ts';

// sax's strict parser rejects any document that is not well-formed XML.
const sax = createRequire(import.meta.url)('sax') as {
  parser: (strict: boolean) => { onerror: (e: Error) => void; write: (s: string) => { close: () => void } };
};
function assertWellFormed(xml: string): void {
  const p = sax.parser(true);
  p.onerror = (e) => {
    throw e;
  };
  p.write(xml).close();
}

const pl = createTranslator({ chartImage: plStrings });
const en = createTranslator({ chartImage: enStrings });
const graphic: ChartGraphic = {
  inner: '<g><path d="M0 0L10 10" style="stroke:rgb(11, 83, 148)"/><text x="5" y="5">2023 &amp; 2024</text></g>',
  viewBox: '0 0 640 400',
  width: 640,
  height: 400,
};
const meta: ChartImageMeta = {
  title: 'Spółdzielnie socjalne <w rejestrze> & "KRS": Polska',
  unit: 'podmioty',
  source: 'Krajowy Rejestr Sądowy',
  release: '2024',
  demo: false,
  url: 'https://example.org/wskaznik/sps-krs/?widok=mapa&poziom=powiat',
};

/** The text of all elements with data-role=role, joined without the line breaks of <tspan>s. */
function roleText(svg: string, role: string): string {
  const doc = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
  return [...doc.querySelectorAll(`[data-role="${role}"] tspan`)].map((n) => n.textContent).join(' ');
}

describe('composeImageSvg', () => {
  it('is a well-formed SVG document with the metadata drawn as text', () => {
    const svg = composeImageSvg(graphic, meta, pl);
    assertWellFormed(svg);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(roleText(svg, 'title')).toBe(meta.title);
    expect(roleText(svg, 'unit')).toBe('Jednostka: podmioty');
    expect(roleText(svg, 'source')).toContain('Krajowy Rejestr Sądowy');
    expect(roleText(svg, 'release')).toBe('Wydanie danych 2024');
    // The address is cut into lines without spaces: joined back it is the address.
    const doc = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
    expect([...doc.querySelectorAll('[data-role="url"] tspan')].map((n) => n.textContent).join('')).toBe(meta.url);
    expect(svg).toContain('2023 &amp; 2024');
  });

  it('draws the demo label only when a shown value is demo', () => {
    expect(composeImageSvg(graphic, meta, pl)).not.toContain(plStrings.demo);
    const demo = composeImageSvg(graphic, { ...meta, demo: true }, pl);
    assertWellFormed(demo);
    expect(roleText(demo, 'demo')).toBe(plStrings.demo);
    expect(roleText(composeImageSvg(graphic, { ...meta, demo: true }, en), 'demo')).toBe(enStrings.demo);
  });

  it('names the portal as the source when none is given, and leaves out an absent unit', () => {
    const svg = composeImageSvg(graphic, { ...meta, source: undefined, unit: undefined }, en);
    expect(roleText(svg, 'source')).toBe(enStrings.sourcePortal);
    expect(roleText(svg, 'unit')).toBe('');
  });

  it('scales the graphic into the image and reports a size that holds every line', () => {
    const wide = composeImageSvg({ ...graphic, width: 2400, height: 1200 }, meta, pl);
    const { width, height } = imageSize(wide);
    expect(width).toBe(1200 + 48);
    // The nested graphic keeps its aspect ratio at the image's content width.
    expect(wide).toContain('width="1200" height="600" viewBox="0 0 640 400"');
    expect(height).toBeGreaterThan(600 + 48);
    const small = imageSize(composeImageSvg({ ...graphic, width: 300, height: 150 }, meta, pl));
    expect(small.width).toBe(640 + 48);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the limit and keeps every word', () => {
    const text = 'Liczba spółdzielni socjalnych na 10 tys. mieszkańców w wieku produkcyjnym';
    const lines = wrapText(text, 20);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(l.length <= 20 || !l.includes(' ')).toBe(true);
  });
});

describe('imageFileName', () => {
  it('is ASCII, lower-case and carries the release', () => {
    expect(imageFileName('Mapa: Spółdzielnie socjalne — gminy, 2023', '2024', 'png')).toBe(
      'mapa-spoldzielnie-socjalne-gminy-2023-2024.png',
    );
    expect(imageFileName('Łódź', '2024', 'svg')).toBe('lodz-2024.svg');
  });
});

describe('pageUrlFrom', () => {
  it('joins the canonical address and the view query, dropping host parameters', () => {
    expect(pageUrlFrom('https://example.org/wskaznik/sps-krs/', '?widok=mapa&rok=2020')).toBe(
      'https://example.org/wskaznik/sps-krs/?widok=mapa&rok=2020',
    );
    expect(pageUrlFrom('https://example.org/polska/', '')).toBe('https://example.org/polska/');
    // An embed: the canonical link already names the full page with the query; the host's id goes.
    expect(pageUrlFrom('https://example.org/wskaznik/sps-krs/?poziom=powiat', '?poziom=powiat&id=frame1')).toBe(
      'https://example.org/wskaznik/sps-krs/?poziom=powiat',
    );
  });
});

describe('the map key', () => {
  it('draws each entry once, with hatches for no data and confidential', () => {
    const legend = [
      { label: '0–3', colour: '#ffffcc' },
      { label: '4–9', colour: '#41b6c4' },
      { label: 'brak danych', hatch: { background: '#fff', line: '#999' } },
      { label: 'dane poufne', hatch: { background: '#fff', line: '#333', cross: true } },
    ];
    const svg = composeImageSvg(graphic, { ...meta, legend }, pl);
    assertWellFormed(svg);
    const doc = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
    expect([...doc.querySelectorAll('[data-role="legend"]')].map((n) => n.textContent)).toEqual(legend.map((l) => l.label));
    expect(doc.querySelectorAll('pattern').length).toBe(2);
    expect(composeImageSvg(graphic, meta, pl)).not.toContain('data-role="legend"');
  });
});
