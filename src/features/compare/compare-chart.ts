// The comparison's chart: one per indicator, a dot for each territory in the chosen year
// on a line from zero, its name and value written above it. One row per territory reads
// at 360 px, where eight lines over ten years would not, and the name above the dot needs
// no legend. Demonstration values are hollow dots, as in every chart of the portal;
// confidential and missing values have no dot, only their words. Plot is passed in, so
// the page downloads it only when a chart is drawn.
import type * as PlotNS from '@observablehq/plot';
import { CHART_COLOUR, DOT, RULE, SERIES_STYLE, dotFill, integerTicks } from '#core/chart-style.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import type { ComparePoint } from './compare-table.ts';

export type PlotModule = typeof PlotNS;

/** Height of one territory's row: its label line and its dot. */
export const ROW_HEIGHT = 40;

export interface DotChartInput {
  points: ComparePoint[];
  decimals: number;
  lang: Lang;
  /** The accessible name of the SVG. */
  title: string;
  width: number;
}

export function dotChartOptions(Plot: PlotModule, input: DotChartInput): PlotNS.PlotOptions {
  const style = SERIES_STYLE.own;
  const drawn = input.points.filter((p) => Number.isFinite(p.value));
  const values = drawn.map((p) => p.value);
  const flat = values.length === 0 || values.every((v) => v === 0);
  const marginTop = 22;
  const marginBottom = 26;
  // Every mark is aria-hidden: the SVG is one image named by its title; the table above is its text.
  return {
    width: input.width,
    height: marginTop + marginBottom + input.points.length * ROW_HEIGHT,
    marginLeft: 14,
    marginRight: 28,
    marginTop,
    marginBottom,
    className: 'mes-chart',
    ariaLabel: input.title,
    style: { fontSize: '13px', fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
    x: {
      label: null,
      grid: true,
      zero: true,
      nice: true,
      ...(flat ? { domain: [0, 1], ticks: [0, 1] } : { ticks: integerTicks(values, 6) ?? Math.max(2, Math.floor(input.width / 90)) }),
      tickFormat: (v: number) => formatNumber(v, input.lang, Number.isInteger(v) ? 0 : input.decimals, { trim: true }),
    },
    y: { domain: input.points.map((p) => p.code), axis: null, padding: 0 },
    marks: [
      Plot.ruleX([0], { stroke: RULE.stroke, ariaHidden: 'true' }),
      Plot.ruleY(drawn, { y: 'code', x1: 0, x2: 'value', dy: 8, stroke: style.stroke, strokeWidth: 2, ariaHidden: 'true' }),
      Plot.dot(drawn, {
        y: 'code',
        x: 'value',
        dy: 8,
        r: DOT.radius + 1,
        stroke: style.stroke,
        strokeWidth: DOT.strokeWidth,
        fill: (p: ComparePoint) => dotFill(style, p.demo),
        ariaHidden: 'true',
      }),
      Plot.text(input.points, {
        y: 'code',
        frameAnchor: 'left',
        dy: -8,
        text: 'text',
        textAnchor: 'start',
        fill: CHART_COLOUR.country,
        // lineWidth is in ems (13 px here): the label ends in "…" rather than run past the frame; the table has it whole.
        lineWidth: Math.max(10, Math.floor((input.width - 42) / 13)),
        textOverflow: 'ellipsis',
        ariaHidden: 'true',
      }),
    ],
  };
}

/** Draws a chart: an SVG element named by its title (role="img"), the data table being its text alternative. */
export function drawDotChart(Plot: PlotModule, input: DotChartInput): SVGSVGElement | HTMLElement {
  const el = Plot.plot(dotChartOptions(Plot, input));
  const svg = el instanceof SVGSVGElement ? el : el.querySelector('svg');
  svg?.setAttribute('role', 'img');
  return el;
}
