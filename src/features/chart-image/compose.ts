// A chart or map as a standalone image for a report or a slide: the graphic with its
// title and unit above it and, below, the source, the data release, the demo label
// (whenever any value shown is demonstration data) and the address of the page it came
// from. Pure: it takes the graphic's SVG markup and the metadata and returns one SVG
// document that needs nothing of the page — every colour, size and font is written on
// the elements, since a file opened on its own has neither our CSS nor our custom
// properties. The browser side (./browser.ts) turns it into a PNG.
import type { Translate } from '#i18n/translate.ts';
import { escapeHtml as escapeXml } from '#core/html.ts';

/** What the image says about the graphic, already in the page's language. */
export interface ChartImageMeta {
  title: string;
  /** The unit's name ("osoby", "%"); left out when the title already says it. */
  unit?: string;
  /** The source's name; without it the portal is named as the source. */
  source?: string;
  /** The release id the page belongs to ("2024"). */
  release: string;
  /** True when any value the graphic shows is demonstration data. */
  demo: boolean;
  /** The absolute address of the page, with its query: the view can be reopened from it. */
  url: string;
  /** The colour key of a map, drawn under it (a chart's own legend is part of its SVG or its title). */
  legend?: LegendItem[];
}

/** One entry of a map's key: a colour, or a hatch (no data, confidential) that reads without colour. */
export interface LegendItem {
  label: string;
  colour?: string;
  hatch?: { background: string; line: string; cross?: boolean };
}

/** The graphic: the children of its <svg> element (markup), its viewBox and its size in CSS pixels. */
export interface ChartGraphic {
  inner: string;
  viewBox: string;
  width: number;
  height: number;
}

/** Fonts any system has: the file is opened outside the page, with no web font. */
export const IMAGE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT = '#1b1f24';
const MUTED = '#4a4a4a';
const DEMO_BG = '#fff4d6';
const DEMO_BORDER = '#a34700';
const PAD = 24;
const MIN_WIDTH = 640;
const MAX_WIDTH = 1200;

const TITLE = { size: 20, weight: 700, line: 26 };
const BODY = { size: 14, weight: 400, line: 19 };
const SMALL = { size: 12, weight: 400, line: 16 };

/**
 * Splits text into lines of at most `maxChars` characters at spaces (a longer word gets a
 * line of its own). The width of a character is estimated, which is why the limit is kept
 * conservative: an SVG file cannot measure its own text.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (!line) line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters that fit a width at a font size: an average sans-serif glyph is ~0.55 em wide. */
const charsFor = (width: number, size: number, em = 0.56) => Math.max(20, Math.floor(width / (size * em)));

interface Block {
  lines: string[];
  font: typeof TITLE;
  fill: string;
  testid: string;
}

function textBlock(b: Block, x: number, top: number): { svg: string; height: number } {
  const tspans = b.lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? b.font.size : b.font.line}">${escapeXml(l)}</tspan>`).join('');
  const svg =
    `<text x="${x}" y="${top}" font-family="${escapeXml(IMAGE_FONT)}" font-size="${b.font.size}" font-weight="${b.font.weight}" fill="${b.fill}" data-role="${b.testid}">` +
    `${tspans}</text>`;
  return { svg, height: b.font.size + (b.lines.length - 1) * b.font.line };
}

/** The standalone SVG document of a graphic and its metadata. */
export function composeImageSvg(graphic: ChartGraphic, meta: ChartImageMeta, t: Translate<'chartImage'>): string {
  const contentWidth = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, graphic.width)));
  const width = contentWidth + 2 * PAD;
  const graphicHeight = Math.round((graphic.height * contentWidth) / Math.max(1, graphic.width));
  const parts: string[] = [];
  let y = PAD;

  const put = (b: Block, gap: number) => {
    if (!b.lines.length) return;
    const { svg, height } = textBlock(b, PAD, y);
    parts.push(svg);
    y += height + gap;
  };

  // Bold glyphs are wider.
  put({ lines: wrapText(meta.title, charsFor(contentWidth, TITLE.size, 0.62)), font: TITLE, fill: TEXT, testid: 'title' }, 8);
  if (meta.unit)
    put(
      {
        lines: wrapText(t('chartImage.unit', { unit: meta.unit }), charsFor(contentWidth, BODY.size)),
        font: BODY,
        fill: MUTED,
        testid: 'unit',
      },
      8,
    );
  y += 4;
  parts.push(
    `<svg x="${PAD}" y="${y}" width="${contentWidth}" height="${graphicHeight}" viewBox="${escapeXml(graphic.viewBox)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${graphic.inner}</svg>`,
  );
  y += graphicHeight + 16;
  if (meta.legend?.length) y = legendRows(meta.legend, contentWidth, y, parts) + 8;

  if (meta.demo) {
    const lines = wrapText(t('chartImage.demo'), charsFor(contentWidth - 24, BODY.size));
    const h = BODY.size + (lines.length - 1) * BODY.line + 16;
    parts.push(
      `<rect x="${PAD}" y="${y}" width="${contentWidth}" height="${h}" rx="4" fill="${DEMO_BG}" stroke="${DEMO_BORDER}" stroke-width="1.5"/>`,
    );
    const { svg } = textBlock({ lines, font: { ...BODY, weight: 700 }, fill: TEXT, testid: 'demo' }, PAD + 12, y + 6);
    parts.push(svg);
    y += h + 12;
  }
  const source = meta.source ? t('chartImage.source', { source: meta.source }) : t('chartImage.sourcePortal');
  put({ lines: wrapText(source, charsFor(contentWidth, SMALL.size)), font: SMALL, fill: MUTED, testid: 'source' }, 4);
  put({ lines: [t('chartImage.release', { release: meta.release })], font: SMALL, fill: MUTED, testid: 'release' }, 4);
  // An address is one word: broken only where it must be, never at a space it does not have.
  put({ lines: chunk(meta.url, charsFor(contentWidth, SMALL.size)), font: SMALL, fill: MUTED, testid: 'url' }, 0);
  const height = Math.ceil(y + PAD);

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(IMAGE_FONT)}">` +
    `<title>${escapeXml(meta.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>\n`
  );
}

/** The map key as rows of swatches with their labels, wrapped to the width; returns the y below it. */
function legendRows(items: readonly LegendItem[], width: number, top: number, parts: string[]): number {
  const SW = 22;
  const SH = 14;
  const ROW = 22;
  let x = 0;
  let y = top;
  items.forEach((it, i) => {
    const w = SW + 6 + Math.ceil(it.label.length * SMALL.size * 0.56) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    let fill = escapeXml(it.colour ?? '#ffffff');
    if (it.hatch) {
      const id = `legend-hatch-${i}`;
      const h = it.hatch;
      parts.push(
        `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
          `<rect width="6" height="6" fill="${escapeXml(h.background)}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${escapeXml(h.line)}" stroke-width="1.5"/>` +
          (h.cross ? `<line x1="0" y1="0" x2="6" y2="0" stroke="${escapeXml(h.line)}" stroke-width="1.2"/>` : '') +
          `</pattern></defs>`,
      );
      fill = `url(#${id})`;
    }
    parts.push(`<rect x="${PAD + x + 0.5}" y="${y + 0.5}" width="${SW}" height="${SH}" fill="${fill}" stroke="#6b7280"/>`);
    parts.push(
      `<text x="${PAD + x + SW + 6}" y="${y + SH - 2}" font-family="${escapeXml(IMAGE_FONT)}" font-size="${SMALL.size}" fill="${TEXT}" data-role="legend">${escapeXml(it.label)}</text>`,
    );
    x += w;
  });
  return y + ROW;
}

function chunk(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

/** The size of a composed image, read back from its root element (for the PNG's canvas). */
export function imageSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!m) throw new Error('not a composed chart image');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** A file name from the title: lower-case ASCII words joined by "-", with the release. */
export function imageFileName(title: string, release: string, ext: 'svg' | 'png'): string {
  const slug =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'wykres';
  return `${slug}-${release}.${ext}`;
}
