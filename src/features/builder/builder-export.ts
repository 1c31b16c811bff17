// Exports of the builder's current result: one neutral table (header + typed cells)
// that the CSV and XLSX writers share, so both hold exactly what the screen shows, and
// a JSON document with the state, the definitions and every cell's flags.
//
// The screen marks a demo figure with "*"; a file must not lose that. Beside every value
// column the table has a status column with one word per value (valueStatus: real, demo,
// estimate, provisional, confidential, missing), so a spreadsheet filter can keep only
// real figures; the JSON gives every cell its status too.
//
// CSV: UTF-8 with a BOM; separator "," or ";" and decimal mark "." or "," (Polish
// Excel wants ";" and ","). Numbers are rounded to the indicator's published decimals,
// without grouping. Confidential cells say so in words, never 0; missing cells are
// empty. Text that a spreadsheet would run as a formula (= + - @, tab, CR at the
// start) is prefixed with an apostrophe.
import { roundTo } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, flagNames, valueStatus, VALUE_STATUSES, type ValueStatus } from '#core/cells.ts';
import { csvField, neutraliseFormula } from '#core/csv.ts';
import { emptyText, withPercentSign, type Lang } from '#core/format.ts';
import { colLabel, dimLabel, hasCode, keyLabel, unitLabel, type BuilderT, type LabelContext } from './builder-labels.ts';
import type { KeyValue, PivotCell, PivotResult, PivotRow } from './builder-data.ts';
import type { BuilderState, Dim } from './builder-state.ts';
import { rowHeadLabel } from './result-rows-html.ts';

export type OutCell =
  { kind: 'text'; text: string; bold?: boolean } | { kind: 'num'; value: number; decimals: number; demo: boolean } | { kind: 'empty' };

export interface OutTable {
  header: string[];
  rows: OutCell[][];
}

const text = (t: string, bold = false): OutCell => ({ kind: 'text', text: t, bold });
const EMPTY: OutCell = { kind: 'empty' };

/** Prefixes an apostrophe to text a spreadsheet would evaluate (shared with the directory export). */
export const neutralise = neutraliseFormula;

export function decimalsOf(ind: string, catalogue: ReadonlyMap<string, Indicator>): number {
  return catalogue.get(ind)?.decimals ?? 2;
}

/** One result cell as an export cell. */
export function outCell(c: PivotCell, ctx: LabelContext): OutCell {
  if (c.state === 'value') {
    const d = decimalsOf(c.ind, ctx.catalogue);
    return { kind: 'num', value: roundTo(c.value!, d), decimals: d, demo: (c.flags & FLAG.demo) !== 0 };
  }
  if (c.state === 'suppressed') return text(emptyText('suppressed', ctx.lang));
  return EMPTY;
}

/** The status word of a result cell; a refused group has no value, so it is "missing". */
export function cellStatus(c: PivotCell): ValueStatus {
  return valueStatus({ value: c.state === 'value' ? c.value : null, flags: c.flags });
}

/** Header cells of the row dimensions: a code column before each territorial one. */
export function rowHeader(dims: Dim[], ctx: LabelContext): string[] {
  return dims.flatMap((d) => (hasCode(d) ? [`${dimLabel(d, ctx)} (${ctx.t('builder.codeCol')})`, dimLabel(d, ctx)] : [dimLabel(d, ctx)]));
}

/** Row header cells of one row; totals say "Ogółem", subtotals "Razem" in their first collapsed field. */
export function rowHeadCells(row: PivotRow, dims: Dim[], ctx: LabelContext): OutCell[] {
  const out: OutCell[] = [];
  const bold = row.kind !== 'data';
  dims.forEach((d, i) => {
    const v: KeyValue = row.keys[i];
    // The same words as the table's row headers ("Total" in the first field a total row leaves open).
    const label = rowHeadLabel(row, i, { rowDims: dims }, ctx);
    if (hasCode(d)) out.push(v === null ? EMPTY : text(String(v), bold));
    out.push(label ? text(label, bold) : EMPTY);
  });
  return out;
}

/**
 * The current result (rows in their shown order) as one header row and typed cells:
 * the row header columns, then each value column followed by its status column.
 */
export function resultTable(result: PivotResult, rows: PivotRow[], ctx: LabelContext): OutTable {
  const valueHeads = result.cols.flatMap((k) => {
    const label = colLabel(result.colDims, k, ctx);
    return [label, ctx.t('builder.statusCol', { col: label })];
  });
  return {
    header: [...rowHeader(result.rowDims, ctx), ...valueHeads],
    rows: rows.map((r) => [...rowHeadCells(r, result.rowDims, ctx), ...r.cells.flatMap((c) => [outCell(c, ctx), text(cellStatus(c))])]),
  };
}

// ---------------------------------------------------------------- CSV

export interface CsvOptions {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_PRESETS: Record<'standard' | 'excel-pl', CsvOptions> = {
  standard: { separator: ',', decimal: '.' },
  'excel-pl': { separator: ';', decimal: ',' },
};

export function formatCsvNumber(value: number, decimals: number, decimal: '.' | ','): string {
  const s = roundTo(value, decimals).toFixed(decimals);
  return decimal === ',' ? s.replace('.', ',') : s;
}

function csvText(c: OutCell, opts: CsvOptions): string {
  if (c.kind === 'num') return formatCsvNumber(c.value, c.decimals, opts.decimal);
  if (c.kind === 'text') return neutralise(c.text);
  return '';
}

/** RFC 4180 CSV with a UTF-8 BOM and CRLF line ends (what spreadsheet programs expect). */
export function toCsv(table: OutTable, opts: CsvOptions): string {
  const line = (cells: string[]) => cells.map((f) => csvField(f, opts.separator)).join(opts.separator);
  const lines = [line(table.header.map(neutralise)), ...table.rows.map((r) => line(r.map((c) => csvText(c, opts))))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- JSON

export interface ExportMeta {
  title: string;
  site: string;
  url: string;
  release: string;
  published?: string;
  lang: string;
  scope: string;
  years: number[];
}

/** Everything needed to reuse the result elsewhere: state, definitions, and every cell with its flags. */
export function toJson(result: PivotResult, rows: PivotRow[], state: BuilderState, meta: ExportMeta, ctx: LabelContext): string {
  const keysOf = (dims: Dim[], key: KeyValue[]) => Object.fromEntries(dims.map((d, i) => [d, key[i]]));
  const labelsOf = (dims: Dim[], key: KeyValue[]) =>
    Object.fromEntries(dims.map((d, i) => [d, key[i] === null ? null : keyLabel(d, key[i], ctx)]));
  const doc = {
    ...meta,
    demo: result.demoShare > 0,
    demoShare: Math.round(result.demoShare * 1000) / 1000,
    state,
    conventions: {
      state: 'value | suppressed (confidential, never 0) | missing | refused (indicator has no aggregation rule)',
      status: `${VALUE_STATUSES.join(' | ')}: one word per value; demo = demonstration data, never official statistics`,
      flags: Object.keys(FLAG),
    },
    indicators: state.indicators.map((id) => {
      const ind = ctx.catalogue.get(id);
      return (
        ind && {
          id,
          name: ind.name[ctx.lang],
          unit: ind.unit,
          decimals: ind.decimals,
          aggregation: ind.aggregation,
          definition: ind.description[ctx.lang],
        }
      );
    }),
    rowDims: result.rowDims,
    colDims: result.colDims,
    columns: result.cols.map((k) => ({ keys: keysOf(result.colDims, k), label: colLabel(result.colDims, k, ctx) })),
    rows: rows.map((r) => ({
      kind: r.kind,
      keys: keysOf(result.rowDims, r.keys),
      labels: labelsOf(result.rowDims, r.keys),
      cells: r.cells.map((c) => ({
        value: c.state === 'value' ? roundTo(c.value!, decimalsOf(c.ind, ctx.catalogue)) : null,
        state: c.state,
        status: cellStatus(c),
        flags: flagNames(c.flags),
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** A file name such as "zestawienie-2024-gmina-SPS_KRS-POP.csv" ("table-…" in English). */
export function exportName(state: BuilderState, ext: string, t: BuilderT): string {
  const ids = state.indicators.slice(0, 3).join('-') + (state.indicators.length > 3 ? `-${state.indicators.length - 3}` : '');
  return `${t('builder.fileStem')}-${state.release}-${state.level}-${ids}.${ext}`;
}

// ---------------------------------------------------------------- metadata

/** A share as a whole per cent: "97 %" in Polish (no-break space), "97%" in English. */
export function percentText(share: number, lang: Lang): string {
  return withPercentSign(String(Math.round(share * 100)), lang);
}

/**
 * The metadata sheet: title, source, release, permalink, the demo flag, the filters
 * and layout, the conventions, and the definition of every indicator involved
 * (chosen ones first, then the numerators, denominators and weights they use).
 */
export function metadataRows(
  state: BuilderState,
  result: PivotResult,
  meta: ExportMeta & {
    siteName: string;
    levelLabel: string;
    kindsLabel: string;
    layout: string;
    ruleOf: (ind: Indicator) => string;
    sourceOf: (ind: Indicator) => string;
    involved: string[];
  },
  ctx: LabelContext,
): OutCell[][] {
  const t = ctx.t;
  const pair = (k: string, v: string): OutCell[] => [text(k, true), v ? text(v) : EMPTY];
  const rows: OutCell[][] = [
    [text(t('builder.metaTitle'), true), text(meta.title)],
    pair(t('builder.metaSite'), `${meta.siteName} — ${meta.site}`),
    pair(t('builder.metaRelease'), meta.release),
    pair(t('builder.metaPublished'), meta.published ?? ''),
    pair(t('builder.metaUrl'), meta.url),
    pair(
      t('builder.metaDemo'),
      result.demoShare > 0 ? t('builder.metaDemoYes', { pct: percentText(result.demoShare, ctx.lang) }) : t('builder.metaDemoNo'),
    ),
    [],
    [text(t('builder.metaFilters'), true)],
    pair(t('builder.metaLevel'), meta.levelLabel),
    pair(t('builder.metaScope'), meta.scope),
    pair(t('builder.metaKinds'), meta.kindsLabel),
    pair(t('builder.metaCodes'), state.codes.join(', ')),
    pair(t('builder.metaYears'), meta.years.length ? `${meta.years[0]}–${meta.years[meta.years.length - 1]}` : ''),
    pair(t('builder.metaLayout'), meta.layout),
    pair(t('builder.metaConventions'), t('builder.metaConventionsText')),
    pair(t('builder.metaStatus'), t('builder.metaStatusText')),
    pair(t('builder.metaAggregation'), t('builder.metaAggregationText')),
    [],
    [text(t('builder.metaIndicators'), true)],
    (
      [
        'builder.colId',
        'builder.colName',
        'builder.colUnit',
        'builder.colDecimals',
        'builder.colRule',
        'builder.colDefinition',
        'builder.colSource',
      ] as const
    ).map((k) => text(t(k), true)),
  ];
  for (const id of meta.involved) {
    const ind = ctx.catalogue.get(id);
    if (!ind) continue;
    rows.push([
      text(id),
      text(ind.name[ctx.lang]),
      text(unitLabel(id, ctx)),
      { kind: 'num', value: ind.decimals, decimals: 0, demo: false },
      text(meta.ruleOf(ind)),
      text(ind.description[ctx.lang]),
      text(meta.sourceOf(ind)),
    ]);
  }
  return rows;
}
