// The one definition of the portal's time-series chart. The build renders it to static
// SVG with a light DOM (linkedom); the chart island renders the same options in the
// browser, adding only the pointer tooltip. Plot is passed in rather than imported, so
// an island that never draws does not download Plot.
import type * as PlotNS from '@observablehq/plot';
import { FLAG } from '#core/cells.ts';
import { CHART_SIZE, DOT, RULE, SERIES_STYLE, dotFill, integerTicks, type SeriesStyle } from '#core/chart-style.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import { maxOf } from '#core/arrays.ts';

export type PlotModule = typeof PlotNS;

export type LineRole = 'self' | 'parent' | 'country' | 'peer';

export interface ChartLine {
  /** Territory code: unique within a chart. */
  key: string;
  label: string;
  role: LineRole;
  values: (number | null)[];
  flags: number[];
}

export interface LineChartInput {
  years: number[];
  lines: ChartLine[];
  decimals: number;
  lang: Lang;
  /** Accessible name of the SVG (the chart's title). */
  title: string;
  width?: number;
  height?: number;
  /** Adds the pointer tooltip and crosshair; only in the browser. */
  interactive?: boolean;
}

/** Each line's style, from the portal's chart styles (#core/chart-style.ts). */
export const LINE_STYLE: Record<LineRole, SeriesStyle> = {
  self: SERIES_STYLE.own,
  parent: SERIES_STYLE.parent,
  country: SERIES_STYLE.country,
  peer: SERIES_STYLE.peer,
};

/** Bump when the chart's look changes, so the SVG cache is not reused. */
export const CHART_VERSION = 5;

interface Row {
  key: string;
  label: string;
  year: number;
  value: number;
  demo: boolean;
}

export function chartRows(input: LineChartInput): Row[][] {
  return input.lines.map((line) =>
    input.years.map((year, i) => ({
      key: line.key,
      label: line.label,
      year,
      // NaN, not null: Plot breaks a line at NaN, which is how gaps must look.
      value: line.values[i] ?? NaN,
      demo: ((line.flags[i] ?? 0) & FLAG.demo) !== 0,
    })),
  );
}

export function lineChartOptions(Plot: PlotModule, input: LineChartInput): PlotNS.PlotOptions {
  const { width, height } = {
    ...CHART_SIZE,
    ...(input.width ? { width: input.width } : {}),
    ...(input.height ? { height: input.height } : {}),
  };
  const rows = chartRows(input);
  // Every mark is aria-hidden: the SVG is one role="img" with the chart's title as its
  // name (the data table below is the text alternative), and Plot's default aria-label
  // on a <g> without a role is an ARIA violation (axe: aria-prohibited-attr).
  const marks: PlotNS.Markish[] = [Plot.ruleY([0], { stroke: RULE.stroke, ariaHidden: 'true' })];
  // Draw comparison lines first so the territory's own line is on top.
  const order = input.lines.map((l, i) => i).sort((a, b) => roleOrder(input.lines[b].role) - roleOrder(input.lines[a].role));
  for (const i of order) {
    const style = LINE_STYLE[input.lines[i].role];
    const data = rows[i];
    marks.push(
      Plot.lineY(data, {
        x: 'year',
        y: 'value',
        stroke: style.stroke,
        strokeWidth: style.width,
        strokeDasharray: style.dash || undefined,
        ariaHidden: 'true',
      }),
    );
    if (input.lines[i].role !== 'peer') {
      // Hollow dots mark demonstration values; a lone value between gaps still shows.
      marks.push(
        Plot.dot(
          data.filter((d) => Number.isFinite(d.value)),
          {
            x: 'year',
            y: 'value',
            r: input.lines[i].role === 'self' ? DOT.radius : DOT.radiusSecondary,
            stroke: style.stroke,
            strokeWidth: DOT.strokeWidth,
            fill: (d: Row) => dotFill(style, d.demo),
            ariaHidden: 'true',
          },
        ),
      );
    }
  }
  if (input.interactive) {
    const all = rows.flat().filter((d) => Number.isFinite(d.value));
    marks.push(Plot.ruleX(all, Plot.pointerX({ x: 'year', stroke: RULE.stroke, strokeDasharray: RULE.dash, ariaHidden: 'true' })));
    marks.push(
      Plot.tip(
        all,
        Plot.pointer({
          x: 'year',
          y: 'value',
          ariaHidden: 'true',
          title: (d: Row) => `${d.label}\n${d.year}: ${formatNumber(d.value, input.lang, input.decimals)}${d.demo ? ' (demo)' : ''}`,
        }),
      ),
    );
  }
  const values = rows.flat().map((d) => d.value);
  return {
    ...yearValueFrame({
      width,
      height,
      title: input.title,
      lang: input.lang,
      decimals: input.decimals,
      years: input.years,
      values,
      everyYearUpTo: 6,
      inset: 8,
    }),
    marks,
  };
}

/**
 * The frame shared by every chart with years across and values up (territory charts and
 * programme progress charts): size, margins, year ticks (every year up to `everyYearUpTo`
 * years, else every other one ending on the last), and the value axis in the page's
 * number format.
 */
export function yearValueFrame(f: {
  width: number;
  height: number;
  title: string;
  lang: Lang;
  decimals: number;
  years: number[];
  values: (number | null)[];
  everyYearUpTo: number;
  inset: number;
}): Omit<PlotNS.PlotOptions, 'marks'> {
  const n = f.years.length;
  const finite = f.values.filter((v): v is number => v !== null && Number.isFinite(v));
  // All zeros (or no values) would collapse the scale to a point; show 0–1 instead.
  const flat = finite.length === 0 || maxOf(finite.map(Math.abs)) === 0;
  return {
    width: f.width,
    height: f.height,
    marginLeft: 56,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 28,
    className: 'mes-chart',
    ariaLabel: f.title,
    style: { fontSize: '13px', fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
    x: {
      label: null,
      domain: [f.years[0], f.years[n - 1]],
      ticks: f.years.filter((_, i) => n <= f.everyYearUpTo || i % 2 === (n - 1) % 2),
      tickFormat: (y: number) => String(y),
      inset: f.inset,
    },
    y: {
      label: null,
      grid: true,
      zero: true,
      nice: true,
      ...(flat ? { domain: [0, 1], ticks: [0, 1] } : { ticks: integerTicks(finite) ?? 5 }),
      tickFormat: (v: number) => formatNumber(v, f.lang, Number.isInteger(v) ? 0 : f.decimals, { trim: true }),
    },
  };
}

function roleOrder(role: LineRole): number {
  return { self: 3, parent: 2, country: 1, peer: 0 }[role];
}

/**
 * Renders to an SVG string. `document` is linkedom's at build time. The string is
 * made compact and stable: Plot's per-chart <style> is dropped (the site CSS styles
 * .mes-chart) and coordinates are rounded to 0.1 px.
 */
export function renderLineChartSvg(Plot: PlotModule, input: LineChartInput, document: Document): string {
  const el = Plot.plot({ ...lineChartOptions(Plot, { ...input, interactive: false }), document }) as unknown as Element;
  return compactSvg(el.outerHTML);
}

export function compactSvg(svg: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/="([^"]*)"/g, (_m, v: string) => `="${v.replace(/(-?\d+\.\d)\d+/g, '$1')}"`)
    .replace(/<svg /, '<svg role="img" focusable="false" ');
}
