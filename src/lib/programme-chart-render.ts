// Build-time rendering of programme progress charts, the same way src/lib/chart-render.ts
// renders the territory charts: Plot on a linkedom document, the SVG cached on disk under
// a hash of what changes pixels (the title is added afterwards), counted in the shared
// chart statistics the build log prints.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { chartStats } from './chart-render.ts';
import { escapeXml } from './locator-map.ts';
import { PROGRESS_CHART_VERSION, renderProgressChartSvg, type ProgressChartInput } from './programme-chart.ts';

const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'mes-charts');
let document: Document | undefined;

export function progressChartKey(input: ProgressChartInput): string {
  const { title: _title, ...look } = input;
  return crypto
    .createHash('sha1')
    .update(JSON.stringify({ kind: 'programme-progress', v: PROGRESS_CHART_VERSION, ...look }))
    .digest('hex');
}

export function progressChartSvg(input: ProgressChartInput): string {
  const key = progressChartKey(input);
  const file = path.join(CACHE_DIR, key.slice(0, 2), `${key}.svg`);
  let svg: string;
  try {
    svg = fs.readFileSync(file, 'utf8');
    chartStats.cached++;
  } catch {
    const t0 = performance.now();
    document ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    svg = renderProgressChartSvg(Plot, { ...input, title: '' }, document).replace(/ aria-label=""/, '');
    chartStats.rendered++;
    chartStats.ms += performance.now() - t0;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, svg);
    fs.renameSync(tmp, file);
  }
  return svg.replace('<svg ', `<svg aria-label="${escapeXml(input.title)}" `);
}
