// Planning areas in the pipeline: read every definition (NUTS from the real source table,
// OWES and LAG from data/areas/, a real file winning over the shipped demo one), aggregate
// the built release into them and write one JSON per area, one table per area type, an
// index and one wide CSV per type.
import fs from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Indicator } from '#core/catalogue.ts';
import type { RegisterEntry } from '#core/data-types.ts';
import { pushAll } from '#core/arrays.ts';
import { toCsv } from '#core/csv.ts';
import type { Territory } from '#core/territory.ts';
import { DATA_FILE } from '#core/urls.ts';
import { AREA_TYPE_ORDER, AREA_TYPES, type AreaIndexFile, type AreaType } from '#features/areas/area-types.ts';
import type { BuildResult } from '../build-release.ts';
import { BOM, valueColumns, valueFieldsOf } from '../downloads.ts';
import { InputError, type InputProblem } from '../source-row.ts';
import { aggregateAreas, areaLevelFile, buildAreaFile, type AreaTable } from './aggregate-areas.ts';
import { areaIndicatorFile, areaMapNames, areaOverview } from './area-map-files.ts';
import { readDefinitionCsv, readNutsCsv, type AreaDefinition } from './definitions.ts';

export const NUTS_FILE = 'data/sources/regions/powiat_nuts3_2021.csv';
export const AREAS_DIR = 'data/areas';

export interface AreaDefinitions {
  byType: Record<AreaType, AreaDefinition[]>;
  /** The file each type was read from. */
  files: Record<AreaType, string>;
}

/** `<dir>/<type>.csv` when a real definition was dropped in, else the shipped `<type>.demo.csv`. */
export function definitionFile(dir: string, type: 'owes' | 'lgd'): string {
  const real = path.join(dir, `${type}.csv`);
  return fs.existsSync(real) ? real : path.join(dir, `${type}.demo.csv`);
}

/** Reads and validates every definition; stops with every problem at once (InputError). */
export function readAreaDefinitions(register: readonly Territory[], dir = AREAS_DIR, nutsFile = NUTS_FILE): AreaDefinitions {
  const territories = new Map(register.map((t) => [t.code, t]));
  const problems: InputProblem[] = [];
  const nuts = readNutsCsv(nutsFile, fs.readFileSync(nutsFile, 'utf8'), territories);
  pushAll(problems, nuts.problems);
  const byType = { nuts2: [], nuts3: [], owes: [], lgd: [] } as Record<AreaType, AreaDefinition[]>;
  for (const a of nuts.areas) byType[a.type].push(a);
  const files = { nuts2: nutsFile, nuts3: nutsFile } as Record<AreaType, string>;
  for (const type of ['owes', 'lgd'] as const) {
    const file = definitionFile(dir, type);
    files[type] = file;
    const read = readDefinitionCsv(file, fs.readFileSync(file, 'utf8'), type, territories);
    pushAll(problems, read.problems);
    byType[type] = read.areas;
  }
  if (problems.length) throw new InputError(problems);
  return { byType, files };
}

/** One row per area and year; per indicator the value, its status word (demo where demo) and its flags. */
export function areaCsv(
  type: AreaType,
  areas: readonly AreaDefinition[],
  table: AreaTable,
  build: BuildResult,
  catalogue: readonly Indicator[],
): string {
  const inds = catalogue.filter((i) => table.cells[i.id]);
  const header = ['area_type', 'area_id', 'area_name', 'definition_status', 'year', ...inds.flatMap((i) => valueColumns(i.id))];
  const rows: (string | number | null)[][] = [];
  areas.forEach((a, ai) =>
    build.years.forEach((year, yi) =>
      rows.push([type, a.id, a.name, a.status, year, ...inds.flatMap((ind) => valueFieldsOf(table.cells[ind.id][yi][ai], ind))]),
    ),
  );
  return BOM + toCsv(header, rows);
}

/** Writes the release's area files through the pipeline's writer; returns the indicators of each type's CSV. */
export function emitAreas(
  defs: AreaDefinitions,
  ctx: {
    release: string;
    build: BuildResult;
    catalogue: readonly Indicator[];
    register: readonly Territory[];
    /** The member levels' boundaries (longitude/latitude), merged into the areas' map shapes. */
    topologies: Record<'powiat' | 'gmina', Topology>;
  },
  write: (rel: string, data: unknown) => void,
  writeText: (rel: string, text: string) => void,
): Record<AreaType, Indicator[]> {
  const register = new Map(ctx.register.map((t) => [t.code, t]));
  const index: AreaIndexFile = { release: ctx.release, types: [] };
  const indicatorsOf = {} as Record<AreaType, Indicator[]>;
  for (const type of AREA_TYPE_ORDER) {
    const areas = defs.byType[type];
    const table = aggregateAreas(type, areas, ctx.build, ctx.catalogue);
    areas.forEach((a, ai) => write(DATA_FILE.area(type, a.id), buildAreaFile(a, ai, { ...ctx, table, register })));
    const levelFile = areaLevelFile(ctx.release, ctx.build, table, ctx.catalogue);
    write(DATA_FILE.areaTable(type), levelFile);
    indicatorsOf[type] = ctx.catalogue.filter((i) => levelFile.values[i.id]);
    const indicators = indicatorsOf[type].map((i) => i.id);
    const memberLevel = AREA_TYPES[type].memberLevel;
    write(DATA_FILE.areaOverview(type), areaOverview(ctx.topologies[memberLevel], memberLevel, type, areas));
    write(DATA_FILE.areaNames(type), areaMapNames(type, areas));
    for (const ind of indicators) write(DATA_FILE.areaIndicator(type, ind), areaIndicatorFile(levelFile, type, { id: ind }));
    writeText(DATA_FILE.areaCsv(type), areaCsv(type, areas, table, ctx.build, ctx.catalogue));
    index.types.push({
      type,
      memberLevel,
      indicators,
      status: areas.some((a) => a.status === 'demo') ? 'demo' : 'real',
      definition: defs.files[type],
      areas: areas.map((a) => ({
        type,
        id: a.id,
        name: a.name,
        slug: a.slug,
        status: a.status,
        members: a.members,
        voivodeships: [...new Set(a.members.map((m) => m.slice(0, 2)))],
      })),
    });
  }
  write(DATA_FILE.areasIndex, index);
  return indicatorsOf;
}

/** The label an area has as a grouping of the table builder: NUTS regions with their code. */
export const areaLabel = (a: Pick<AreaDefinition, 'type' | 'id' | 'name'>): string =>
  a.type === 'nuts2' || a.type === 'nuts3' ? `${a.id.toUpperCase()} ${a.name}` : a.name;

/**
 * Writes into the register entries the planning areas each unit lies in, so the table
 * builder can group rows by them with the register it already loads: a powiat gets its
 * NUTS 2, NUTS 3 and OWES area, a gmina its LAG area (its other areas are its powiat's).
 */
export function addAreaMemberships(entries: RegisterEntry[], defs: AreaDefinitions): void {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  for (const type of AREA_TYPE_ORDER)
    for (const a of defs.byType[type])
      for (const m of a.members) {
        const e = byCode.get(m);
        if (e) e.areas = { ...e.areas, [type]: areaLabel(a) };
      }
}
