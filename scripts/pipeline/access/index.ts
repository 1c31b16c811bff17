// The access indicators in the pipeline, after the entity directory is built:
//
//   const access = buildAccess({ index: buildIndex(entities, id), offices, gminaCodes, anchor: placer.anchor });
//   addAccessCells(build, access, catalogue, register);   // ACC_* cells at every level
//   out.write(DATA_FILE.accessWhiteSpots, whiteSpotsFile(...)); out.writeText(DATA_FILE.accessCsv, accessCsv(...));
//
// Reference point of a gmina: the entity placer's anchor — its centroid (d3-geo) when that
// lies inside the gmina, else the interior grid point farthest from its boundary — so a
// gmina's point is where its own approximate entities start. Rounded to 4 decimals (~11 m)
// and published, so anyone can recompute the distances.
//
// Only the release's latest year has values: the register describes 31 December of that
// year and carries no history of the reintegration units.
//
// Levels above the gmina: the population-weighted mean (POP of the same year) over the
// gminas of the area, i.e. the distance or count "an average resident" has; it is the
// catalogue's `weighted-mean` rule with weight POP, so the builder groups the same way.
import { weightedMeanCells } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, type Cell } from '#core/cells.ts';
import { toCsv } from '#core/csv.ts';
import type { Level, Territory } from '#core/territory.ts';
import {
  ACCESS_KINDS,
  ACCESS_RADII,
  CATALOGUE_RADIUS,
  accessIndicatorIds,
  type AccessKind,
  type WhiteSpotsFile,
} from '#features/access/access-kinds.ts';
import type { EntityIndex } from '#features/directory/entity-files.ts';
import type { BuildResult } from '#scripts/pipeline/build-release.ts';
import { computeAccess, unitsFromIndex, type AccessTable } from './compute.ts';
import { officeUnits, type OwesOffice } from './owes-offices.ts';

/** Source id of a value computed from the real register (data/sources.yaml); demo values cite `demo`. */
export const REGISTER_SOURCE = 'pes-register';

export interface AccessResult {
  year: number;
  mode: 'demo' | 'real';
  codes: string[];
  /** [lat, lon], 4 decimals. */
  points: [number, number][];
  table: AccessTable;
  /** The OWES offices measured to, published beside the table. */
  offices: readonly OwesOffice[];
  seconds: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** A gmina's published reference point, [lat, lon] to 4 decimals, from its anchor [lon, lat]. */
export const referencePoint = ([lon, lat]: [number, number]): [number, number] => [round(lat, 4), round(lon, 4)];

export function buildAccess(input: {
  index: EntityIndex;
  /** OWES offices (owes-offices.ts): not in the entity register. */
  offices: readonly OwesOffice[];
  gminaCodes: string[];
  /** [lon, lat] of a gmina's reference point. */
  anchor: (code: string) => [number, number];
}): AccessResult {
  const t0 = performance.now();
  const points = input.gminaCodes.map((c) => referencePoint(input.anchor(c)));
  const table = computeAccess(points, { ...unitsFromIndex(input.index), owes: officeUnits(input.offices) });
  return {
    year: input.index.year,
    mode: input.index.mode,
    codes: input.gminaCodes,
    points,
    table,
    offices: input.offices,
    seconds: (performance.now() - t0) / 1000,
  };
}

const cellOf = (value: number, demo: boolean): Cell => ({ value, flags: demo ? FLAG.demo : 0, source: demo ? 'demo' : REGISTER_SOURCE });

/**
 * Writes the ACC_* cells of the access year into the build: gminas from the table, the
 * other levels as POP-weighted means over their gminas. Indicators not in the catalogue
 * are skipped, so a reduced catalogue (tests) still builds.
 */
export function addAccessCells(build: BuildResult, access: AccessResult, catalogue: Indicator[], register: Territory[]): void {
  const yi = build.years.indexOf(access.year);
  if (yi < 0) return;
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const gminas = build.levels.gmina;
  const row = new Map(access.codes.map((c, i) => [c, i]));
  const pop = gminas.cells.POP?.[yi] ?? [];
  const parentsOf = new Map(register.map((t) => [t.code, t.parents]));
  // Every area above the gmina, with the indexes of its gminas in the table (a gmina
  // created after the access year is not one: its area is in the gmina it came from).
  const membersOf = new Map<string, number[]>();
  gminas.codes.forEach((code, gi) => {
    if (!row.has(code)) return;
    for (const p of parentsOf.get(code) ?? []) {
      const list = membersOf.get(p);
      if (list) list.push(gi);
      else membersOf.set(p, [gi]);
    }
  });
  for (const kind of ACCESS_KINDS) {
    const k = access.table[kind];
    const ids = accessIndicatorIds(kind);
    const values: Record<string, (number | null)[]> = {
      [ids.distance]: k.distance,
      [ids.within]: k.within[CATALOGUE_RADIUS],
    };
    for (const [id, column] of Object.entries(values)) {
      const ind = byId.get(id);
      if (!ind) continue;
      const gminaCells = gminas.codes.map((code) => {
        const i = row.get(code);
        const v = i === undefined ? null : column[i];
        return v === null ? undefined : cellOf(v, k.demo);
      });
      for (const level of ind.levels as Level[]) {
        const table = build.levels[level];
        const grid = (table.cells[id] ??= build.years.map(() => new Array<Cell | undefined>(table.codes.length)));
        grid[yi] =
          level === 'gmina'
            ? gminaCells
            : table.codes.map((code) => {
                const members = membersOf.get(code) ?? [];
                return weightedMeanCells(
                  members.map((m) => gminaCells[m]),
                  members.map((m) => pop[m]),
                );
              });
      }
    }
  }
}

/** Distance rounded up to 10 m: "no unit within X km" is then exactly distance > X for any whole or 0.01 km X. */
const ceilTo10m = (d: number | null) => (d === null ? null : Math.ceil(d * 100) / 100);

export function whiteSpotsFile(
  release: string,
  access: AccessResult,
  ctx: { build: BuildResult; register: Territory[]; previous?: { release: string; access: AccessResult } },
): WhiteSpotsFile {
  const distances = (a: AccessResult) => {
    const row = new Map(a.codes.map((c, i) => [c, i]));
    return Object.fromEntries(
      ACCESS_KINDS.map((k) => [
        k,
        access.codes.map((c) => {
          const i = row.get(c);
          return i === undefined ? null : ceilTo10m(a.table[k].distance[i]);
        }),
      ]),
    ) as Record<AccessKind, (number | null)[]>;
  };
  const yi = ctx.build.years.indexOf(access.year);
  const gminaIndex = new Map(ctx.build.levels.gmina.codes.map((c, i) => [c, i]));
  const popCells = access.codes.map((c) => ctx.build.levels.gmina.cells.POP?.[yi]?.[gminaIndex.get(c) ?? -1]);
  const names: Record<string, string> = {};
  for (const t of ctx.register) if (t.level !== 'country') names[t.code] = t.name;
  const prev = ctx.previous;
  return {
    release,
    year: access.year,
    mode: access.mode,
    kinds: [...ACCESS_KINDS],
    units: Object.fromEntries(ACCESS_KINDS.map((k) => [k, access.table[k].units])) as Record<AccessKind, number>,
    demoKinds: ACCESS_KINDS.filter((k) => access.table[k].demo),
    codes: access.codes,
    point: access.points,
    distance: distances(access),
    popYear: access.year,
    pop: popCells.map((c) => (c?.value == null ? null : Math.round(c.value))),
    popDemo: popCells.map((c) => ((c?.flags ?? 0) & FLAG.demo ? 1 : 0)),
    names,
    ...(prev && { previous: { release: prev.release, year: prev.access.year, mode: prev.access.mode, distance: distances(prev.access) } }),
  };
}

/** access/access.csv: one row per gmina, every kind's distance and counts within 10, 25 and 50 km, and the status of the row. */
export function accessCsv(access: AccessResult, names: Map<string, string>): string {
  const header = [
    'teryt',
    'name',
    'lat',
    'lon',
    ...ACCESS_KINDS.flatMap((k) => [`${k}_km`, ...ACCESS_RADII.map((r) => `${k}_within_${r}km`)]),
    'status',
  ];
  const anyDemo = ACCESS_KINDS.some((k) => access.table[k].demo);
  const rows = access.codes.map((code, i) => [
    code,
    names.get(code) ?? '',
    access.points[i][0],
    access.points[i][1],
    ...ACCESS_KINDS.flatMap((k) => {
      const t = access.table[k];
      const d = t.distance[i];
      return [d === null ? null : round(d, 1), ...ACCESS_RADII.map((r) => t.within[r][i])];
    }),
    anyDemo ? 'demo' : 'real',
  ]);
  return toCsv(header, rows);
}
