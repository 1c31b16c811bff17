// Shapes the built tables into the JSON files the site ships (types in
// src/core/data-types.ts). Pure: the caller writes the files.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import type { LevelFile, RankInfo, RegisterEntry, Series, TerritoryFile, TerritoryRef } from '#core/data-types.ts';
import { rankValues } from '#core/rank.ts';
import { LEVELS, type Level, type Territory } from '#core/territory.ts';
import { publishedValue, type BuildResult, type LevelTable } from './build-release.ts';
import { firstYears } from './created-gminas.ts';

/** Indicators shown next to each child territory in a parent's list. */
export const KEY_INDICATORS = ['POP', 'SPS_KRS', 'PS_ACT', 'REINT'];

/** GUS size classes for gminas; wider ones above, so similar areas are comparable. */
export function popClass(level: Level, pop: number | null): string | undefined {
  if (pop === null) return undefined;
  const bounds =
    level === 'gmina'
      ? [5000, 10000, 20000, 50000, 100000]
      : level === 'powiat'
        ? [50000, 100000, 200000, 500000]
        : [1500000, 2500000, 4000000];
  const i = bounds.findIndex((b) => pop < b);
  const lo = i <= 0 ? 0 : bounds[i - 1];
  return i === -1 ? `${bounds.at(-1)}+` : `${lo}-${bounds[i]}`;
}

export function seriesOf(table: LevelTable, ind: Indicator, ti: number): Series | undefined {
  const grid = table.cells[ind.id];
  if (!grid) return undefined;
  const cells = grid.map((row) => row[ti]);
  if (cells.every((c) => !c)) return undefined;
  const v = cells.map((c) => publishedValue(c, ind));
  const f = cells.map((c) => c?.flags ?? 0);
  const s = cells.map((c) => c?.source ?? null);
  const series: Series = { v };
  if (f.some((x) => x !== 0)) series.f = f;
  const present = s.filter((x) => x !== null);
  if (present.length) series.s = present.every((x) => x === present[0]) ? present[0]! : s;
  return series;
}

function ref(t: Territory): TerritoryRef {
  return { code: t.code, level: t.level, name: t.name, displayName: t.displayName, slug: t.slug };
}

function latestYearIndex(grid: (Cell | undefined)[][]): number {
  for (let yi = grid.length - 1; yi >= 0; yi--) if (grid[yi].some((c) => c && c.value !== null)) return yi;
  return -1;
}

/** Ranks of every territory for each indicator's latest year with data at that level. */
export function computeRanks(build: BuildResult, register: Territory[], catalogue: Indicator[]): Map<string, Record<string, RankInfo>> {
  const out = new Map<string, Record<string, RankInfo>>(register.map((t) => [t.code, {}]));
  const byCode = new Map(register.map((t) => [t.code, t]));
  for (const level of LEVELS) {
    if (level === 'country') continue;
    const table = build.levels[level];
    for (const ind of catalogue) {
      const grid = table.cells[ind.id];
      if (!grid) continue;
      const yi = latestYearIndex(grid);
      if (yi < 0) continue;
      const values = grid[yi].map((c) => publishedValue(c, ind));
      const inLevel = rankValues(values);
      const byParent = new Map<string, number[]>();
      table.codes.forEach((code, ti) => {
        const p = byCode.get(code)!.parents.at(-1)!;
        byParent.set(p, [...(byParent.get(p) ?? []), ti]);
      });
      const inParent = new Array<{ rank: number; of: number } | null>(values.length).fill(null);
      if (level !== 'voivodeship')
        for (const members of byParent.values()) {
          const r = rankValues(members.map((ti) => values[ti]));
          members.forEach((ti, k) => (inParent[ti] = r[k] && { rank: r[k]!.rank, of: r[k]!.of }));
        }
      table.codes.forEach((code, ti) => {
        const r = inLevel[ti];
        if (!r) return;
        const info: RankInfo = { year: build.years[yi], level: r };
        if (inParent[ti]) info.parent = inParent[ti]!;
        out.get(code)![ind.id] = info;
      });
    }
  }
  return out;
}

/** Same level and kind (and population class below the voivodeship), nearest in population. */
export function similarTerritories(register: RegisterEntry[], population: Map<string, number>, count = 5): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const groupKey = (t: RegisterEntry) =>
    t.level === 'voivodeship' ? 'voivodeship' : `${t.level}|${t.kind ?? ''}|${t.cityWithPowiatRights ? 'city' : ''}|${t.popClass ?? ''}`;
  const groups = new Map<string, RegisterEntry[]>();
  for (const t of register) {
    if (t.level === 'country') continue;
    const k = groupKey(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  for (const t of register) {
    if (t.level === 'country') continue;
    const own = population.get(t.code);
    if (own === undefined) {
      out.set(t.code, []);
      continue;
    }
    const peers = groups
      .get(groupKey(t))!
      .filter((p) => p.code !== t.code && population.has(p.code))
      .map((p) => ({ code: p.code, d: Math.abs(Math.log(population.get(p.code)! / own)) }))
      .sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
      .slice(0, count)
      .map((p) => p.code);
    out.set(t.code, peers);
  }
  return out;
}

export function buildRegisterEntries(register: Territory[], build: BuildResult, pop: Indicator): RegisterEntry[] {
  return register.map((t) => {
    const table = build.levels[t.level];
    const grid = table.cells[pop.id];
    const ti = table.codes.indexOf(t.code);
    let latest: number | null = null;
    if (grid) for (let yi = grid.length - 1; yi >= 0 && latest === null; yi--) latest = publishedValue(grid[yi][ti], pop);
    const e: RegisterEntry = { ...ref(t), parents: t.parents };
    if (t.kind) e.kind = t.kind;
    if (t.cityWithPowiatRights) e.cityWithPowiatRights = true;
    const c = popClass(t.level, latest);
    if (c && t.level !== 'country') e.popClass = c;
    const created = build.created?.find((g) => g.code === t.code);
    if (created) e.existsFrom = firstYears([created]).get(t.code)!;
    return e;
  });
}

export function latestPopulation(build: BuildResult, pop: Indicator): Map<string, number> {
  const m = new Map<string, number>();
  for (const level of LEVELS) {
    const table = build.levels[level];
    const grid = table.cells[pop.id];
    if (!grid) continue;
    table.codes.forEach((code, ti) => {
      for (let yi = grid.length - 1; yi >= 0; yi--) {
        const v = publishedValue(grid[yi][ti], pop);
        if (v !== null) {
          m.set(code, v);
          break;
        }
      }
    });
  }
  return m;
}

function valuesOnly(series: Series | undefined): Series | undefined {
  if (!series) return undefined;
  const s: Series = { v: series.v };
  if (series.f) s.f = series.f;
  return s;
}

export function buildTerritoryFile(
  t: RegisterEntry,
  ctx: {
    release: string;
    build: BuildResult;
    catalogue: Indicator[];
    byCode: Map<string, RegisterEntry>;
    childrenOf: Map<string, RegisterEntry[]>;
    ranks: Map<string, Record<string, RankInfo>>;
    similar: Map<string, string[]>;
  },
): TerritoryFile {
  const { build, catalogue, byCode } = ctx;
  const seriesFor = (code: string): Record<string, Series> => {
    const e = byCode.get(code)!;
    const table = build.levels[e.level];
    const ti = table.codes.indexOf(code);
    const out: Record<string, Series> = {};
    for (const ind of catalogue) {
      const s = seriesOf(table, ind, ti);
      if (s) out[ind.id] = s;
    }
    return out;
  };
  const series = seriesFor(t.code);
  const parentCode = t.parents.at(-1);
  const strip = (rec: Record<string, Series>) => Object.fromEntries(Object.entries(rec).map(([k, s]) => [k, valuesOnly(s)!]));
  const file: TerritoryFile = {
    release: ctx.release,
    years: build.years,
    territory: {
      ...refOf(t),
      ...(t.kind && { kind: t.kind }),
      ...(t.cityWithPowiatRights && { cityWithPowiatRights: true }),
      ...(t.popClass && { popClass: t.popClass }),
    },
    parents: t.parents.map((p) => refOf(byCode.get(p)!)),
    series,
    ranks: ctx.ranks.get(t.code) ?? {},
    children: (ctx.childrenOf.get(t.code) ?? []).map((c) => {
      const cs = seriesFor(c.code);
      const key: Record<string, number | null> = {};
      for (const id of KEY_INDICATORS) key[id] = cs[id]?.v.findLast((v) => v !== null) ?? null;
      return { ...refOf(c), key };
    }),
    similar: (ctx.similar.get(t.code) ?? []).map((c) => refOf(byCode.get(c)!)),
    hasDemo: false,
  };
  const created = build.created?.find((c) => c.code === t.code);
  const countedIn = created && byCode.get(created.carvedFrom);
  if (created && countedIn)
    file.createdLater = { year: Number(created.createdOn.slice(0, 4)), createdOn: created.createdOn, countedIn: refOf(countedIn) };
  if (parentCode) file.parentSeries = strip(seriesFor(parentCode));
  if (t.level !== 'country' && parentCode !== 'PL') file.countrySeries = strip(seriesFor('PL'));
  const anyDemo = (rec: Record<string, Series> | undefined) =>
    Object.values(rec ?? {}).some((s) => s.f?.some((f) => (f & FLAG.demo) !== 0));
  file.hasDemo = anyDemo(file.series) || anyDemo(file.parentSeries) || anyDemo(file.countrySeries);
  return file;
}

function refOf(e: RegisterEntry): TerritoryRef {
  return { code: e.code, level: e.level, name: e.name, displayName: e.displayName, slug: e.slug };
}

export function buildLevelFile(release: string, build: BuildResult, level: Level, indicators: Indicator[]): LevelFile {
  const table = build.levels[level];
  const values: LevelFile['values'] = {};
  const flags: LevelFile['flags'] = {};
  for (const ind of indicators) {
    const grid = table.cells[ind.id];
    if (!grid) continue;
    values[ind.id] = grid.map((row) => table.codes.map((_, ti) => publishedValue(row[ti], ind)));
    flags[ind.id] = grid.map((row) => table.codes.map((_, ti) => row[ti]?.flags ?? 0));
  }
  return { release, level, years: build.years, codes: table.codes, values, flags };
}

/** Share of cells with a value (or suppressed) that are demo, per indicator and level. */
export function demoShare(build: BuildResult): Record<string, Partial<Record<Level, number>>> {
  const out: Record<string, Partial<Record<Level, number>>> = {};
  for (const level of LEVELS) {
    for (const [id, grid] of Object.entries(build.levels[level].cells)) {
      let present = 0;
      let demo = 0;
      for (const row of grid)
        for (const c of row) {
          if (!c) continue;
          present++;
          if (c.flags & FLAG.demo) demo++;
        }
      if (present) (out[id] ??= {})[level] = Math.round((demo / present) * 1000) / 1000;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
