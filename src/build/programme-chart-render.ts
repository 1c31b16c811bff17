// Build-time rendering of programme progress charts, the same way src/build/chart-render.ts
// renders the territory charts, through its shared on-disk cache (cachedChartSvg); only
// the key and the Plot spec are the programme's own.
import crypto from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { cachedChartSvg } from './chart-render.ts';
import { PROGRESS_CHART_VERSION, renderProgressChartSvg, type ProgressChartInput } from '#features/programme/programme-chart.ts';

export function progressChartKey(input: ProgressChartInput): string {
  const { title: _title, ...look } = input;
  return crypto
    .createHash('sha1')
    .update(JSON.stringify({ kind: 'programme-progress', v: PROGRESS_CHART_VERSION, ...look }))
    .digest('hex');
}

export function progressChartSvg(input: ProgressChartInput): string {
  return cachedChartSvg(progressChartKey(input), input.title, (doc) => renderProgressChartSvg(Plot, { ...input, title: '' }, doc));
}
