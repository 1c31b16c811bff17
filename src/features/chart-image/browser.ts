// The browser half of chart images: a live <svg> (a Plot chart, the build's chart, a map)
// turned into a graphic that renders on its own, the composed SVG drawn into a canvas for
// the PNG (at twice the size, for slides and print), and the file handed to the reader.
// The graphic is read when the reader asks for it, through a function, so the control
// does not care how or when the chart or map was drawn.
import { composeImageSvg, imageFileName, imageSize, type ChartGraphic, type ChartImageMeta } from './compose.ts';
import { pageUrlFrom } from './page-url.ts';
import type { Translate } from '#i18n/translate.ts';

/** Where a control gets its graphic: the element drawn now, or SVG markup; null when nothing is drawn. */
export type GraphicSource = () => SVGSVGElement | string | null | undefined;
export type ImageFormat = 'svg' | 'png';

/**
 * Presentation properties copied from the page's CSS onto each element of the copy, with
 * the values an SVG would take without any CSS left out to keep the file small.
 */
const STYLE_PROPS: [string, string[]][] = [
  ['fill', ['rgb(0, 0, 0)']],
  ['fill-opacity', ['1']],
  ['stroke', ['none']],
  ['stroke-width', ['1px', '1']],
  ['stroke-opacity', ['1']],
  ['stroke-dasharray', ['none']],
  ['stroke-linejoin', ['miter']],
  ['stroke-linecap', ['butt']],
  ['opacity', ['1']],
  ['font-family', []],
  ['font-size', []],
  ['font-weight', ['400', 'normal']],
  ['font-style', ['normal']],
  ['text-anchor', ['start']],
  ['dominant-baseline', ['auto']],
  ['paint-order', ['normal']],
  ['vector-effect', ['none']],
  ['visibility', ['visible']],
];
const TEXT_ONLY = new Set(['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline']);
const TEXT_TAGS = new Set(['text', 'tspan', 'g', 'svg']);
/** Attributes that belong to the page (focus, roles, handlers, test hooks), not to a picture. */
const DROP_ATTRS = /^(tabindex|role|aria-.*|data-testid|on.*)$/i;

function inlineStyles(live: Element, copy: Element): void {
  const cs = getComputedStyle(live);
  const tag = live.tagName.toLowerCase();
  if (cs.display === 'none' && tag !== 'defs' && !live.closest('defs')) {
    copy.setAttribute('display', 'none');
    return;
  }
  const decl: string[] = [];
  for (const [prop, defaults] of STYLE_PROPS) {
    if (TEXT_ONLY.has(prop) && !TEXT_TAGS.has(tag)) continue;
    const v = cs.getPropertyValue(prop);
    if (v && !defaults.includes(v)) decl.push(`${prop}:${v}`);
  }
  for (const a of [...copy.attributes]) if (DROP_ATTRS.test(a.name)) copy.removeAttribute(a.name);
  if (decl.length) copy.setAttribute('style', decl.join(';'));
  const lc = live.children;
  const cc = copy.children;
  for (let i = 0; i < lc.length && i < cc.length; i++) inlineStyles(lc[i], cc[i]);
}

/** A live or parsed <svg> as a graphic that carries its own styles. */
export function graphicOf(source: SVGSVGElement | string): ChartGraphic {
  let el: SVGSVGElement;
  let live = false;
  if (typeof source === 'string') {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    el = doc.documentElement as unknown as SVGSVGElement;
  } else {
    el = source;
    live = el.isConnected;
  }
  const copy = el.cloneNode(true) as SVGSVGElement;
  if (live) inlineStyles(el, copy);
  const box = live ? el.getBoundingClientRect() : undefined;
  const vb = el.getAttribute('viewBox');
  const [, , vbw, vbh] = (vb ?? '').split(/[\s,]+/).map(Number);
  const width = Number(el.getAttribute('width')) || box?.width || vbw || 640;
  const height = Number(el.getAttribute('height')) || (box?.width ? (box.height * width) / box.width : 0) || vbh || 400;
  const serializer = new XMLSerializer();
  const inner = [...copy.childNodes].map((n) => serializer.serializeToString(n)).join('');
  return { inner, viewBox: vb ?? `0 0 ${width} ${height}`, width, height };
}

/** The page's public address with the view's query (see ./page-url.ts). */
export function currentPageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  try {
    return canonical ? pageUrlFrom(canonical, location.search) : location.href;
  } catch {
    return location.href;
  }
}

/** The composed SVG drawn into a canvas `scale` times its size, as a PNG. */
export async function pngOf(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = imageSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the reader as a download. */
export function saveFile(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Composes the image of what `source` shows now and downloads it; the meta's url is filled in here. */
export async function downloadImage(
  format: ImageFormat,
  source: GraphicSource,
  meta: Omit<ChartImageMeta, 'url'>,
  t: Translate<'chartImage'>,
): Promise<void> {
  const el = source();
  if (!el) throw new Error('nothing drawn yet');
  const svg = composeImageSvg(graphicOf(el), { ...meta, url: currentPageUrl() }, t);
  const name = imageFileName(meta.title, meta.release, format);
  if (format === 'svg') saveFile(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else saveFile(await pngOf(svg), name);
}
