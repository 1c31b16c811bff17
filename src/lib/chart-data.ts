// Turns a territory file into the lines of one indicator's chart, its data table and
// its CSV. Shared by the build and the chart island, so the table, the download and
// the picture always hold the same numbers.
import type { Indicator } from './catalogue.ts';
import { FLAG, flagNames } from './cells.ts';
import type { ChartLine, LineChartInput } from './chart-specs.ts';
import type { Series, TerritoryFile } from './data-types.ts';
import type { Lang } from './format.ts';
import { isIntensive, figureContext } from './key-figures.ts';
import { displayName, type NamedTerritory } from './names.ts';

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

/**
 * The territory's own line, plus parent and country for intensive indicators. Sums (counts,
 * persons) of a gmina and of Poland differ by orders of magnitude, so they stand alone.
 */
export function chartInput(
  file: TerritoryFile,
  ind: Indicator,
  lang: Lang,
  names: { self: NamedTerritory; parent?: NamedTerritory; country?: NamedTerritory },
  title: string,
): LineChartInput {
  const n = file.years.length;
  const ctx = figureContext(file);
  const lines: ChartLine[] = [line(file.territory.code, displayName(names.self, lang), 'self', file.series[ind.id], n)];
  if (isIntensive(ind)) {
    const p = ctx.parent?.[ind.id];
    if (p && names.parent && chartable(p)) lines.push(line(names.parent.code, displayName(names.parent, lang), 'parent', p, n));
    const c = ctx.country?.[ind.id];
    if (c && names.country && chartable(c)) lines.push(line('PL', displayName(names.country, lang), 'country', c, n));
  }
  return { years: file.years, lines, decimals: ind.decimals, lang, title };
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

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Long-format CSV (one row per territory and year), machine-friendly and the same in
 * both languages: decimal point, no grouping, flags by name ("demo+suppressed").
 * Starts with a BOM so spreadsheet programs read UTF-8 names correctly.
 */
export function chartCsv(input: LineChartInput, ind: Indicator, release: string): string {
  const rows = [['indicator', 'unit', 'territory_code', 'territory_name', 'year', 'value', 'flags', 'release']];
  for (const l of input.lines) {
    input.years.forEach((year, i) => {
      const v = l.values[i];
      rows.push([ind.id, ind.unit, l.key, l.label, String(year), v === null ? '' : String(v), flagNames(l.flags[i] ?? 0).join('+'), release]);
    });
  }
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** A data: URL for a download link that works without JavaScript and offline. */
export function csvDataUrl(csv: string): string {
  // encodeURI keeps commas readable (a third of the size of encodeURIComponent); # must go.
  return `data:text/csv;charset=utf-8,${encodeURI(csv).replace(/#/g, '%23')}`;
}
