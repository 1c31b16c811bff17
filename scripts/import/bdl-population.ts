// Turns the raw BDL export (wide, 2010-2019 gmina codes) into long rows of POP and
// POP_WORK on today's territories. Old codes are translated through the code history;
// units merged since are added to their successor so each series follows today's
// boundaries. Whatever cannot be mapped is returned for the report, never dropped.
import { parseCsv } from '#core/csv.ts';

export interface PopulationRow {
  code: string;
  year: number;
  indicator: 'POP' | 'POP_WORK';
  value: number;
}

export interface UnmappedUnit {
  code: string;
  name: string;
  reason: string;
}

export interface BdlResult {
  rows: PopulationRow[];
  unmapped: UnmappedUnit[];
  /** RODZ 4, 5 and 8 rows: parts of gminas and Warsaw districts, already inside a gmina total. */
  subunitsSkipped: number;
  /** Units with only some age groups given for a year: the year is left out for their gmina. */
  emptyCells: { code: string; year: number }[];
  /** Current code → old codes that were added into it. */
  merged: Map<string, string[]>;
}

const GROUPS = {
  pre: 'w wieku przedprodukcyjnym',
  work: 'w wieku produkcyjnym',
  post: 'w wieku poprodukcyjnym',
} as const;

export function importBdlPopulation(text: string, mapCode: (code: string) => string | undefined): BdlResult {
  const [header, ...records] = parseCsv(text, ';');
  // "w wieku produkcyjnym;ogółem;2015;[osoba]" → group, year
  const columns = header.fields.map((h) => {
    const m = /^(.*);ogółem;(\d{4});\[osoba\]$/.exec(h);
    return m ? { group: m[1], year: Number(m[2]) } : undefined;
  });
  const unmapped: UnmappedUnit[] = [];
  const emptyCells: { code: string; year: number }[] = [];
  const merged = new Map<string, string[]>();
  const totals = new Map<string, { pop: number; work: number; complete: boolean }>();
  let subunitsSkipped = 0;

  for (const { fields } of records) {
    const [oldCode, name] = fields;
    if (!/^\d{7}$/.test(oldCode)) {
      unmapped.push({ code: oldCode, name, reason: 'not a 7-digit gmina code' });
      continue;
    }
    if (!'123'.includes(oldCode[6])) {
      subunitsSkipped++;
      continue;
    }
    const code = mapCode(oldCode);
    if (!code) {
      unmapped.push({ code: oldCode, name, reason: 'no successor in the code history' });
      continue;
    }
    if (code !== oldCode) merged.set(code, [...(merged.get(code) ?? []), oldCode]);
    const byYear = new Map<number, { pre?: number; work?: number; post?: number }>();
    columns.forEach((col, i) => {
      if (!col) return;
      const key = col.group === GROUPS.pre ? 'pre' : col.group === GROUPS.work ? 'work' : col.group === GROUPS.post ? 'post' : undefined;
      if (!key) return; // mobilny / niemobilny are subsets of produkcyjny
      const cell = fields[i]?.trim() ?? '';
      const entry = byYear.get(col.year) ?? {};
      if (cell !== '' && /^\d+$/.test(cell)) entry[key] = Number(cell);
      byYear.set(col.year, entry);
    });
    for (const [year, g] of byYear) {
      const k = `${code}|${year}`;
      const acc = totals.get(k) ?? { pop: 0, work: 0, complete: true };
      const given = [g.pre, g.work, g.post].filter((v) => v !== undefined).length;
      // All three empty: the unit did not exist that year under this code (a kind
      // change or merger moved its figures to another code). Partly empty: a real gap.
      if (given === 3) {
        acc.pop += g.pre! + g.work! + g.post!;
        acc.work += g.work!;
      } else if (given > 0) {
        acc.complete = false;
        emptyCells.push({ code: oldCode, year });
      }
      totals.set(k, acc);
    }
  }

  const rows: PopulationRow[] = [];
  for (const [k, t] of totals) {
    if (!t.complete || t.pop === 0) continue;
    const [code, year] = k.split('|');
    rows.push({ code, year: Number(year), indicator: 'POP', value: t.pop });
    rows.push({ code, year: Number(year), indicator: 'POP_WORK', value: t.work });
  }
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code) || a.year - b.year);
  return { rows, unmapped, subunitsSkipped, emptyCells, merged };
}
