// The figures of a custom area, computed by the builder's engine itself: the area is a
// builder state (gmina level, the area's codes, years in rows, indicators in columns,
// no territorial dimension), so every gmina of the area falls into one group per year
// and is aggregated by the shared rules of src/core/aggregate.ts exactly as the builder
// and the pipeline do (sums add, ratios are recomputed from summed parts, `none`
// refuses, a suppressed member makes the total suppressed, flags such as demo carry
// over). Nothing here aggregates on its own.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import { csvField, neutraliseFormula } from '#core/csv.ts';
import { pivot, keyString, type LevelData, type PivotCell, type PivotContext } from '#features/builder/builder-pivot.ts';
import { cellStatus, formatCsvNumber } from '#features/builder/builder-export.ts';
import { defaultState, indicatorsToLoad, type BuilderState } from '#features/builder/builder-state.ts';

/** Indicators an area profile shows: every one published for gminas, in catalogue order. */
export function areaIndicators(indicators: readonly Indicator[]): string[] {
  return indicators.filter((i) => i.levels.includes('gmina')).map((i) => i.id);
}

/** Chunks to load for a profile: the shown indicators and what their rules need. */
export function areaIndicatorsToLoad(ids: readonly string[], catalogue: ReadonlyMap<string, Indicator>): string[] {
  return indicatorsToLoad(ids, catalogue, 'gmina');
}

/** The builder state that groups exactly these gminas into one total per year and indicator. */
export function areaBuilderState(release: string, codes: readonly string[], indicators: readonly string[]): BuilderState {
  return {
    ...defaultState(release),
    level: 'gmina',
    indicators: [...indicators],
    codes: [...codes],
    rows: ['year'],
    cols: ['indicator'],
    totals: false,
    subtotals: false,
    chart: 'none',
  };
}

export interface YearCell {
  year: number;
  cell: PivotCell;
}

export interface ProfileRow {
  id: string;
  /** The rule `none`: a group of several gminas has no figure. */
  refused: boolean;
  /** Every year of the release, in order. */
  series: YearCell[];
  /** The latest year with a value or a confidential one; absent when every year is missing. */
  latest?: YearCell;
  /** Poland in the same year (the country level as shipped), when the country data were given. */
  country?: Cell;
}

export interface AreaProfile {
  release: string;
  years: number[];
  codes: string[];
  rows: ProfileRow[];
  /** Share of the shown value cells that are demonstration data. */
  demoShare: number;
}

const MISSING = (ind: string): PivotCell => ({ value: null, flags: 0, state: 'missing', ind });

/** Poland's cell for an indicator and year from the country level's data. */
export function countryCell(country: LevelData | undefined, id: string, year: number): Cell | undefined {
  if (!country) return undefined;
  const yi = country.years.indexOf(year);
  const ti = country.codes.indexOf('PL') >= 0 ? country.codes.indexOf('PL') : 0;
  const v = country.values.get(id)?.[yi]?.[ti];
  const f = country.flags.get(id)?.[yi]?.[ti] ?? 0;
  if (yi < 0 || v === undefined) return undefined;
  if (v === null && !(f & FLAG.suppressed)) return undefined;
  return { value: v, flags: f };
}

/**
 * The profile of the gminas `codes` over the gmina level's loaded data: one row per
 * indicator with its yearly series and the latest figure beside Poland's.
 */
export function buildProfile(codes: readonly string[], indicators: readonly string[], ctx: PivotContext, country?: LevelData): AreaProfile {
  const { data } = ctx;
  const shown = indicators.filter((id) => data.values.has(id));
  const result = pivot(areaBuilderState(data.release, codes, shown), ctx);
  const refused = new Set(result.refused);
  let values = 0;
  let demo = 0;
  const rows: ProfileRow[] = shown.map((id) => {
    const series = result.years.map((year) => ({ year, cell: result.groups.get(keyString([year]))?.get(id) ?? MISSING(id) }));
    for (const { cell } of series)
      if (cell.state === 'value') {
        values++;
        if (cell.flags & FLAG.demo) demo++;
      }
    const latest = [...series].reverse().find((y) => y.cell.state === 'value' || y.cell.state === 'suppressed');
    return {
      id,
      refused: refused.has(id),
      series,
      latest,
      country: latest ? countryCell(country, id, latest.year) : undefined,
    };
  });
  return { release: data.release, years: result.years, codes: [...codes], rows, demoShare: values ? demo / values : 0 };
}

/** Whether any figure of the profile (or Poland's beside it) is demonstration data. */
export function profileHasDemo(p: AreaProfile): boolean {
  return p.demoShare > 0 || p.rows.some((r) => (r.country?.flags ?? 0) & FLAG.demo);
}

export interface AreaCsvLabels {
  header: readonly [string, string, string, string, string, string, string];
  indicatorName: (id: string) => string;
  unit: (id: string) => string;
}

/** Note written beside an indicator whose rule refuses to aggregate several gminas. */
export const NOT_AGGREGABLE = 'not-aggregable';

/**
 * One line per indicator and year: id, name, unit, year, value, status (the export
 * status word of src/core/cells.ts: real, demo, confidential, missing…) and a note
 * ("not-aggregable" for rule `none`). UTF-8 with BOM and CRLF, as the builder's CSV.
 */
export function profileCsv(p: AreaProfile, catalogue: ReadonlyMap<string, Indicator>, labels: AreaCsvLabels): string {
  const line = (cells: (string | number)[]) => cells.map((c) => csvField(c)).join(',');
  const out = [line(labels.header.map(neutraliseFormula))];
  for (const r of p.rows) {
    const decimals = catalogue.get(r.id)?.decimals ?? 2;
    for (const { year, cell } of r.series) {
      const value = cell.state === 'value' ? formatCsvNumber(cell.value!, decimals, '.') : '';
      out.push(
        line([
          r.id,
          neutraliseFormula(labels.indicatorName(r.id)),
          neutraliseFormula(labels.unit(r.id)),
          year,
          value,
          cellStatus(cell),
          r.refused ? NOT_AGGREGABLE : '',
        ]),
      );
    }
  }
  return `\ufeff${out.join('\r\n')}\r\n`;
}
