// What the comparison shows, computed from the territory files the pipeline ships
// (public/data/<release>/territory/<code>.json, one small file per chosen territory):
// the columns (one per territory), the rows (one per indicator, grouped by theme as on
// the territory page), each cell the value of one year with its flags, the dot charts'
// points and the CSV. Pure, so the island and the tests use the same functions.
import type { Indicator } from '#core/catalogue.ts';
import { THEMES, type Theme } from '#core/themes.ts';
import { FLAG, flagNames, valueStatus } from '#core/cells.ts';
import { neutraliseFormula, toCsv } from '#core/csv.ts';
import type { TerritoryFile, TerritoryRef } from '#core/data-types.ts';
import { formatCell, type Lang } from '#core/format.ts';
import { displayName, kindLabel, shortName } from '#core/names.ts';
import { territoryPath } from '#core/urls.ts';
import { isIntensive, type Obs } from '#features/territory/key-figures.ts';

export interface CompareColumn {
  code: string;
  level: TerritoryRef['level'];
  /** Short and unique among the columns: "Nowy Targ (gmina miejska)", "powiat nowotarski". */
  label: string;
  /** The full name in the page language, for titles and the CSV. */
  name: string;
  href: string;
}

export interface CompareRow {
  indicator: Indicator;
  /** Aligned with the columns; undefined where the territory's level has no such indicator. */
  cells: (Obs | undefined)[];
}

export interface CompareGroup {
  theme: Theme;
  rows: CompareRow[];
}

export interface CompareTable {
  year: number;
  columns: CompareColumn[];
  groups: CompareGroup[];
  /** Whether the columns are of more than one level (totals then measure different sizes). */
  mixedLevels: boolean;
  /** Whether any shown cell is demonstration data. */
  hasDemo: boolean;
}

type Named = TerritoryFile['territory'];

/**
 * Column labels: the short name, with the kind of unit added where two short names are
 * equal (Nowy Targ the town and Nowy Targ the rural gmina), and the full display name
 * where even that is not unique (two rural gminas of the same name in different powiats).
 */
export function columnLabels(ts: readonly Named[], lang: Lang): string[] {
  const short = ts.map((t) => shortName(t, lang));
  const withKind = ts.map((t, i) => (short.filter((s) => s === short[i]).length > 1 ? `${short[i]} (${kindLabel(t, lang)})` : short[i]));
  return ts.map((t, i) => (withKind.filter((s) => s === withKind[i]).length > 1 ? displayName(t, lang) : withKind[i]));
}

/** One year's cell of a series; undefined when the file has no such series (the indicator does not exist at its level). */
export function cellAt(file: TerritoryFile, indicator: string, year: number): Obs | undefined {
  const series = file.series[indicator];
  const yi = file.years.indexOf(year);
  if (!series || yi < 0) return undefined;
  return { year, value: series.v[yi] ?? null, flags: series.f?.[yi] ?? 0 };
}

/**
 * The comparison of the given files (in column order) for one year. An indicator is a row
 * when at least one territory's level has it; rows keep the catalogue's order within
 * the themes' order.
 */
export function buildCompareTable(
  files: readonly TerritoryFile[],
  catalogue: readonly Indicator[],
  year: number,
  lang: Lang,
): CompareTable {
  const labels = columnLabels(
    files.map((f) => f.territory),
    lang,
  );
  const columns: CompareColumn[] = files.map((f, i) => ({
    code: f.territory.code,
    level: f.territory.level,
    label: labels[i],
    name: displayName(f.territory, lang),
    href: territoryPath(f.territory, lang),
  }));
  let hasDemo = false;
  const groups: CompareGroup[] = [];
  for (const theme of THEMES) {
    const rows: CompareRow[] = [];
    for (const indicator of catalogue) {
      if (indicator.theme !== theme) continue;
      const cells = files.map((f) => cellAt(f, indicator.id, year));
      if (cells.every((c) => c === undefined)) continue;
      for (const c of cells) if (c && c.value !== null && c.flags & FLAG.demo) hasDemo = true;
      rows.push({ indicator, cells });
    }
    if (rows.length) groups.push({ theme, rows });
  }
  return { year, columns, groups, mixedLevels: new Set(columns.map((c) => c.level)).size > 1, hasDemo };
}

/** Whether a row's values are totals, which grow with the size of the area (not comparable across levels). */
export const isTotal = (indicator: Indicator): boolean => !isIntensive(indicator);

// ---------------------------------------------------------------- CSV

/** The CSV's columns: the same long layout as a territory chart's CSV, one line per territory and indicator. */
export const CSV_HEADER = [
  'indicator',
  'indicator_name',
  'unit',
  'territory_code',
  'territory_name',
  'year',
  'value',
  'status',
  'flags',
  'release',
] as const;

/**
 * The table as CSV (UTF-8 with a BOM, so spreadsheets read the Polish letters): one line
 * per indicator and territory, the value as a plain number ("." decimals, empty when
 * there is none) and beside it the status word every export writes (real, demo,
 * estimate, provisional, confidential, missing), so a filter on "real" keeps only real
 * figures and a confidential value is never confused with a missing one.
 */
export function compareCsv(table: CompareTable, release: string, lang: Lang): string {
  const rows: (string | number)[][] = [];
  for (const g of table.groups)
    for (const r of g.rows)
      r.cells.forEach((c, i) => {
        const col = table.columns[i];
        rows.push([
          r.indicator.id,
          neutraliseFormula(r.indicator.name[lang]),
          r.indicator.unit,
          col.code,
          neutraliseFormula(col.name),
          table.year,
          c && c.value !== null ? c.value : '',
          valueStatus(c && { value: c.value, flags: c.flags }),
          flagNames(c?.flags ?? 0).join('+'),
          release,
        ]);
      });
  return '\ufeff' + toCsv(CSV_HEADER, rows);
}

/** The CSV's file name from the dictionary's stem: "porownanie-2024-r2024.csv" (the year, then the release). */
export function csvFileName(stem: string, year: number, release: string): string {
  return `${stem}-${year}-r${release}.csv`;
}

// ---------------------------------------------------------------- chart

export interface ComparePoint {
  code: string;
  label: string;
  /** NaN when there is no number to draw (confidential or missing). */
  value: number;
  demo: boolean;
  /** The label beside the dot: "Nowy Targ: 1 234", "… : dane niejawne". */
  text: string;
}

/** One indicator's points for the dot chart, in column order; suppressed and missing keep their words. */
export function chartPoints(row: CompareRow, columns: readonly CompareColumn[], lang: Lang, notAtLevel: string): ComparePoint[] {
  return row.cells.map((c, i) => {
    const has = !!c && c.value !== null && Number.isFinite(c.value);
    const demo = has && (c!.flags & FLAG.demo) !== 0;
    const shown = c ? formatCell(c.value, c.flags, lang, row.indicator.decimals) : notAtLevel;
    return {
      code: columns[i].code,
      label: columns[i].label,
      value: has ? c!.value! : NaN,
      demo,
      text: `${columns[i].label}: ${shown}${demo ? ' (demo)' : ''}`,
    };
  });
}
