// The chart of the builder's current result: which charts the layout allows, the series
// they draw (taken from the same aggregated cells as the table), and the Plot options.
// Bar: one bar per entity (row) for one indicator and year. Line: one line per entity
// over the years. Map: when the entities are territories of one level.
import { integerTicks } from '#core/chart-style.ts';
import type * as PlotNS from '@observablehq/plot';
import { roundTo } from '#core/aggregate.ts';
import { maxOf } from '#core/arrays.ts';
import { FLAG } from '#core/cells.ts';
import { formatNumber, type Lang } from '#core/format.ts';
import type { Indicator } from '#core/catalogue.ts';
import { groupKeyOf, splitKey, type KeyValue, type PivotCell, type PivotResult, type PivotRow } from './builder-data.ts';
import { isTerritorialDim, type BuilderState, type ChartType, type Dim } from './builder-state.ts';
import type { Level } from '#core/territory.ts';

export type PlotModule = typeof PlotNS;

export interface ChartPoint {
  entity: string;
  label: string;
  year: number;
  value: number | null;
  state: PivotCell['state'];
  demo: boolean;
}

export interface ChartAvailability {
  bar: boolean;
  line: boolean;
  /** The level whose shapes the map draws, if the layout allows a map. */
  map: Level | null;
}

/** Territorial dimensions of the layout: together they name one entity (a bar, a line, an area). */
export function entityDims(result: Pick<PivotResult, 'groupDims'>): Dim[] {
  return result.groupDims.filter(isTerritorialDim);
}

/**
 * The field that identifies one entity on its own: the territory if it is placed; else
 * the powiat when only the voivodeship is placed beside it (a powiat lies in one), or
 * the voivodeship alone. Kinds and size classes cut across areas: no single field then.
 */
export function entityIdDim(ents: Dim[]): Dim | null {
  if (ents.includes('territory')) return 'territory';
  if (ents.includes('powiat') && ents.every((d) => d === 'powiat' || d === 'voivodeship')) return 'powiat';
  if (ents.length === 1 && ents[0] === 'voivodeship') return 'voivodeship';
  return null;
}

export function availability(result: PivotResult, level: Level): ChartAvailability {
  const id = entityIdDim(entityDims(result));
  const map: Level | null = id === 'territory' ? level : id === 'powiat' ? 'powiat' : id === 'voivodeship' ? 'voivodeship' : null;
  return { bar: true, line: result.years.length > 1, map };
}

/** The chart type to draw: the one asked for if the layout allows it, else a sensible one. */
export function effectiveChart(asked: ChartType, av: ChartAvailability): ChartType {
  if (asked === 'none') return 'none';
  if (asked === 'map' && !av.map) return av.line ? 'line' : 'bar';
  if (asked === 'line' && !av.line) return 'bar';
  return asked;
}

/**
 * Every entity with its cells for one indicator, in the table's current order (rows
 * first, as sorted), each with a value per year.
 */
export function chartSeries(
  result: PivotResult,
  shownRows: PivotRow[],
  indicator: string,
  label: (dim: Dim, v: KeyValue) => string,
): { entity: string; key: KeyValue[]; code: string | null; label: string; points: Map<number, PivotCell> }[] {
  const ents = entityDims(result);
  const idDim = entityIdDim(ents);
  const idAt = idDim ? ents.indexOf(idDim) : -1;
  const labelOf = (key: KeyValue[]) => (idAt >= 0 ? label(idDim!, key[idAt]) : ents.map((d, i) => label(d, key[i])).join(' — '));
  const order = new Map<string, number>();
  const rowPos = ents.map((d) => result.rowDims.indexOf(d));
  if (rowPos.every((p) => p >= 0))
    for (const r of shownRows)
      if (r.kind === 'data') {
        const k = groupKeyOf(ents, Object.fromEntries(ents.map((d, i) => [d, r.keys[rowPos[i]]])));
        if (!order.has(k)) order.set(k, order.size);
      }
  const byEntity = new Map<
    string,
    { entity: string; key: KeyValue[]; code: string | null; label: string; points: Map<number, PivotCell> }
  >();
  const yearAt = result.groupDims.indexOf('year');
  for (const [gk, cells] of result.groups) {
    const parts = splitKey(gk, result.groupDims);
    const key = ents.map((d) => parts[result.groupDims.indexOf(d)]);
    const ek = groupKeyOf(ents, Object.fromEntries(ents.map((d, i) => [d, key[i]])));
    let e = byEntity.get(ek);
    if (!e)
      byEntity.set(
        ek,
        (e = { entity: ek, key, code: idAt >= 0 ? String(key[idAt]) : null, label: ents.length ? labelOf(key) : '', points: new Map() }),
      );
    const cell = cells.get(indicator);
    if (cell && yearAt >= 0) e.points.set(parts[yearAt] as number, cell);
  }
  const list = [...byEntity.values()];
  if (order.size) list.sort((a, b) => (order.get(a.entity) ?? 1e9) - (order.get(b.entity) ?? 1e9));
  return list;
}

export function pointsFor(series: ReturnType<typeof chartSeries>, years: number[], decimals: number): ChartPoint[] {
  return series.flatMap((s) =>
    years.map((year) => {
      const c = s.points.get(year);
      const value = c?.state === 'value' ? roundTo(c.value!, decimals) : null;
      return { entity: s.entity, label: s.label, year, value, state: c?.state ?? 'missing', demo: !!c && (c.flags & FLAG.demo) !== 0 };
    }),
  );
}

export const CHART_COLOURS = {
  bar: '#0b5394',
  barDemo: '#dbe7f3',
  /** Eight line colours distinguishable in colour-blind simulations; markers differ too. */
  lines: ['#0b5394', '#a34700', '#2e7d32', '#7b1fa2', '#4a4a4a', '#c2185b', '#00838f', '#8d6e00'],
};

/** Marker shapes of the lines, with the glyph the HTML legend shows for each. */
export const LINE_SYMBOLS: { plot: string; glyph: string }[] = [
  { plot: 'circle', glyph: '●' },
  { plot: 'square', glyph: '■' },
  { plot: 'triangle', glyph: '▲' },
  { plot: 'diamond', glyph: '◆' },
  { plot: 'star', glyph: '★' },
  { plot: 'cross', glyph: '✚' },
  { plot: 'wye', glyph: 'Y' },
  { plot: 'times', glyph: '✕' },
];

/** Horizontal bars in the table's order; demo bars light with an outline; no bar but a word for confidential or missing. */
export function barOptions(
  Plot: PlotModule,
  pts: ChartPoint[],
  o: { lang: Lang; decimals: number; title: string; empty: Record<'suppressed' | 'missing' | 'refused', string>; width: number },
): PlotNS.PlotOptions {
  const labels = pts.map((p) => p.label);
  const withValue = pts.filter((p) => p.value !== null);
  const without = pts.filter((p) => p.value === null);
  const fmt = (v: number) => formatNumber(v, o.lang, o.decimals);
  const longest = Math.max(4, maxOf(labels.map((l) => l.length)));
  return {
    width: o.width,
    height: Math.max(120, pts.length * 22 + 50),
    marginLeft: Math.min(260, 12 + longest * 6.5),
    marginRight: 72,
    ariaLabel: o.title,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
    x: {
      label: null,
      grid: true,
      nice: true,
      ticks: integerTicks(withValue.map((p) => p.value!)) ?? undefined,
      tickFormat: (v: number) => formatNumber(v, o.lang, Number.isInteger(v) ? 0 : o.decimals, { trim: true }),
    },
    y: { label: null, domain: labels, tickSize: 0 },
    marks: [
      Plot.barX(withValue, {
        y: 'label',
        x: 'value',
        fill: (d: ChartPoint) => (d.demo ? CHART_COLOURS.barDemo : CHART_COLOURS.bar),
        stroke: CHART_COLOURS.bar,
        strokeWidth: 1,
        ariaHidden: 'true',
        title: (d: ChartPoint) => `${d.label}: ${fmt(d.value!)}${d.demo ? ' (demo)' : ''}`,
      }),
      Plot.text(withValue, {
        y: 'label',
        x: 'value',
        text: (d: ChartPoint) => fmt(d.value!),
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
        ariaHidden: 'true',
      }),
      Plot.text(without, {
        y: 'label',
        x: 0,
        text: (d: ChartPoint) => o.empty[d.state as 'suppressed'] ?? o.empty.missing,
        dx: 4,
        textAnchor: 'start',
        fill: '#4b5563',
        fontStyle: 'italic',
        ariaHidden: 'true',
      }),
      Plot.ruleX([0], { stroke: '#8a8a8a', ariaHidden: 'true' }),
    ],
  };
}

/** Lines over the years, one per entity, told apart by colour and by marker shape; hollow markers for demo values. */
export function lineOptions(
  Plot: PlotModule,
  pts: ChartPoint[],
  o: { lang: Lang; decimals: number; title: string; width: number; years: number[] },
): PlotNS.PlotOptions {
  const rows = pts.map((p) => ({ ...p, y: p.value ?? NaN }));
  const domain = [...new Set(pts.map((p) => p.label))];
  const fmt = (v: number) => formatNumber(v, o.lang, o.decimals);
  const valueTicks = integerTicks(pts.filter((p) => p.value !== null).map((p) => p.value!));
  return {
    width: o.width,
    height: 320,
    marginLeft: 64,
    marginRight: 16,
    ariaLabel: o.title,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
    x: {
      label: null,
      tickFormat: (y: number) => String(y),
      ticks: o.years.length > 8 ? o.years.filter((_, i) => i % 2 === (o.years.length - 1) % 2) : o.years,
      inset: 8,
    },
    y: {
      label: null,
      grid: true,
      zero: true,
      nice: true,
      ticks: valueTicks,
      tickFormat: (v: number) => formatNumber(v, o.lang, Number.isInteger(v) ? 0 : o.decimals, { trim: true }),
    },
    // Legends are drawn by the page (HTML), not by Plot: see LINE_SYMBOLS.
    color: { domain, range: CHART_COLOURS.lines },
    symbol: { domain, range: LINE_SYMBOLS.map((x) => x.plot) },
    marks: [
      Plot.ruleY([0], { stroke: '#8a8a8a', ariaHidden: 'true' }),
      Plot.lineY(rows, { x: 'year', y: 'y', z: 'label', stroke: 'label', strokeWidth: 2, ariaHidden: 'true' }),
      Plot.dot(
        rows.filter((r) => Number.isFinite(r.y) && !r.demo),
        {
          x: 'year',
          y: 'y',
          stroke: 'label',
          fill: 'label',
          symbol: 'label',
          r: 3.5,
          ariaHidden: 'true',
          title: (d: ChartPoint) => `${d.label}, ${d.year}: ${fmt(d.value!)}`,
        },
      ),
      Plot.dot(
        rows.filter((r) => Number.isFinite(r.y) && r.demo),
        {
          x: 'year',
          y: 'y',
          stroke: 'label',
          fill: '#ffffff',
          symbol: 'label',
          r: 3.5,
          strokeWidth: 1.5,
          ariaHidden: 'true',
          title: (d: ChartPoint) => `${d.label}, ${d.year}: ${fmt(d.value!)} (demo)`,
        },
      ),
    ],
  };
}

/** Quantile class breaks (up to five classes) of the finite values. */
export function quantileBreaks(values: number[], classes = 5): number[] {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i * v.length) / classes))];
    if (!breaks.length || q > breaks[breaks.length - 1]) breaks.push(q);
  }
  return breaks.filter((b) => b > v[0]);
}

export function classOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

/** Sequential blues, light to dark; each passes 3:1 against its neighbours' outline (#ffffff). */
export const MAP_COLOURS = ['#dbe7f3', '#9fc2e4', '#5b96cf', '#2a66a8', '#0b3d75'];
export const MAP_MISSING = '#d1d5db';

/** The latest year of the selection, or the one asked for. */
export function chartYearOf(state: BuilderState, years: number[]): number {
  return state.chartYear !== undefined && years.includes(state.chartYear) ? state.chartYear : years[years.length - 1];
}

export function chartIndicatorOf(state: BuilderState, catalogue: ReadonlyMap<string, Indicator>): string | undefined {
  return state.chartIndicator && state.indicators.includes(state.chartIndicator)
    ? state.chartIndicator
    : state.indicators.find((id) => catalogue.has(id));
}
