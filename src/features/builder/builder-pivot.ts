// The tabulation builder's engine: filter the territories of one level, group them with
// arquero by the fields the visitor placed in rows and columns, and aggregate every
// group with the SHARED rules of src/core/aggregate.ts (the same code the pipeline runs
// gmina → powiat → voivodeship → country): sums add, ratios are recomputed from the
// aggregated numerator and denominator, weighted means use their weight, `none` refuses,
// a suppressed member makes the group suppressed. Totals and subtotals aggregate over
// territorial fields only — never over years or across indicators.
import { table } from 'arquero';
import { aggregate, canAggregate } from '#core/aggregate.ts';
import { pushAll } from '#core/arrays.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import type { BuilderTerritory } from './builder-register.ts';
import { selectedYears, isTerritorialDim, GMINA_KINDS, type BuilderState, type Dim, type SortSpec } from './builder-state.ts';
import type { Level } from '#core/territory.ts';
import {
  keyString,
  type KeyValue,
  type CellStateName,
  type LevelData,
  type PivotCell,
  type PivotContext,
  type PivotResult,
  type PivotRow,
} from './builder-data.ts';

export * from './builder-data.ts';

// ---------------------------------------------------------------- filter

/** Indices (into data.codes) of the territories a state keeps. */
export function filterTerritories(
  s: Pick<BuilderState, 'within' | 'kinds' | 'codes'>,
  codes: readonly string[],
  register: ReadonlyMap<string, BuilderTerritory>,
): number[] {
  const within = new Set(s.within);
  const kinds = new Set(s.kinds);
  const listed = new Set(s.codes);
  const out: number[] = [];
  codes.forEach((code, i) => {
    const e = register.get(code);
    if (listed.size && !listed.has(code)) return;
    if (kinds.size && !(e?.kind && kinds.has(e.kind))) return;
    if (within.size && !(e?.parents.some((p) => within.has(p)) || within.has(code))) return;
    out.push(i);
  });
  return out;
}

// ---------------------------------------------------------------- keys

/**
 * The value of a territorial dimension for a territory. A planning area is the label the
 * pipeline wrote into the register: a powiat's own, a gmina's LAG area its own and its other
 * areas its powiat's (`register` is needed for those).
 */
export function territoryKey(
  dim: Dim,
  code: string,
  e: BuilderTerritory | undefined,
  level: Level,
  register?: ReadonlyMap<string, BuilderTerritory>,
): string {
  switch (dim) {
    case 'nuts2':
    case 'nuts3':
    case 'owes':
    case 'lgd': {
      const holder = level === 'gmina' && dim !== 'lgd' ? register?.get(e?.parents[2] ?? '') : e;
      return holder?.areas?.[dim] ?? '';
    }
    case 'territory':
      return code;
    case 'voivodeship':
      return level === 'voivodeship' ? code : (e?.parents[1] ?? '');
    case 'powiat':
      return level === 'powiat' ? code : (e?.parents[2] ?? '');
    case 'kind':
      return e?.kind ?? '';
    case 'popClass':
      return e?.popClass ?? '';
    default:
      return '';
  }
}

/** Lower bound of a population class "5000-10000" / "100000+", for ordering. */
export const popClassLow = (c: string): number => Number(/^\d+/.exec(c)?.[0] ?? Number.MAX_SAFE_INTEGER);

/** Natural order of a dimension's values: codes, years and population ascending, kinds in TERC order, indicators as chosen. */
export function compareKey(dim: Dim, a: KeyValue, b: KeyValue, indicatorOrder: readonly string[]): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  switch (dim) {
    case 'year':
      return (a as number) - (b as number);
    case 'indicator':
      return indicatorOrder.indexOf(a as string) - indicatorOrder.indexOf(b as string);
    case 'kind':
      return GMINA_KINDS.indexOf(a as never) - GMINA_KINDS.indexOf(b as never);
    case 'popClass':
      return popClassLow(a as string) - popClassLow(b as string);
    default:
      return String(a) < String(b) ? -1 : 1;
  }
}

// ---------------------------------------------------------------- cells

const STATE_OF = (c: Cell | undefined): CellStateName =>
  c && c.value !== null && Number.isFinite(c.value) ? 'value' : c && c.flags & FLAG.suppressed ? 'suppressed' : 'missing';

function toPivotCell(c: Cell | undefined, ind: string): PivotCell {
  const state = STATE_OF(c);
  return { value: state === 'value' ? c!.value : null, flags: c?.flags ?? 0, state, ind };
}

const REFUSED = (ind: string): PivotCell => ({ value: null, flags: 0, state: 'refused', ind });

/**
 * Every cell of one indicator of a level (index year × codes + territory) as the table
 * shows it, built once per loaded chunk and shared by every later pivot: a table of one
 * row per territory and year then allocates no cell at all, and a layout change only the
 * group arrays. A PivotCell is also a Cell for the aggregation rules (a missing one has no
 * value and no suppression flag, like an absent cell). Shared: never changed after this.
 */
const CELL_CACHE = new WeakMap<(number | null)[][], PivotCell[]>();
function levelCells(data: LevelData, id: string): PivotCell[] {
  const v = data.values.get(id);
  if (!v) return [];
  let out = CELL_CACHE.get(v);
  if (!out) {
    const f = data.flags.get(id);
    const n = data.codes.length;
    const missing = toPivotCell(undefined, id);
    out = new Array<PivotCell>(v.length * n);
    for (let yi = 0; yi < v.length; yi++)
      for (let ti = 0; ti < n; ti++) {
        const value = v[yi][ti];
        const fl = f?.[yi]?.[ti] ?? 0;
        out[yi * n + ti] = value === null && !(fl & FLAG.suppressed) ? missing : toPivotCell({ value, flags: fl }, id);
      }
    CELL_CACHE.set(v, out);
  }
  return out;
}

/**
 * The engine over one filtered selection: a long arquero table with one row per
 * (territory, year), grouping columns for every placed dimension, and a function that
 * aggregates any grouping with the shared rules.
 */
class Grouper {
  readonly t: Int32Array;
  readonly y: Int32Array;
  private readonly ctx: PivotContext;
  private readonly indicators: string[];
  /** The grouping columns (territorial keys and the year) of every row. */
  private readonly cols: Record<string, ArrayLike<KeyValue>>;
  /** The arquero table over the columns, built the first time a grouping needs it. */
  private tbl: ReturnType<typeof table> | undefined;
  private readonly refused = new Set<string>();
  /** One cell per table row and indicator, built once and shared by every grouping. */
  private readonly cells = new Map<string, PivotCell[]>();

  constructor(ctx: PivotContext, territories: number[], yearIdx: number[], dims: Dim[], indicators: string[]) {
    this.ctx = ctx;
    this.indicators = indicators;
    const { codes, level, years } = ctx.data;
    // A gmina created later is no member before it existed (its area is in another
    // gmina's figures): its earlier years are left out, not counted as "no data".
    const exists = (e: BuilderTerritory | undefined, yi: number) => e?.existsFrom === undefined || years[yi] >= e.existsFrom;
    let n = 0;
    for (const ti of territories) {
      const e = ctx.register.get(codes[ti]);
      for (const yi of yearIdx) if (exists(e, yi)) n++;
    }
    this.t = new Int32Array(n);
    this.y = new Int32Array(n);
    const cols: Record<string, ArrayLike<KeyValue>> = {};
    const territorial = dims.filter(isTerritorialDim);
    const keyCols = territorial.map(() => new Array<string>(n));
    let r = 0;
    for (const ti of territories) {
      const code = codes[ti];
      const e = ctx.register.get(code);
      const keys = territorial.map((d) => territoryKey(d, code, e, level, ctx.register));
      for (const yi of yearIdx) {
        if (!exists(e, yi)) continue;
        this.t[r] = ti;
        this.y[r] = yi;
        for (let k = 0; k < keys.length; k++) keyCols[k][r] = keys[k];
        r++;
      }
    }
    territorial.forEach((d, k) => (cols[d] = keyCols[k]));
    cols.year = Int32Array.from(this.y, (yi) => ctx.data.years[yi]);
    this.cols = cols;
  }

  private table(): ReturnType<typeof table> {
    return (this.tbl ??= table(this.cols as Record<string, ArrayLike<unknown>>));
  }

  /** The cells of one indicator for every row of the table. */
  private cellsOf(id: string): PivotCell[] {
    let out = this.cells.get(id);
    if (!out) {
      const all = levelCells(this.ctx.data, id);
      const n = this.ctx.data.codes.length;
      const { t, y } = this;
      out = new Array(t.length);
      for (let r = 0; r < t.length; r++) out[r] = all[y[r] * n + t[r]];
      this.cells.set(id, out);
    }
    return out;
  }

  refusedIndicators(): string[] {
    return this.indicators.filter((i) => this.refused.has(i));
  }

  /**
   * Aggregates every group of the given dimensions (a subset of the placed ones, never
   * the indicator) for every indicator: each group's key values (as splitKey would read them
   * back from its key) and its cells, one per indicator in the pivot's order. Every group
   * comes once: arquero's partitions are distinct, and so are the rows of the long table.
   */
  aggregateBy(groupDims: Dim[]): Grouped {
    const keys: KeyValue[][] = [];
    const cells: PivotCell[][] = [];
    // With the territory and the year among the fields, every row of the long table (one per
    // territory and year) is a group of its own: no grouping to do, which in a gmina table
    // saves building 25 000 one-row partitions (and the arquero table itself).
    const eachRow = groupDims.includes('territory') && groupDims.includes('year');
    const parts = eachRow
      ? null
      : ((groupDims.length ? this.table().groupby(...groupDims) : this.table()).partitions(false) as ArrayLike<number>[]);
    const columns = groupDims.map((d) => this.cols[d]);
    const isYear = groupDims.map((d) => d === 'year');
    const single = this.indicators.map((id) => this.cellsOf(id));
    const count = parts ? parts.length : this.t.length;
    for (let p = 0; p < count; p++) {
      const rows = parts ? parts[p] : null;
      if (rows && !rows.length) continue;
      const first = rows ? rows[0] : p;
      keys.push(
        columns.map((c, i) => {
          const v = c[first];
          return isYear[i] ? Number(v) : v == null ? '' : String(v);
        }),
      );
      // Most groups of a territory table are one row: its cells as they are, nothing to gather.
      if (!rows || rows.length === 1) {
        cells.push(single.map((all) => all[first]));
        continue;
      }
      const memo = new Map<string, PivotCell[]>();
      const cellsFor = (id: string): PivotCell[] => {
        let got = memo.get(id);
        if (!got) {
          const all = this.cellsOf(id);
          got = new Array(rows.length);
          for (let i = 0; i < rows.length; i++) got[i] = all[rows[i]];
          memo.set(id, got);
        }
        return got;
      };
      cells.push(
        this.indicators.map((id) => {
          if (canAggregate(id, this.ctx.catalogue)) return toPivotCell(aggregate(id, this.ctx.catalogue, cellsFor), id);
          this.refused.add(id);
          return REFUSED(id);
        }),
      );
    }
    return { keys, cells };
  }
}

// ---------------------------------------------------------------- pivot

/** The groups of one grouping, in order: each one's key values, and its cells in the order of the pivot's indicators. */
interface Grouped {
  keys: KeyValue[][];
  cells: PivotCell[][];
}

/** The groups by group key, then by indicator (PivotResult.groups). */
function groupsByKey(grouped: Grouped, indicators: readonly string[]): Map<string, Map<string, PivotCell>> {
  const out = new Map<string, Map<string, PivotCell>>();
  grouped.keys.forEach((k, g) => out.set(keyString(k), new Map(indicators.map((id, i) => [id, grouped.cells[g][i]]))));
  return out;
}

/**
 * A lookup of key lists by their values, one Map level per position: finding a key costs a
 * Map lookup per position and allocates nothing, where joining each key into a string (as
 * the groups' keys are) would make one string per cell of the table. Values are compared as
 * keyString compares them: null is '' (years are numbers wherever they come from).
 */
class KeyTrie<T> {
  private readonly root = new Map<KeyValue, unknown>();
  private empty: T | undefined;
  private readonly depth: number;
  constructor(depth: number) {
    this.depth = depth;
  }

  /** Adds `value` under `key` unless the key is there already; whether it was new. */
  add(key: readonly KeyValue[], value: T): boolean {
    if (!this.depth) {
      if (this.empty !== undefined) return false;
      this.empty = value;
      return true;
    }
    let node = this.root;
    for (let i = 0; i < this.depth - 1; i++) {
      const v = key[i] ?? '';
      let next = node.get(v) as Map<KeyValue, unknown> | undefined;
      if (!next) node.set(v, (next = new Map()));
      node = next;
    }
    const last = key[this.depth - 1] ?? '';
    if (node.has(last)) return false;
    node.set(last, value);
    return true;
  }

  /** The value under `key`, if any. */
  find(key: readonly KeyValue[]): T | undefined {
    if (!this.depth) return this.empty;
    let node: unknown = this.root;
    for (let i = 0; i < this.depth && node; i++) node = (node as Map<KeyValue, unknown>).get(key[i] ?? '');
    return node as T | undefined;
  }
}

function distinct(keys: KeyValue[][]): KeyValue[][] {
  if (!keys.length) return keys;
  const seen = new KeyTrie<true>(keys[0].length);
  return keys.filter((k) => seen.add(k, true));
}

/** The distinct keys made of the values at `fields` of each key, in first-seen order (a new array only per distinct key). */
function distinctFields(keys: KeyValue[][], fields: number[]): KeyValue[][] {
  const seen = new KeyTrie<true>(fields.length);
  const probe: KeyValue[] = new Array(fields.length);
  const out: KeyValue[][] = [];
  for (const k of keys) {
    for (let i = 0; i < fields.length; i++) probe[i] = k[fields[i]];
    if (seen.add(probe, true)) out.push(probe.slice());
  }
  return out;
}

/**
 * The table for a state over loaded data: rows and columns in natural order, cells
 * aggregated by the shared rules, subtotal and total rows when asked for.
 */
export function pivot(s: BuilderState, ctx: PivotContext): PivotResult {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const { data } = ctx;
  const territories = filterTerritories(s, data.codes, ctx.register);
  const years = selectedYears(s, data.years);
  const yearIdx = years.map((y) => data.years.indexOf(y)).filter((i) => i >= 0);
  const placed = [...s.rows, ...s.cols];
  const groupDims: Dim[] = placed.filter((d) => d !== 'indicator');
  const indicators = s.indicators.filter((id) => data.values.has(id));
  const g = new Grouper(ctx, territories, yearIdx, groupDims, indicators);

  const indicatorAt = new Map(indicators.map((id, i) => [id, i]));
  const finestGroups = g.aggregateBy(groupDims);
  const parsed = finestGroups.keys;

  const keysFor = (dims: Dim[]): KeyValue[][] => {
    const fields = dims.filter((d) => d !== 'indicator').map((d) => groupDims.indexOf(d));
    let keys = distinctFields(parsed, fields);
    if (dims.includes('indicator')) {
      const at = dims.indexOf('indicator');
      keys = keys.flatMap((k) => indicators.map((id) => [...k.slice(0, at), id, ...k.slice(at)]));
    }
    if (!dims.length) keys = [[]];
    return keys.sort((a, b) => {
      for (let i = 0; i < dims.length; i++) {
        const c = compareKey(dims[i], a[i], b[i], indicators);
        if (c) return c;
      }
      return 0;
    });
  };

  const rowKeys = keysFor(s.rows);
  const colKeys = keysFor(s.cols);

  /**
   * The cells of a grouping: fills the group key from the row and column keys. Where each
   * field's value comes from is worked out once, not per cell (a gmina table has 75 000).
   */
  const lookupIn = (found: Grouped, dims: Dim[]) => {
    const from = dims.map((d) => {
      const ri = s.rows.indexOf(d);
      return ri >= 0 ? { row: true, at: ri } : { row: false, at: s.cols.indexOf(d) };
    });
    const index = new KeyTrie<PivotCell[]>(dims.length);
    found.keys.forEach((k, i) => index.add(k, found.cells[i]));
    const ri = s.rows.indexOf('indicator');
    const ci = s.cols.indexOf('indicator');
    const parts: KeyValue[] = new Array(from.length);
    return (rk: KeyValue[], ck: KeyValue[]): PivotCell => {
      const ind = (ri >= 0 ? rk[ri] : ck[ci]) as string;
      for (let i = 0; i < from.length; i++) parts[i] = from[i].row ? rk[from[i].at] : ck[from[i].at];
      const at = indicatorAt.get(ind);
      const cell = at === undefined ? undefined : index.find(parts)?.[at];
      return cell ?? { value: null, flags: 0, state: 'missing', ind };
    };
  };

  const rows: PivotRow[] = [];
  const hasTerritorialRows = s.rows.some(isTerritorialDim);
  const blockOf = new Map<string, number>();
  const finestCell = lookupIn(finestGroups, groupDims);
  for (const rk of rowKeys) {
    const b = keyString([rk[0]]);
    if (!blockOf.has(b)) blockOf.set(b, blockOf.size);
    rows.push({ kind: 'data', keys: rk, cells: colKeys.map((ck) => finestCell(rk, ck)), block: blockOf.get(b)! });
  }

  // Subtotals: per value of the first row dimension, over the territorial dimensions after it.
  const withSub: PivotRow[] = [];
  const innerTerritorial = s.rows.slice(1).some(isTerritorialDim);
  if (s.subtotals && s.rows.length > 1 && innerTerritorial) {
    const keepRowDims = s.rows.filter((d, i) => i === 0 || !isTerritorialDim(d));
    const subDims = [...keepRowDims, ...s.cols].filter((d) => d !== 'indicator');
    const subCell = lookupIn(g.aggregateBy(subDims), subDims);
    let i = 0;
    while (i < rows.length) {
      const block = rows[i].block;
      const members: PivotRow[] = [];
      while (i < rows.length && rows[i].block === block) members.push(rows[i++]);
      pushAll(withSub, members);
      const subKeys = distinct(members.map((r) => s.rows.map((d, k) => (k === 0 || !isTerritorialDim(d) ? r.keys[k] : null))));
      for (const sk of subKeys) withSub.push({ kind: 'subtotal', keys: sk, cells: colKeys.map((ck) => subCell(sk, ck)), block });
    }
  } else pushAll(withSub, rows);

  // Totals: over every territorial row dimension, one row per remaining (year, indicator) key.
  if (s.totals && hasTerritorialRows) {
    const keepRowDims = s.rows.filter((d) => !isTerritorialDim(d));
    const totDims = [...keepRowDims, ...s.cols].filter((d) => d !== 'indicator');
    const totCell = lookupIn(g.aggregateBy(totDims), totDims);
    const totKeys = distinct(rowKeys.map((rk) => s.rows.map((d, k) => (isTerritorialDim(d) ? null : rk[k]))));
    for (const tk of totKeys) withSub.push({ kind: 'total', keys: tk, cells: colKeys.map((ck) => totCell(tk, ck)), block: -1 });
  }

  let values = 0;
  let demo = 0;
  for (const r of withSub)
    for (const c of r.cells)
      if (c.state === 'value') {
        values++;
        if (c.flags & FLAG.demo) demo++;
      }

  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  let groups: Map<string, Map<string, PivotCell>> | undefined;
  return {
    rowDims: s.rows,
    colDims: s.cols,
    cols: colKeys,
    rows: withSub,
    refused: g.refusedIndicators(),
    territories: territories.length,
    years,
    // Built when first read (by the chart and a custom area's profile): a gmina
    // table has 25 000 groups, which the table itself never looks up by key.
    get groups() {
      return (groups ??= groupsByKey(finestGroups, indicators));
    },
    groupDims,
    demoShare: values ? demo / values : 0,
    ms: t1 - t0,
  };
}

// ---------------------------------------------------------------- sort

/**
 * Sorts data rows by a value column ("c<i>") or a row header ("r<i>", by label). Rows
 * with no value go last in either direction. With subtotals, rows are sorted within
 * their block and each block keeps its subtotal at its end; totals stay at the bottom.
 */
export function sortRows(
  result: PivotResult,
  sort: SortSpec | null,
  label: (dim: Dim, v: KeyValue) => string,
  collator: Intl.Collator,
): PivotRow[] {
  if (!sort) return result.rows;
  const dir = sort.dir === 'asc' ? 1 : -1;
  const idx = Number(sort.key.slice(1));
  let cmp: (a: PivotRow, b: PivotRow) => number;
  if (sort.key.startsWith('c')) {
    cmp = (a, b) => {
      const va = a.cells[idx]?.value ?? null;
      const vb = b.cells[idx]?.value ?? null;
      if (va === null && vb === null) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      return (va - vb) * dir;
    };
  } else {
    const dim = result.rowDims[idx];
    if (!dim) return result.rows;
    cmp = (a, b) => {
      const ka = a.keys[idx];
      const kb = b.keys[idx];
      if (dim === 'year' || dim === 'popClass' || dim === 'kind') return compareKey(dim, ka, kb, []) * dir || 0;
      return collator.compare(label(dim, ka), label(dim, kb)) * dir;
    };
  }
  const out: PivotRow[] = [];
  const totals = result.rows.filter((r) => r.kind === 'total');
  const body = result.rows.filter((r) => r.kind !== 'total');
  const hasSub = body.some((r) => r.kind === 'subtotal');
  if (!hasSub) return [...body.filter((r) => r.kind === 'data').sort(cmp), ...totals];
  let i = 0;
  while (i < body.length) {
    const block = body[i].block;
    const data: PivotRow[] = [];
    const subs: PivotRow[] = [];
    while (i < body.length && body[i].block === block) (body[i].kind === 'data' ? data : subs).push(body[i++]);
    pushAll(out, data.sort(cmp));
    pushAll(out, subs);
  }
  return [...out, ...totals];
}
