// The register as the builder (and "your own area", which runs its engine) reads it:
// /data/<release>/names/builder.json, written by the pipeline beside territories.json.
// The full register carries what pages need (slugs, every display name) and is ≈ 64 KB
// compressed; the builder waits for it before its first table, and on a phone's line
// that file alone took ≈ 0.3 s. This one holds only what the builder uses, one row per
// territory: ≈ 34 KB compressed, and under half the text to parse.
//
//   { format, areaLabels, rows: [code, name, displayName | 0, kind | 0, popClass | 0,
//     existsFrom | 0, cityWithPowiatRights 1 | 0, nuts2, nuts3, owes, lgd] }
//
// displayName 0 = the same as name; an area is 1 + its index in areaLabels, 0 = none;
// trailing zeros are left out. The level and the parents follow from the TERYT
// code (2 digits = voivodeship, 4 = powiat, 7 = gmina), as in the register.
import type { RegisterEntry } from '#core/data-types.ts';
import { levelOfCode, parentCode, type GminaKind } from '#core/territory.ts';

export const BUILDER_REGISTER_FORMAT = 'mes-builder-register-1';

/** A register entry without what only pages need (the slug). */
export type BuilderTerritory = Omit<RegisterEntry, 'slug'>;

const AREA_KEYS = ['nuts2', 'nuts3', 'owes', 'lgd'] as const;

type Row = [string, string, ...(string | number)[]];

export interface BuilderRegisterFile {
  format: typeof BUILDER_REGISTER_FORMAT;
  areaLabels: string[];
  rows: Row[];
}

/** The builder's register of a release's register (the pipeline writes it). */
export function encodeBuilderRegister(entries: readonly RegisterEntry[]): BuilderRegisterFile {
  const areaLabels: string[] = [];
  const labelIndex = new Map<string, number>();
  /** 1 + the label's index, 0 for none. */
  const refOf = (label: string | undefined): number => {
    if (label === undefined) return 0;
    let i = labelIndex.get(label);
    if (i === undefined) {
      i = areaLabels.push(label) - 1;
      labelIndex.set(label, i);
    }
    return i + 1;
  };
  const rows = entries.map((e): Row => {
    const tail: (string | number)[] = [
      e.displayName === e.name ? 0 : e.displayName,
      e.kind ?? 0,
      e.popClass ?? 0,
      e.existsFrom ?? 0,
      e.cityWithPowiatRights ? 1 : 0,
      ...AREA_KEYS.map((k) => refOf(e.areas?.[k])),
    ];
    while (tail.length && tail[tail.length - 1] === 0) tail.pop();
    return [e.code, e.name, ...tail];
  });
  return { format: BUILDER_REGISTER_FORMAT, areaLabels, rows };
}

/** The parents of a code, country first: ["PL", "12", "1261"] for gmina 1261011. */
function parentsOf(code: string): string[] {
  const out: string[] = [];
  for (let p = parentCode(code); p; p = parentCode(p)) out.unshift(p);
  return out;
}

/** The entries of a builder register, in the register's order. */
export function decodeBuilderRegister(file: BuilderRegisterFile): BuilderTerritory[] {
  if (file?.format !== BUILDER_REGISTER_FORMAT) throw new Error(`not a builder register (${String(file?.format)})`);
  return file.rows.map(([code, name, display, kind, popClass, existsFrom, cwpr, ...areas]) => {
    const level = levelOfCode(code);
    if (!level) throw new Error(`builder register: ${code} is not a TERYT code`);
    const e: BuilderTerritory = { code, level, name, displayName: display ? String(display) : name, parents: parentsOf(code) };
    if (kind) e.kind = kind as GminaKind;
    if (popClass) e.popClass = String(popClass);
    if (existsFrom) e.existsFrom = Number(existsFrom);
    if (cwpr) e.cityWithPowiatRights = true;
    const named = AREA_KEYS.flatMap((k, i) => (areas[i] ? [[k, file.areaLabels[Number(areas[i]) - 1]]] : []));
    if (named.length) e.areas = Object.fromEntries(named);
    return e;
  });
}
