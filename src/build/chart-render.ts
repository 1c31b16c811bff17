// Build-time chart rendering with an on-disk cache keyed by a hash of the chart's data
// and look. An unchanged territory's charts are read back instead of re-rendered, so a
// rebuild after a data fix only pays for what changed. The cache lives in
// node_modules/.cache/mes-charts (git-ignored, wiped by a fresh install).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_VERSION, renderLineChartSvg, type LineChartInput } from '#features/territory/chart-specs.ts';
import { escapeXml } from '#features/territory/locator-map.ts';

const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'mes-charts');
let document: Document | undefined;

/**
 * Counters for the build log and the bench. On globalThis because Astro renders pages
 * from its own bundle of this module; astro.config.mjs reads them after the build.
 */
export const chartStats: { rendered: number; cached: number; ms: number } = ((globalThis as Record<string, unknown>).__mesChartStats ??= {
  rendered: 0,
  cached: 0,
  ms: 0,
}) as { rendered: number; cached: number; ms: number };

/** The hash covers what changes pixels: not the title or line labels, which are added after. */
export function chartKey(input: LineChartInput): string {
  const look = {
    v: CHART_VERSION,
    years: input.years,
    lines: input.lines.map((l) => [l.role, l.values, l.flags]),
    decimals: input.decimals,
    lang: input.lang,
    w: input.width,
    h: input.height,
  };
  return crypto.createHash('sha1').update(JSON.stringify(look)).digest('hex');
}

/**
 * The cached SVG for `key`, rendered by `render` on a shared linkedom document when the
 * cache has none. Charts are rendered untitled (the title does not change pixels, so it
 * is not in the key) and `title` becomes the SVG's accessible name afterwards.
 */
export function cachedChartSvg(key: string, title: string, render: (doc: Document) => string): string {
  const file = path.join(CACHE_DIR, key.slice(0, 2), `${key}.svg`);
  let svg: string;
  try {
    svg = fs.readFileSync(file, 'utf8');
    chartStats.cached++;
  } catch {
    const t0 = performance.now();
    document ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    svg = render(document).replace(/ aria-label=""/, '');
    chartStats.rendered++;
    chartStats.ms += performance.now() - t0;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a build killed mid-write never leaves half an SVG behind.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, svg);
    fs.renameSync(tmp, file);
  }
  return svg.replace('<svg ', `<svg aria-label="${escapeXml(title)}" `);
}

export function chartSvg(input: LineChartInput): string {
  return cachedChartSvg(chartKey(input), input.title, (doc) => renderLineChartSvg(Plot, { ...input, title: '' }, doc));
}
