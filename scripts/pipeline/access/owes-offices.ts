// Where the OWES (social economy support centres) have their offices, for the access
// indicators' seventh kind. The entity register names an entity's supporting OWES but not
// where its office is, so offices come from their own file:
//
//   data/areas/owes-offices.csv   area_id,office_name,lat,lon   (WGS84 degrees; one row per
//                                 office, several per area allowed: branch offices count)
//
// Every area_id must be an OWES area of the definitions (data/areas/owes.csv or the demo
// one). While that file is missing, each OWES area gets one demonstration office at the
// reference point of its most populous gmina (the usual seat of a centre: the area's
// largest town), and every distance to an office is demo.
import fs from 'node:fs';
import { parseCsv, toCsv } from '#core/csv.ts';
import { InputError, type InputProblem } from '../source-row.ts';
import type { AreaDefinition } from '../areas/definitions.ts';
import type { AccessUnits } from './compute.ts';
import { OWES_OFFICES_FILE } from '#features/access/access-kinds.ts';

export const OWES_OFFICES_HEADER = ['area_id', 'office_name', 'lat', 'lon'] as const;

export interface OwesOffice {
  areaId: string;
  name: string;
  lat: number;
  lon: number;
  demo: boolean;
}

/** A box around Poland with a margin (WGS84): a coordinate outside it is a typo or swapped lat/lon. */
const POLAND = { latMin: 48.9, latMax: 55, lonMin: 14, lonMax: 24.3 };

/** Reads and validates the real offices file; every problem names file, line and value. */
export function readOwesOffices(
  file: string,
  text: string,
  owesAreaIds: ReadonlySet<string>,
): { offices: OwesOffice[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const records = parseCsv(text);
  const header = records.shift();
  if (!header || header.fields.join(',') !== OWES_OFFICES_HEADER.join(',')) {
    problems.push({
      file,
      line: 1,
      value: header?.fields.join(','),
      message: 'wrong header',
      fix: `the first line must be exactly ${OWES_OFFICES_HEADER.join(',')}`,
    });
    return { offices: [], problems };
  }
  const offices: OwesOffice[] = [];
  for (const { line, fields } of records) {
    const bad = (message: string, value: string | undefined, fix: string) => problems.push({ file, line, value, message, fix });
    if (fields.length === 1 && fields[0].trim() === '') continue;
    if (fields.length !== OWES_OFFICES_HEADER.length) {
      bad(`expected ${OWES_OFFICES_HEADER.length} fields, found ${fields.length}`, fields.join(','), 'quote fields that contain commas');
      continue;
    }
    const [areaId, name, latText, lonText] = fields.map((f) => f.trim());
    if (!owesAreaIds.has(areaId)) {
      bad(
        'unknown OWES area',
        areaId,
        'use an area_id of the OWES definitions (data/areas/owes.csv, or owes.demo.csv while it is missing)',
      );
      continue;
    }
    if (!name) bad('empty office name', name, 'give the office a name (e.g. the centre and its town)');
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!latText || !Number.isFinite(lat) || lat < POLAND.latMin || lat > POLAND.latMax)
      bad(
        'latitude missing or outside Poland',
        latText,
        `write WGS84 decimal degrees between ${POLAND.latMin} and ${POLAND.latMax}, with a dot`,
      );
    else if (!lonText || !Number.isFinite(lon) || lon < POLAND.lonMin || lon > POLAND.lonMax)
      bad(
        'longitude missing or outside Poland',
        lonText,
        `write WGS84 decimal degrees between ${POLAND.lonMin} and ${POLAND.lonMax}, with a dot`,
      );
    else if (name) offices.push({ areaId, name, lat, lon, demo: false });
  }
  return { offices, problems };
}

/**
 * One demonstration office per OWES area, at the reference point of the member gmina with
 * the largest population (ties: the lower code). A gmina is a member when its powiat is.
 */
export function demoOwesOffices(
  areas: readonly AreaDefinition[],
  gminaCodes: readonly string[],
  population: (code: string) => number | null,
  /** [lat, lon] of a gmina's reference point. */
  point: (code: string) => [number, number],
): OwesOffice[] {
  const offices: OwesOffice[] = [];
  for (const area of areas) {
    const powiats = new Set(area.members);
    let best: { code: string; pop: number } | undefined;
    for (const code of gminaCodes) {
      if (!powiats.has(code.slice(0, 4))) continue;
      const pop = population(code) ?? -1;
      if (!best || pop > best.pop || (pop === best.pop && code < best.code)) best = { code, pop };
    }
    if (!best) continue;
    const [lat, lon] = point(best.code);
    offices.push({ areaId: area.id, name: area.name, lat, lon, demo: true });
  }
  return offices;
}

/** The offices as units of the access computation. */
export function officeUnits(offices: readonly OwesOffice[]): AccessUnits {
  return { lat: offices.map((o) => o.lat), lon: offices.map((o) => o.lon), demo: offices.some((o) => o.demo) };
}

/** The offices of a release: the real file when it exists (stops on any problem), else the demo ones. */
export function loadOwesOffices(input: {
  areas: readonly AreaDefinition[];
  gminaCodes: readonly string[];
  population: (code: string) => number | null;
  point: (code: string) => [number, number];
  file?: string;
}): OwesOffice[] {
  const file = input.file ?? OWES_OFFICES_FILE;
  if (!fs.existsSync(file)) return demoOwesOffices(input.areas, input.gminaCodes, input.population, input.point);
  const read = readOwesOffices(file, fs.readFileSync(file, 'utf8'), new Set(input.areas.map((a) => a.id)));
  if (read.problems.length) throw new InputError(read.problems);
  return read.offices;
}

/** access/owes-offices.csv of a release: every office measured to, with its status. */
export function owesOfficesCsv(offices: readonly OwesOffice[]): string {
  return toCsv(
    [...OWES_OFFICES_HEADER, 'status'],
    offices.map((o) => [o.areaId, o.name, o.lat, o.lon, o.demo ? 'demo' : 'real']),
  );
}
