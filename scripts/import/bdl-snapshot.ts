// A BDL API snapshot: what `npm run fetch:bdl` wrote for one variable under
// data/sources/bdl/<variable id>.json, committed like any raw source. The import reads it
// back into BDL observations (bdl-combine.ts maps them onto indicators). The format is
// documented in data/README.md ("BDL API snapshots").
import { z } from 'zod';
import { LEVELS } from '#core/territory.ts';
import type { InputProblem } from '#scripts/pipeline/source-row.ts';
import { BDL_ATTRIBUTES } from './bdl-attributes.ts';
import type { BdlObservation } from './bdl-combine.ts';
import { terytOfBdlUnit } from './bdl-units.ts';

export const SNAPSHOT_FORMAT = 'bdl-api-snapshot/1';

/** Every BDL API snapshot's rows cite this id of data/sources.yaml. */
export const SNAPSHOT_SOURCE = 'gus-bdl-api';

export const snapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    /** GET /variables/{id}: id, subjectId, n1…n5 (as `dimensions`), measureUnitName, level. */
    variable: z
      .object({
        id: z.number().int().positive(),
        subjectId: z.string().optional(),
        dimensions: z.array(z.string()).min(1),
        measureUnitName: z.string(),
        level: z.number().int().optional(),
      })
      .strict(),
    /** When the fetcher ran (ISO 8601, UTC). */
    retrieved: z.string().datetime(),
    /** The API's `lastUpdate` of the data (as given, e.g. "2025-05-14T15:05:15.743"); null if it gave none. */
    lastUpdate: z.string().nullable(),
    query: z
      .object({
        url: z.string().url(),
        levels: z.array(z.enum(LEVELS)).min(1),
        years: z.array(z.number().int()).min(1),
        pageSize: z.number().int().positive(),
        lang: z.enum(['pl', 'en']),
      })
      .strict(),
    units: z.array(
      z
        .object({
          level: z.enum(LEVELS),
          /** BDL's 12-character unit id. */
          id: z.string().regex(/^\d{12}$/),
          name: z.string(),
          /** The TERYT code inside the id (terytOfBdlUnit); it may be an old one. */
          teryt: z.string(),
          values: z.array(z.object({ year: z.number().int(), val: z.number().nullable(), attrId: z.number().int() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type BdlSnapshot = z.infer<typeof snapshotSchema>;

/** A value BDL gives with an attribute that carries no figure: listed in the import report. */
export interface BdlNoValue {
  file: string;
  unit: string;
  name: string;
  year: number;
  why: string;
}

export function readSnapshot(
  text: string,
  file: string,
): { observations: BdlObservation[]; noValue: BdlNoValue[]; problems: InputProblem[]; snapshot?: BdlSnapshot } {
  const problems: InputProblem[] = [];
  const observations: BdlObservation[] = [];
  const noValue: BdlNoValue[] = [];
  let parsed;
  try {
    parsed = snapshotSchema.safeParse(JSON.parse(text));
  } catch (e) {
    problems.push({ file, message: `not valid JSON: ${(e as Error).message}`, fix: 'run `npm run fetch:bdl` again' });
    return { observations, noValue, problems };
  }
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push({
        file,
        message: `${i.path.join('.')}: ${i.message}`,
        fix: `a snapshot must match ${SNAPSHOT_FORMAT} (data/README.md)`,
      });
    return { observations, noValue, problems };
  }
  const snapshot = parsed.data;
  const variable = { id: snapshot.variable.id, dimensions: snapshot.variable.dimensions };
  for (const u of snapshot.units) {
    const teryt = terytOfBdlUnit(u.id, u.level);
    if ((teryt ?? '') !== u.teryt) {
      problems.push({
        file,
        value: u.id,
        message: `unit ${u.id} at level ${u.level} holds TERYT ${teryt ?? '(none)'}, the snapshot says ${u.teryt}`,
        fix: 'run `npm run fetch:bdl` again instead of editing a snapshot',
      });
      continue;
    }
    for (const v of u.values) {
      const attr = BDL_ATTRIBUTES[v.attrId];
      if (!attr) {
        problems.push({
          file,
          value: String(v.attrId),
          message: `unit ${u.id} ${v.year}: unknown BDL attribute ${v.attrId}`,
          fix: 'look its meaning up (GET /attributes) and add it to scripts/import/bdl-attributes.ts',
        });
        continue;
      }
      if (attr.use === 'none') {
        noValue.push({ file, unit: u.teryt, name: u.name, year: v.year, why: attr.why });
        continue;
      }
      if (attr.use === 'value' && v.val === null) {
        problems.push({
          file,
          value: 'null',
          message: `unit ${u.id} ${v.year}: attribute ${v.attrId} needs a value`,
          fix: 'run `npm run fetch:bdl` again',
        });
        continue;
      }
      observations.push({
        file,
        level: u.level,
        code: u.teryt,
        name: u.name,
        variable,
        unit: snapshot.variable.measureUnitName,
        year: v.year,
        // A confidential value's `val` is a placeholder (BDL shows ". lub 0"), never a figure.
        value: attr.use === 'suppressed' ? null : v.val,
        suppressed: attr.use === 'suppressed',
        flag: attr.use === 'value' ? attr.flag : undefined,
      });
    }
  }
  return { observations, noValue, problems, snapshot };
}
