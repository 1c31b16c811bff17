// Planning areas: groups of territories that are not a level of the TERYT register but
// that regional policy plans and reports by — NUTS 2 and NUTS 3 regions (groups of
// powiats), OWES service areas (each accredited social economy support centre serves a
// group of powiats) and LAG areas (a local action group covers a group of gminas).
// This module reads and validates their definition files; every problem names the file,
// line and value, like the source tables' (see scripts/pipeline/source-row.ts).
import { parseCsv } from '#core/csv.ts';
import { slugify } from '#core/geo-register.ts';
import type { Territory } from '#core/territory.ts';
import { AREA_TYPES, type AreaStatus, type AreaType } from '#features/areas/area-types.ts';
import type { InputProblem } from '../source-row.ts';

export interface AreaDefinition {
  type: AreaType;
  /** Unique within its type; lower-case letters, digits and hyphens (it is part of the URL). */
  id: string;
  name: string;
  slug: string;
  /** `demo` for a demonstration definition: its grouping is invented, not an official one. */
  status: AreaStatus;
  /** TERYT codes of the members, in file order (powiats, or gminas for LAG areas). */
  members: string[];
  /** The definition file the area comes from, for the page's note and for errors. */
  file: string;
}

/** Header of an OWES or LAG definition file (data/areas/README in data/README.md). */
export const DEFINITION_HEADER = ['area_id', 'area_name', 'member_teryt', 'status'] as const;
/** Header of the NUTS source table (data/sources/regions/powiat_nuts3_2021.csv). */
export const NUTS_HEADER = ['teryt_powiat', 'nuts3_code', 'nuts3_name', 'nuts2_code', 'nuts_version'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES: readonly AreaStatus[] = ['real', 'demo'];

export interface ReadResult {
  areas: AreaDefinition[];
  problems: InputProblem[];
}

/**
 * An OWES (members: powiats) or LAG (members: gminas) definition file: one row per member,
 * `area_id,area_name,member_teryt,status`. A member may belong to one area of the type only;
 * every row of an area repeats the same name and status.
 */
export function readDefinitionCsv(
  file: string,
  text: string,
  type: 'owes' | 'lgd',
  territories: ReadonlyMap<string, Territory>,
): ReadResult {
  const memberLevel = AREA_TYPES[type].memberLevel;
  const problems: InputProblem[] = [];
  const records = parseCsv(text);
  const header = records.shift();
  if (!header || header.fields.join(',') !== DEFINITION_HEADER.join(',')) {
    problems.push({
      file,
      line: 1,
      value: header?.fields.join(','),
      message: 'wrong header',
      fix: `the first line must be exactly ${DEFINITION_HEADER.join(',')}`,
    });
    return { areas: [], problems };
  }
  const byId = new Map<string, AreaDefinition & { line: number }>();
  const memberOf = new Map<string, { id: string; line: number }>();
  for (const { line, fields } of records) {
    const bad = (message: string, value: string | undefined, fix: string) => problems.push({ file, line, value, message, fix });
    if (fields.length === 1 && fields[0].trim() === '') continue; // a blank line
    if (fields.length !== DEFINITION_HEADER.length) {
      bad(`expected ${DEFINITION_HEADER.length} fields, found ${fields.length}`, fields.join(','), 'quote fields that contain commas');
      continue;
    }
    const [id, name, member, status] = fields.map((f) => f.trim());
    if (!ID.test(id)) {
      bad(
        'bad area id',
        id,
        'use lower-case letters, digits and single hyphens (e.g. "kaszuby" or "12-1"); the id is part of the page address',
      );
      continue;
    }
    if (name === '') bad('missing area name', name, 'give the area its name on every row');
    if (!STATUSES.includes(status as AreaStatus))
      bad('unknown status', status, 'write "real" for an official definition or "demo" for a demonstration one');
    let area = byId.get(id);
    if (!area) {
      area = { type, id, name, slug: slugify(name) || id, status: status as AreaStatus, members: [], file, line };
      byId.set(id, area);
    } else {
      if (name !== area.name) bad(`area name differs from line ${area.line} ("${area.name}")`, name, 'give one area one name on every row');
      if (status !== area.status)
        bad(`status differs from line ${area.line} ("${area.status}")`, status, 'one area is either real or demo');
    }
    if (member === '') {
      bad('area row without a member', member, `give the ${memberLevel}'s TERYT code in member_teryt`);
      continue;
    }
    const t = territories.get(member);
    if (!t) {
      bad(
        'unknown TERYT code',
        member,
        `use a ${memberLevel === 'gmina' ? '7-digit gmina' : '4-digit powiat'} code of the current TERC register (data/geo/territories.json); keep leading zeros`,
      );
      continue;
    }
    if (t.level !== memberLevel) {
      bad(`a ${t.level} code where a ${memberLevel} is expected`, member, `${AREA_TYPES[type].label} areas are groups of ${memberLevel}s`);
      continue;
    }
    const earlier = memberOf.get(member);
    if (earlier) {
      bad(
        earlier.id === id
          ? `member listed twice in area "${id}" (line ${earlier.line})`
          : `member already belongs to area "${earlier.id}" (line ${earlier.line})`,
        member,
        `a ${memberLevel} belongs to one ${AREA_TYPES[type].label} area only; remove one of the rows`,
      );
      continue;
    }
    memberOf.set(member, { id, line });
    area.members.push(member);
  }
  // The name labels the area where it groups rows (the table builder), so it must be unique.
  const named = new Map<string, string>();
  for (const a of byId.values()) {
    const other = named.get(a.name);
    if (other)
      problems.push({
        file,
        line: a.line,
        value: a.name,
        message: `area "${a.id}" has the name of area "${other}"`,
        fix: 'give every area its own name',
      });
    else named.set(a.name, a.id);
  }
  for (const a of byId.values())
    if (a.members.length === 0)
      problems.push({
        file,
        line: a.line,
        value: a.id,
        message: 'area without members',
        fix: `list at least one ${memberLevel} of the area, one per row`,
      });
  if (records.length === 0 && problems.length === 0)
    problems.push({ file, line: 1, message: 'no areas in the file', fix: 'add one row per member of each area, or remove the file' });
  return { areas: [...byId.values()].filter((a) => a.members.length > 0).map(({ line: _line, ...a }) => a), problems };
}

/**
 * NUTS 3 and NUTS 2 regions from the powiat → NUTS table. NUTS 2 follows from NUTS 3: each
 * NUTS 3 code's first four characters are its NUTS 2 code (checked against the file's own
 * nuts2_code column). Every powiat of the register must be in exactly one region.
 */
export function readNutsCsv(file: string, text: string, territories: ReadonlyMap<string, Territory>): ReadResult {
  const problems: InputProblem[] = [];
  const records = parseCsv(text);
  const header = records.shift();
  if (!header || header.fields.join(',') !== NUTS_HEADER.join(',')) {
    problems.push({
      file,
      line: 1,
      value: header?.fields.join(','),
      message: 'wrong header',
      fix: `the first line must be exactly ${NUTS_HEADER.join(',')}`,
    });
    return { areas: [], problems };
  }
  const nuts3 = new Map<string, AreaDefinition & { line: number }>();
  const nuts2 = new Map<string, AreaDefinition>();
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    const bad = (message: string, value: string | undefined, fix: string) => problems.push({ file, line, value, message, fix });
    if (fields.length === 1 && fields[0].trim() === '') continue;
    if (fields.length !== NUTS_HEADER.length) {
      bad(`expected ${NUTS_HEADER.length} fields, found ${fields.length}`, fields.join(','), 'quote fields that contain commas');
      continue;
    }
    const [powiat, code3, name3, code2] = fields.map((f) => f.trim());
    const t = territories.get(powiat);
    if (!t || t.level !== 'powiat') {
      bad('unknown powiat code', powiat, 'use a 4-digit powiat code of the current TERC register');
      continue;
    }
    if (!/^PL\d[\dA-Z][\dA-Z]$/.test(code3)) {
      bad('not a Polish NUTS 3 code', code3, 'write the code as PL + three characters, e.g. PL213');
      continue;
    }
    if (code3.slice(0, 4) !== code2) {
      bad(`NUTS 2 code does not match the NUTS 3 code ${code3}`, code2, `a NUTS 3 region lies in the NUTS 2 region ${code3.slice(0, 4)}`);
      continue;
    }
    if (seen.has(powiat)) {
      bad(`powiat listed twice (line ${seen.get(powiat)})`, powiat, 'a powiat lies in one NUTS 3 region; remove one of the rows');
      continue;
    }
    seen.set(powiat, line);
    let a3 = nuts3.get(code3);
    if (!a3) {
      a3 = { type: 'nuts3', id: code3.toLowerCase(), name: name3, slug: slugify(name3), status: 'real', members: [], file, line };
      nuts3.set(code3, a3);
    } else if (a3.name !== name3) bad(`NUTS 3 name differs from line ${a3.line} ("${a3.name}")`, name3, 'one region has one name');
    a3.members.push(powiat);
    let a2 = nuts2.get(code2);
    if (!a2) {
      a2 = { type: 'nuts2', id: code2.toLowerCase(), name: code2, slug: '', status: 'real', members: [], file };
      nuts2.set(code2, a2);
    }
    a2.members.push(powiat);
  }
  for (const t of territories.values())
    if (t.level === 'powiat' && !seen.has(t.code))
      problems.push({
        file,
        value: t.code,
        message: `powiat ${t.name} is in no NUTS 3 region`,
        fix: 'add its row (the table must cover every powiat of the register)',
      });
  // A NUTS 2 region is named after the voivodeship it equals, else after its NUTS 3 regions
  // (Mazowieckie's two): the source table has no NUTS 2 names.
  const byCode = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const regions3 = [...nuts3.values()].sort(byCode);
  for (const a2 of nuts2.values()) {
    const voivs = new Set(a2.members.map((m) => m.slice(0, 2)));
    const voivCode = [...voivs][0];
    const wholeVoivodeship =
      voivs.size === 1 &&
      [...territories.values()].filter((t) => t.level === 'powiat' && t.code.startsWith(voivCode)).length === a2.members.length;
    const label = wholeVoivodeship
      ? territories.get(voivCode)!.name
      : regions3
          .filter((r) => r.id.startsWith(a2.id))
          .map((r) => r.name)
          .join(', ');
    a2.name = label;
    a2.slug = slugify(label);
  }
  return { areas: [...[...nuts2.values()].sort(byCode), ...regions3.map(({ line: _line, ...a }) => a)], problems };
}
