// The one definition of a programme indicator's progress chart: the values that decide
// the status, the planned path from the baseline to the goal (through any milestones),
// the goal itself, the projection the status rule extends to the target year, and —
// where a programme publishes its own figures (KPRES) — this portal's series of the same
// indicator beside them. Like src/features/territory/chart-specs.ts, Plot is passed in, so the build
// (linkedom, src/build/programme-chart-render.ts) and a later browser embed draw the same
// picture. Pure: no file access.
import type * as PlotNS from '@observablehq/plot';
import { FLAG } from '#core/cells.ts';
import { CHART_COLOUR, CHART_SIZE, DOT, RULE, SERIES_STYLE, dotFill, type SeriesStyle } from '#core/chart-style.ts';
import { compactSvg, yearValueFrame, type PlotModule } from '#features/territory/chart-specs.ts';
import type { Lang } from '#core/format.ts';
import type { ResolvedIndicator } from './programme.ts';
import { projectLinear } from './progress.ts';
import { maxOf, minOf } from '#core/arrays.ts';

export interface ChartPoint {
  year: number;
  /** null: a year without a published value (suppressed or in preparation). */
  value: number | null;
  demo?: boolean;
}

export interface ProgressChartInput {
  lang: Lang;
  /** Accessible name of the SVG. */
  title: string;
  decimals: number;
  /** Year range of the x axis. */
  from: number;
  to: number;
  /** The values that decide the status (programme unit). */
  actual: ChartPoint[];
  /** Published figures (true) or a catalogue series (false) — only changes the legend. */
  actualPublished: boolean;
  /** This portal's series of the same indicator, in the programme's unit, beside published figures. */
  series?: ChartPoint[];
  /** Baseline → milestones → goal. */
  path: { year: number; value: number }[];
  goal: { year: number; value: number } | null;
  /** The status rule's straight line, from the first fitted year to the target year. */
  projection: { year: number; value: number }[];
  /** Years whose latest value is not published (suppressed or "data in preparation"). */
  unpublished: number[];
  width?: number;
  height?: number;
}

export type ProgressLineRole = 'actual' | 'series' | 'path' | 'projection';

/** Each line's style, from the portal's chart styles (#core/chart-style.ts): colour plus dash, so each line reads without colour too. */
export const PROGRESS_STYLE: Record<ProgressLineRole, SeriesStyle> = {
  actual: SERIES_STYLE.own,
  series: SERIES_STYLE.country,
  path: SERIES_STYLE.parent,
  projection: SERIES_STYLE.projection,
};

/** Bump when the chart's look changes, so the SVG cache is not reused. */
export const PROGRESS_CHART_VERSION = 2;

/** Converts a catalogue value to the programme's unit (catalogue = programme × factor), without float noise. */
export const toProgrammeUnit = (v: number, factor: number) => Math.round((v / factor) * 1e6) / 1e6;

/** The catalogue series of an indicator in the programme's unit, with demo marks; missing years dropped, suppressed ones kept as null. */
export function seriesInProgrammeUnit(ind: ResolvedIndicator): ChartPoint[] {
  const s = ind.series;
  if (!s) return [];
  const out: ChartPoint[] = [];
  s.years.forEach((year, i) => {
    const v = s.v[i];
    const f = s.f[i] ?? 0;
    if (v === null && !(f & FLAG.suppressed)) return;
    out.push({ year, value: v === null ? null : toProgrammeUnit(v, ind.factor), ...((f & FLAG.demo) !== 0 && { demo: true }) });
  });
  return out;
}

/** The fitted line the status rule extends, drawn from its first fitted year to the target year; empty when the rule did not project. */
export function projectionLine(ind: ResolvedIndicator): { year: number; value: number }[] {
  const p = ind.progress;
  if (p.projected === null || !p.projectionYears.length) return [];
  const known = new Map<number, number>();
  if (ind.baseline.year !== null && ind.baseline.value !== null) known.set(ind.baseline.year, ind.baseline.value);
  for (const pt of ind.points) if (pt.value !== null && !pt.suppressed) known.set(pt.year, pt.value);
  const fit = p.projectionYears.filter((y) => known.has(y)).map((y) => ({ year: y, value: known.get(y)! }));
  if (fit.length !== p.projectionYears.length) return [];
  const start = fit[0].year;
  const at = (y: number) => Math.round(projectLinear(fit, y)! * 1e6) / 1e6;
  return [
    { year: start, value: at(start) },
    { year: ind.target.year, value: p.projected },
  ];
}

/** Everything the chart of one indicator shows, from the resolved indicator alone. */
export function progressChartInput(
  ind: ResolvedIndicator,
  lang: Lang,
  title: string,
  opts: { width?: number; height?: number } = {},
): ProgressChartInput {
  const actual: ChartPoint[] = ind.points.map((p) => ({
    year: p.year,
    value: p.suppressed ? null : p.value,
    ...(p.demo && { demo: true }),
  }));
  const series = ind.basis === 'observations' ? seriesInProgrammeUnit(ind) : [];
  const goal = ind.target.goal === null ? null : { year: ind.target.year, value: ind.target.goal };
  const years = [
    ...actual.map((p) => p.year),
    ...series.map((p) => p.year),
    ...ind.path.map((p) => p.year),
    ind.target.year,
    ...(ind.baseline.year !== null ? [ind.baseline.year] : []),
  ];
  return {
    lang,
    title,
    decimals: ind.decimals,
    from: minOf(years),
    to: maxOf(years),
    actual,
    actualPublished: ind.basis === 'observations',
    ...(series.length && { series }),
    path: ind.path,
    goal,
    projection: projectionLine(ind),
    unpublished: ind.points.filter((p) => p.value === null || p.suppressed).map((p) => p.year),
    ...opts,
  };
}

/** Whether there is anything to draw: a value, a path or a goal. */
export function chartHasContent(input: ProgressChartInput): boolean {
  return input.actual.some((p) => p.value !== null) || (input.series?.some((p) => p.value !== null) ?? false) || input.path.length > 0;
}

interface Row {
  year: number;
  value: number;
  demo: boolean;
}

/** One row per year of the range; NaN where there is no value, so Plot breaks the line there. */
function denseRows(points: ChartPoint[], from: number, to: number): Row[] {
  const by = new Map(points.map((p) => [p.year, p]));
  const rows: Row[] = [];
  for (let y = from; y <= to; y++) {
    const p = by.get(y);
    rows.push({ year: y, value: p?.value ?? NaN, demo: !!p?.demo });
  }
  return rows;
}

export function progressChartOptions(Plot: PlotModule, input: ProgressChartInput): PlotNS.PlotOptions {
  const { width, height } = { ...CHART_SIZE, ...(input.width && { width: input.width }), ...(input.height && { height: input.height }) };
  // Every mark is aria-hidden: the SVG is one role="img" named by its title, and the data
  // table is the text alternative (Plot's aria-label on a bare <g> fails axe).
  const marks: PlotNS.Markish[] = [Plot.ruleY([0], { stroke: RULE.stroke, ariaHidden: 'true' })];
  if (input.goal) marks.push(Plot.ruleX([input.goal.year], { stroke: RULE.stroke, strokeDasharray: RULE.dash, ariaHidden: 'true' }));

  if (input.path.length) {
    const s = PROGRESS_STYLE.path;
    marks.push(
      Plot.line(input.path, { x: 'year', y: 'value', stroke: s.stroke, strokeWidth: s.width, strokeDasharray: s.dash, ariaHidden: 'true' }),
    );
  }
  if (input.projection.length) {
    const s = PROGRESS_STYLE.projection;
    marks.push(
      Plot.line(input.projection, {
        x: 'year',
        y: 'value',
        stroke: s.stroke,
        strokeWidth: s.width,
        strokeDasharray: s.dash,
        ariaHidden: 'true',
      }),
    );
  }
  const dotted = (points: ChartPoint[], role: 'actual' | 'series', r: number) => {
    const s = PROGRESS_STYLE[role];
    const rows = denseRows(points, input.from, input.to);
    marks.push(
      Plot.lineY(rows, {
        x: 'year',
        y: 'value',
        stroke: s.stroke,
        strokeWidth: s.width,
        strokeDasharray: s.dash || undefined,
        ariaHidden: 'true',
      }),
      // Hollow dots: demonstration values, as on every chart of the portal.
      Plot.dot(
        rows.filter((d) => Number.isFinite(d.value)),
        {
          x: 'year',
          y: 'value',
          r,
          stroke: s.stroke,
          strokeWidth: DOT.strokeWidth,
          fill: (d: Row) => dotFill(s, d.demo),
          ariaHidden: 'true',
        },
      ),
    );
  };
  if (input.series?.length) dotted(input.series, 'series', DOT.radiusSecondary);
  dotted(input.actual, 'actual', DOT.radius);
  if (input.goal) {
    marks.push(
      Plot.dot([input.goal], {
        x: 'year',
        y: 'value',
        symbol: 'diamond',
        r: 6,
        fill: PROGRESS_STYLE.path.stroke,
        stroke: CHART_COLOUR.background,
        strokeWidth: 1,
        ariaHidden: 'true',
      }),
    );
  }
  if (input.unpublished.length) {
    // "?" on the axis where the latest figure is confidential or still in preparation.
    marks.push(
      Plot.text(
        input.unpublished.map((year) => ({ year, value: 0 })),
        { x: 'year', y: 'value', text: () => '?', dy: -9, fontWeight: 700, fill: 'currentColor', ariaHidden: 'true' },
      ),
    );
  }

  const years = Array.from({ length: input.to - input.from + 1 }, (_, i) => input.from + i);
  const values = [...input.actual, ...(input.series ?? []), ...input.path, ...input.projection].map((p) => p.value);
  return {
    ...yearValueFrame({
      width,
      height,
      title: input.title,
      lang: input.lang,
      decimals: input.decimals,
      years,
      values,
      everyYearUpTo: 8,
      inset: 10,
    }),
    marks,
  };
}

/** Renders to a compact SVG string; `document` is linkedom's at build time. */
export function renderProgressChartSvg(Plot: PlotModule, input: ProgressChartInput, document: Document): string {
  const el = Plot.plot({ ...progressChartOptions(Plot, input), document }) as unknown as Element;
  return compactSvg(el.outerHTML);
}
