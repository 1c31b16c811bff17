// What every part of the demo generator needs to know: the register as a tree, the
// real rows as an index, the values known so far (real or already generated, at any
// level), and the rows produced.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import { COUNTRY_CODE, type Territory } from '#core/territory.ts';
import type { SourceRow } from '#scripts/pipeline/source-row.ts';
import { existedIn, type FirstYears } from '#scripts/pipeline/created-gminas.ts';

type ByYear = Map<number, Map<string, number | null>>;

/** indicator → year → code → value; null is a suppressed real value. */
export class ValueTable {
  #data = new Map<string, ByYear>();
  get(id: string, code: string, year: number): number | null | undefined {
    return this.#data.get(id)?.get(year)?.get(code);
  }
  has(id: string, code: string, year: number): boolean {
    return this.#data.get(id)?.get(year)?.has(code) ?? false;
  }
  set(id: string, code: string, year: number, value: number | null): void {
    let byYear = this.#data.get(id);
    if (!byYear) this.#data.set(id, (byYear = new Map()));
    let byCode = byYear.get(year);
    if (!byCode) byYear.set(year, (byCode = new Map()));
    byCode.set(code, value);
  }
  /** All (code, year, value) of one indicator. */
  *entries(id: string): Generator<{ code: string; year: number; value: number | null }> {
    for (const [year, byCode] of this.#data.get(id) ?? []) for (const [code, value] of byCode) yield { code, year, value };
  }
  years(id: string): number[] {
    return [...(this.#data.get(id)?.keys() ?? [])].sort((a, b) => a - b);
  }
}

export interface DemoContext {
  seed: string;
  years: number[];
  catalogue: Map<string, Indicator>;
  /** Gminas sorted by code; everything per gmina is indexed by position in this list. */
  gminas: Territory[];
  gminaIndex: Map<string, number>;
  voivodeships: string[];
  /** Gmina positions under any code (country, voivodeship, powiat, gmina). */
  gminasUnder: Map<string, number[]>;
  /** Powiats of each voivodeship. */
  powiatsOf: Map<string, string[]>;
  /** Real rows only. */
  real: ValueTable;
  /** The real row behind each real value (indicator|code|year), for messages that name file and line. */
  realRows: Map<string, SourceRow>;
  /** Gminas created after the first release year: no value of theirs before this year. */
  firstYear: FirstYears;
  /** Targets that are not real but must be met like real ones (e.g. components scaled to a real total). */
  derived: ValueTable;
  /** Real and generated values; what later indicators build on. */
  known: ValueTable;
  out: SourceRow[];
}

export function createContext(
  register: Territory[],
  catalogue: Indicator[],
  real: SourceRow[],
  years: number[],
  seed: string,
  firstYear: FirstYears = new Map(),
): DemoContext {
  const gminas = register.filter((t) => t.level === 'gmina').sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const gminaIndex = new Map(gminas.map((g, i) => [g.code, i]));
  const voivodeships = register
    .filter((t) => t.level === 'voivodeship')
    .map((t) => t.code)
    .sort();
  const gminasUnder = new Map<string, number[]>();
  const add = (code: string, i: number) => {
    const list = gminasUnder.get(code);
    if (list) list.push(i);
    else gminasUnder.set(code, [i]);
  };
  gminas.forEach((g, i) => {
    add(COUNTRY_CODE, i);
    for (const p of g.parents) if (p !== COUNTRY_CODE) add(p, i);
    add(g.code, i);
  });
  const powiatsOf = new Map<string, string[]>(voivodeships.map((v) => [v, []]));
  for (const t of register) if (t.level === 'powiat') powiatsOf.get(t.parents.at(-1)!)?.push(t.code);
  for (const list of powiatsOf.values()) list.sort();

  const realTable = new ValueTable();
  const known = new ValueTable();
  const realRows = new Map<string, SourceRow>();
  for (const r of real) {
    realRows.set(rowKey(r.indicator, r.code, r.year), r);
    realTable.set(r.indicator, r.code, r.year, r.value);
    known.set(r.indicator, r.code, r.year, r.value);
  }
  return {
    seed,
    years: [...years].sort((a, b) => a - b),
    catalogue: new Map(catalogue.map((i) => [i.id, i])),
    gminas,
    gminaIndex,
    voivodeships,
    gminasUnder,
    powiatsOf,
    real: realTable,
    realRows,
    firstYear,
    derived: new ValueTable(),
    known,
    out: [],
  };
}

export const rowKey = (id: string, code: string, year: number): string => `${id}|${code}|${year}`;

/** Whether a gmina (position in ctx.gminas) existed in a year; one created later has no values before. */
export const gminaExisted = (ctx: DemoContext, gmina: number, year: number): boolean =>
  existedIn(ctx.firstYear, ctx.gminas[gmina].code, year);

/** A real or derived target for (indicator, code, year), in catalogue units. */
export function fixedValue(ctx: DemoContext, id: string, code: string, year: number): number | null | undefined {
  return ctx.real.has(id, code, year) ? ctx.real.get(id, code, year) : ctx.derived.get(id, code, year);
}

/** Records a generated value and emits its row, unless a real row holds that cell. */
export function emit(ctx: DemoContext, id: string, code: string, year: number, value: number | null): void {
  if (ctx.real.has(id, code, year) || !existedIn(ctx.firstYear, code, year)) return;
  const ind = ctx.catalogue.get(id)!;
  ctx.known.set(id, code, year, value);
  ctx.out.push({
    code,
    year,
    indicator: id,
    value,
    unit: ind.unit,
    flags: value === null ? FLAG.demo | FLAG.suppressed : FLAG.demo,
    source: 'demo',
    file: 'demo-generator',
    line: 0,
  });
}

/** Sum of known gmina values under a code, or undefined when any is missing. */
export function sumUnder(ctx: DemoContext, id: string, code: string, year: number): number | undefined {
  const direct = ctx.known.get(id, code, year);
  if (direct !== undefined && direct !== null) return direct;
  let s = 0;
  for (const i of ctx.gminasUnder.get(code) ?? []) {
    if (!gminaExisted(ctx, i, year)) continue;
    const v = ctx.known.get(id, ctx.gminas[i].code, year);
    if (v === undefined || v === null) return undefined;
    s += v;
  }
  return s;
}
