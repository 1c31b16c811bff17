// The one mapping from BDL figures to source-table rows, shared by API snapshots
// (bdl-snapshot.ts) and manual CSV exports (bdl-csv-export.ts). Each indicator's `bdl` block
// in indicators/*.yaml says which variables make its value; old codes are translated
// through the code history and units merged since are added into their successor, so a
// series follows today's boundaries. Whatever cannot be used is returned for the import
// report, never dropped without a trace.
import type { BdlSource } from '#core/catalogue.ts';
import type { SourceFlag } from '#core/cells.ts';
import type { Level } from '#core/territory.ts';
import { CODE_SHAPE, isWholeGmina } from './bdl-units.ts';

export interface BdlVariableRef {
  /** Set when the figure came from the API (snapshots always know their variable). */
  id?: number;
  dimensions: string[];
}

/** One figure as BDL gives it: one unit, one variable, one year. */
export interface BdlObservation {
  file: string;
  level: Level;
  /** TERYT code as the source gives it; may be one that no longer exists. */
  code: string;
  name: string;
  variable: BdlVariableRef;
  /** BDL's measure unit name, e.g. "osoba". */
  unit: string;
  year: number;
  /** null: no value given (an empty export cell, or an attribute without a value). */
  value: number | null;
  suppressed: boolean;
  flag?: SourceFlag;
}

export interface BdlTarget {
  indicator: string;
  /** The indicator's unit in the catalogue (what the source table must say). */
  unit: string;
  bdl: BdlSource;
}

export interface BdlRow {
  code: string;
  year: number;
  indicator: string;
  /** null only when suppressed. */
  value: number | null;
  unit: string;
  flags: SourceFlag[];
}

export interface BdlUnmapped {
  file: string;
  code: string;
  name: string;
  reason: string;
}

export interface BdlImportResult {
  rows: BdlRow[];
  unmapped: BdlUnmapped[];
  /** Gmina parts and Warsaw districts (kinds 4, 5, 8): already inside a gmina's total. */
  subunitsSkipped: number;
  /** A unit with only some of an indicator's variables in a year: that year is left out for its territory. */
  incomplete: { code: string; year: number; indicator: string }[];
  /** Current code → old codes added into it. */
  merged: Map<string, string[]>;
}

const sameDimensions = (a: string[], b: string[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Which of the block's variables an observation is, by id where both know it, else by its dimension names. */
export function variableIndex(bdl: BdlSource, v: BdlVariableRef): number {
  return bdl.variables.findIndex((w) =>
    w.id !== undefined && v.id !== undefined ? w.id === v.id : sameDimensions(w.dimensions, v.dimensions),
  );
}

/** Multiplies without binary noise (1.266 × 1000 is 1266, not 1265.9999999999998). */
const convert = (value: number, multiplier: number) => Math.round(value * multiplier * 1e6) / 1e6;

export function combineBdl(
  observations: readonly BdlObservation[],
  targets: readonly BdlTarget[],
  mapCode: (code: string) => string | undefined,
): BdlImportResult {
  const unmapped: BdlUnmapped[] = [];
  const merged = new Map<string, string[]>();
  const seen = new Map<string, string | undefined>(); // file|code → current code or undefined
  let subunitsSkipped = 0;

  // Each unit is judged once, however many variables and years it carries.
  const currentCode = (o: BdlObservation): string | undefined => {
    const key = `${o.file}|${o.level}|${o.code}`;
    if (seen.has(key)) return seen.get(key);
    let code: string | undefined;
    if (!CODE_SHAPE[o.level].test(o.code)) {
      unmapped.push({ file: o.file, code: o.code, name: o.name, reason: `not a ${o.level} code` });
    } else if (o.level === 'gmina' && !isWholeGmina(o.code)) {
      subunitsSkipped++;
    } else {
      code = mapCode(o.code);
      if (!code) unmapped.push({ file: o.file, code: o.code, name: o.name, reason: 'no successor in the code history' });
      else if (code !== o.code) merged.set(code, [...(merged.get(code) ?? []), o.code]);
    }
    seen.set(key, code);
    return code;
  };

  const rows: BdlRow[] = [];
  const incomplete: BdlImportResult['incomplete'] = [];
  for (const o of observations) currentCode(o);
  for (const target of targets) {
    const { bdl } = target;
    const n = bdl.variables.length;
    // old unit and year → the variables it gives
    const perUnit = new Map<string, { o: BdlObservation; parts: (BdlObservation | undefined)[] }>();
    for (const o of observations) {
      if (!bdl.levels.includes(o.level)) continue;
      const i = variableIndex(bdl, o.variable);
      if (i < 0 || o.unit !== bdl.unit) continue;
      const key = `${o.file}|${o.level}|${o.code}|${o.year}`;
      const entry = perUnit.get(key) ?? { o, parts: new Array<BdlObservation | undefined>(n) };
      entry.parts[i] = o;
      perUnit.set(key, entry);
    }
    const totals = new Map<
      string,
      { level: Level; sum: number; suppressed: boolean; complete: boolean; flags: Set<SourceFlag>; parts: number }
    >();
    for (const { o, parts } of perUnit.values()) {
      const code = currentCode(o);
      if (!code) continue;
      const given = parts.filter((p) => p && (p.value !== null || p.suppressed));
      const key = `${o.level}|${code}|${o.year}`;
      const acc = totals.get(key) ?? { level: o.level, sum: 0, suppressed: false, complete: true, flags: new Set(), parts: 0 };
      // None given: the unit did not exist that year under this code (a kind change or merger
      // moved its figures to another code). Some given: a real gap, so no total that year.
      if (given.length === n) {
        for (const p of given) {
          if (p!.suppressed) acc.suppressed = true;
          else acc.sum += p!.value!;
          if (p!.flag) acc.flags.add(p!.flag);
        }
        acc.parts++;
      } else if (given.length > 0) {
        acc.complete = false;
        incomplete.push({ code: o.code, year: o.year, indicator: target.indicator });
      }
      totals.set(key, acc);
    }
    for (const [key, t] of totals) {
      if (!t.complete || t.parts === 0) continue;
      const [, code, year] = key.split('|');
      // A sum with a confidential part is confidential as a whole, as in src/core/aggregate.ts.
      const flags: SourceFlag[] = t.suppressed ? ['suppressed'] : [...t.flags].sort();
      const value = t.suppressed ? null : convert(t.sum, bdl.multiplier ?? 1);
      rows.push({ code, year: Number(year), indicator: target.indicator, value, unit: target.unit, flags });
    }
  }
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code) || a.year - b.year);
  return { rows, unmapped, subunitsSkipped, incomplete, merged };
}

/** Catalogue entries with a `bdl` block, as combine targets. */
export function bdlTargets(catalogue: readonly { id: string; unit: string; bdl?: BdlSource }[]): BdlTarget[] {
  return catalogue.filter((i) => i.bdl).map((i) => ({ indicator: i.id, unit: i.unit, bdl: i.bdl! }));
}

/**
 * `rows` without those for an (indicator, territory, year) that `preferred` already gives,
 * and how many were left out.
 */
export function preferFirst<T extends { indicator: string; code: string; year: number }>(
  preferred: readonly { indicator: string; code: string; year: number }[],
  rows: readonly T[],
): { kept: T[]; replaced: number } {
  const key = (r: { indicator: string; code: string; year: number }) => `${r.indicator}|${r.code}|${r.year}`;
  const taken = new Set(preferred.map(key));
  const kept = rows.filter((r) => !taken.has(key(r)));
  return { kept, replaced: rows.length - kept.length };
}
