// Aggregates the built release into planning areas with the catalogue's own rules
// (src/core/aggregate.ts — the functions that make powiats out of gminas): sums add up,
// ratios are recomputed from the summed numerator and denominator, a confidential member
// makes the total confidential, a missing member makes it missing, and every member's
// flags (demo among them) travel into the total. Pure.
import { aggregate } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import type { Series, TerritoryRef } from '#core/data-types.ts';
import type { Territory } from '#core/territory.ts';
import { AREA_TYPES, type AreaFile, type AreaType } from '#features/areas/area-types.ts';
import { publishedValue, type BuildResult } from '../build-release.ts';
import { existedIn, firstYears } from '../created-gminas.ts';
import { KEY_INDICATORS, seriesOf } from '../emit.ts';
import type { AreaDefinition } from './definitions.ts';

/** cells[indicator][yearIndex][areaIndex], like a level table of the build. */
export interface AreaTable {
  type: AreaType;
  ids: string[];
  cells: Record<string, (Cell | undefined)[][]>;
}

/**
 * One table per area type: for every indicator that exists at the members' level, each
 * year's value of each area from its members' cells. A gmina created later is not a member
 * in the years before it existed (its area was counted in the gmina it was carved from).
 * Every cell of an area whose definition is a demonstration carries the demo flag.
 */
export function aggregateAreas(
  type: AreaType,
  areas: readonly AreaDefinition[],
  build: BuildResult,
  catalogue: readonly Indicator[],
): AreaTable {
  const level = AREA_TYPES[type].memberLevel;
  const table = build.levels[level];
  const index = new Map(table.codes.map((c, i) => [c, i]));
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const first = firstYears(build.created ?? []);
  const out: AreaTable = { type, ids: areas.map((a) => a.id), cells: {} };
  for (const ind of catalogue) {
    if (!ind.levels.includes(level) || !table.cells[ind.id]) continue;
    out.cells[ind.id] = build.years.map((year, yi) =>
      areas.map((a) => {
        const members = a.members.filter((m) => existedIn(first, m, year)).map((m) => index.get(m)!);
        const cell = aggregate(ind.id, byId, (id) => members.map((ti) => table.cells[id]?.[yi][ti]));
        // A demonstration grouping makes every figure of the area a demonstration figure,
        // whatever its members' own status: the total describes no official area.
        return cell && a.status === 'demo' ? { ...cell, flags: cell.flags | FLAG.demo } : cell;
      }),
    );
  }
  return out;
}

function ref(t: Territory): TerritoryRef {
  return { code: t.code, level: t.level, name: t.name, displayName: t.displayName, slug: t.slug };
}

const valuesOnly = (s: Series): Series => (s.f ? { v: s.v, f: s.f } : { v: s.v });
const anyDemoFlag = (rec: Record<string, Series> | undefined) =>
  Object.values(rec ?? {}).some((s) => s.f?.some((f) => (f & FLAG.demo) !== 0));

/** The file of one area (index ai of its table): its series, its voivodeship's and the country's, and its members. */
export function buildAreaFile(
  area: AreaDefinition,
  ai: number,
  ctx: { release: string; build: BuildResult; table: AreaTable; catalogue: readonly Indicator[]; register: ReadonlyMap<string, Territory> },
): AreaFile {
  const { build, table, catalogue, register } = ctx;
  const level = AREA_TYPES[area.type].memberLevel;
  const series: Record<string, Series> = {};
  for (const ind of catalogue) {
    const s = table.cells[ind.id] && seriesOf({ level, codes: table.ids, cells: table.cells }, ind, ai);
    if (s) series[ind.id] = s;
  }
  const territorySeries = (code: string, valuesOnlyToo = true): Record<string, Series> => {
    const lt = build.levels[register.get(code)!.level];
    const ti = lt.codes.indexOf(code);
    const rec: Record<string, Series> = {};
    for (const ind of catalogue) {
      const s = seriesOf(lt, ind, ti);
      if (s) rec[ind.id] = valuesOnlyToo ? valuesOnly(s) : s;
    }
    return rec;
  };
  const voivodeships = [...new Set(area.members.map((m) => m.slice(0, 2)))];
  const parents = [ref(register.get('PL')!)];
  if (voivodeships.length === 1) parents.push(ref(register.get(voivodeships[0])!));
  const file: AreaFile = {
    release: ctx.release,
    years: build.years,
    area: {
      type: area.type,
      id: area.id,
      name: area.name,
      slug: area.slug,
      status: area.status,
      memberLevel: level,
      definition: area.file,
    },
    parents,
    series,
    members: area.members.map((m) => {
      const rec = territorySeries(m, false);
      const key: Record<string, number | null> = {};
      for (const id of KEY_INDICATORS) key[id] = rec[id]?.v.findLast((v) => v !== null) ?? null;
      return { ...ref(register.get(m)!), key };
    }),
    hasDemo: area.status === 'demo',
  };
  if (parents.length > 1) {
    file.parentSeries = territorySeries(parents[1].code);
    file.countrySeries = territorySeries('PL');
  } else file.parentSeries = territorySeries('PL');
  file.hasDemo ||= anyDemoFlag(file.series) || anyDemoFlag(file.parentSeries) || anyDemoFlag(file.countrySeries);
  return file;
}

/** The area table in the shape of a level file (level/<level>.json): published values and flags. */
export function areaLevelFile(release: string, build: BuildResult, table: AreaTable, catalogue: readonly Indicator[]) {
  const values: Record<string, (number | null)[][]> = {};
  const flags: Record<string, number[][]> = {};
  for (const ind of catalogue) {
    const grid = table.cells[ind.id];
    if (!grid) continue;
    values[ind.id] = grid.map((row) => row.map((c) => publishedValue(c, ind)));
    flags[ind.id] = grid.map((row) => row.map((c) => c?.flags ?? 0));
  }
  return { release, type: table.type, years: build.years, ids: table.ids, values, flags };
}
