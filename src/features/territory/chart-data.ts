// Turns a territory file into the lines of one indicator's chart, its data table and
// its CSV. Shared by the build and the chart island, so the table, the download and
// the picture always hold the same numbers.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, flagNames, valueStatus } from '#core/cells.ts';
import { toCsv } from '#core/csv.ts';
import type { ChartLine, LineChartInput } from './chart-specs.ts';
import type { Series, TerritoryFile } from '#core/data-types.ts';
import { formatCell, type Lang } from '#core/format.ts';
import type { Messages } from '#i18n/translate.ts';
import { isIntensive, figureContext } from './key-figures.ts';
import { displayName, type NamedTerritory } from '#core/names.ts';
import type { ChartImageConfig } from '#features/chart-image/config.ts';

/** Headline indicator of each theme, in order of preference; the first with data is charted. */
export const THEME_HEADLINE: Record<string, string[]> = {
  entities: ['SPS_KRS', 'SPS_10K', 'PS_ACT', 'NGO_10K', 'FSO_10K'],
  reintegration: ['REINT', 'REINT_10K', 'CIS', 'WTZ'],
  market: ['PES_MKT', 'NGO_MKT', 'PES_REV', 'SOC_CLAUSE'],
  support: ['OWES_SUP', 'OWES_ACC', 'ZJ_CERT', 'ZP_CERT', 'BGK_LOAN'],
  'local-government': ['JST_2PCT', 'JST_PES_EXP', 'JST_UNIT_PCT', 'JST_SPS'],
  context: ['POP', 'POP_WORK'],
};

/** A series is worth a chart when it has at least two values. */
export function chartable(series: Series | undefined): boolean {
  return !!series && series.v.filter((v) => v !== null).length >= 2;
}

export function headlineFor(theme: string, file: TerritoryFile, catalogue: readonly Indicator[]): Indicator | undefined {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const preferred = (THEME_HEADLINE[theme] ?? []).map((id) => byId.get(id)).filter((i): i is Indicator => !!i);
  const rest = catalogue.filter((i) => i.theme === theme && !preferred.includes(i));
  return [...preferred, ...rest].find((i) => chartable(file.series[i.id]));
}

const line = (key: string, label: string, role: ChartLine['role'], s: Series | undefined, n: number): ChartLine => ({
  key,
  label,
  role,
  values: s ? s.v : new Array(n).fill(null),
  flags: s?.f ?? new Array(n).fill(0),
});

export interface ChartLabels {
  self: string;
  parent?: { code: string; label: string };
  country?: { code: string; label: string };
}

/** What a chart compares the territory with. */
export type CompareMode = 'parents' | 'similar' | 'none';

/**
 * The territory's own line, plus parent and country for intensive indicators. Sums (counts,
 * persons) of a gmina and of Poland differ by orders of magnitude, so they stand alone;
 * similar territories are of the same size class, so any indicator compares with them.
 */
export function chartLines(
  file: TerritoryFile,
  ind: { id: string; intensive: boolean },
  labels: ChartLabels,
  mode: CompareMode = 'parents',
  peers: { code: string; label: string; file: TerritoryFile }[] = [],
): ChartLine[] {
  const n = file.years.length;
  const lines: ChartLine[] = [line(file.territory.code, labels.self, 'self', file.series[ind.id], n)];
  if (mode === 'parents' && ind.intensive) {
    const ctx = figureContext(file);
    const p = ctx.parent?.[ind.id];
    if (p && labels.parent && chartable(p)) lines.push(line(labels.parent.code, labels.parent.label, 'parent', p, n));
    const c = ctx.country?.[ind.id];
    if (c && labels.country && chartable(c)) lines.push(line(labels.country.code, labels.country.label, 'country', c, n));
  }
  if (mode === 'similar') {
    for (const peer of peers) {
      const s = peer.file.series[ind.id];
      if (s) lines.push(line(peer.code, peer.label, 'peer', s, n));
    }
  }
  return lines;
}

export function chartLabels(names: { self: NamedTerritory; parent?: NamedTerritory; country?: NamedTerritory }, lang: Lang): ChartLabels {
  const labels: ChartLabels = { self: displayName(names.self, lang) };
  if (names.parent) labels.parent = { code: names.parent.code, label: displayName(names.parent, lang) };
  if (names.country) labels.country = { code: names.country.code, label: displayName(names.country, lang) };
  return labels;
}

export function chartInput(file: TerritoryFile, ind: Indicator, lang: Lang, labels: ChartLabels, title: string): LineChartInput {
  return {
    years: file.years,
    lines: chartLines(file, { id: ind.id, intensive: isIntensive(ind) }, labels),
    decimals: ind.decimals,
    lang,
    title,
  };
}

/** Whether the chart has a gap (a missing or confidential year between values). */
export function hasGaps(input: LineChartInput): boolean {
  return input.lines.some((l) => {
    const first = l.values.findIndex((v) => v !== null);
    const last = l.values.findLastIndex((v) => v !== null);
    return first >= 0 && l.values.slice(first, last + 1).some((v) => v === null);
  });
}

export function anyDemoIn(input: LineChartInput): boolean {
  return input.lines.some((l) => l.flags.some((f) => (f & FLAG.demo) !== 0));
}

/**
 * Long-format CSV (one row per territory and year), machine-friendly and the same in
 * both languages: decimal point, no grouping, the status word (real, demo, …) and the flags
 * by name ("demo+suppressed").
 * Starts with a BOM so spreadsheet programs read UTF-8 names correctly.
 */
export function chartCsv(input: LineChartInput, ind: { id: string; unit: string }, release: string): string {
  const header = ['indicator', 'unit', 'territory_code', 'territory_name', 'year', 'value', 'status', 'flags', 'release'];
  const rows: string[][] = [];
  for (const l of input.lines) {
    input.years.forEach((year, i) => {
      const v = l.values[i];
      rows.push([
        ind.id,
        ind.unit,
        l.key,
        l.label,
        String(year),
        v === null ? '' : String(v),
        // The one status word of every export, so a filter on "real" drops the demo values.
        valueStatus({ value: v, flags: l.flags[i] ?? 0 }),
        flagNames(l.flags[i] ?? 0).join('+'),
        release,
      ]);
    });
  }
  return '\ufeff' + toCsv(header, rows);
}

/** A data: URL for a download link that works without JavaScript and offline. */
export function csvDataUrl(csv: string): string {
  // encodeURI keeps commas readable (a third of the size of encodeURIComponent); # must go.
  return `data:text/csv;charset=utf-8,${encodeURI(csv).replace(/#/g, '%23')}`;
}

/** One indicator the chart island can switch to. */
export interface ChartOption {
  id: string;
  name: string;
  unit: string;
  decimals: number;
  intensive: boolean;
  href: string;
}

/** The chart's interface strings: the `chart` area of one language's dictionary. */
export type ChartStrings = Messages<'chart'>['chart'];

/** The data table under a chart: one row per year, one formatted cell per line; "*" marks demo values. */
export function chartTableRows(input: LineChartInput): { year: number; cells: string[] }[] {
  return input.years.map((year, i) => ({
    year,
    cells: input.lines.map((l) => {
      const f = l.flags[i] ?? 0;
      const text = formatCell(l.values[i], f, input.lang, input.decimals);
      return f & FLAG.demo && l.values[i] !== null ? `${text}*` : text;
    }),
  }));
}

/** Everything the chart islands of one page share, written once into the page as JSON. */
export interface ChartPageConfig {
  lang: Lang;
  release: string;
  code: string;
  dataUrl: string;
  labels: ChartLabels;
  similar: { code: string; label: string; dataUrl: string }[];
  strings: ChartStrings;
  /** Indicators each chart can switch between, by chart id (theme). */
  options: Record<string, ChartOption[]>;
  /** The chart image control's strings and sources (src/features/chart-image/config.ts); no control without it. */
  image?: ChartImageConfig;
}

/** JSON safe inside <script type="application/json">: no "</script>" can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
