// Demonstration definitions of OWES and LAG areas: no machine-readable public list of
// either exists in the sources we have (data/sources/PROVENANCE.md, "Not found"), so the
// portal ships invented groupings, marked `demo` on every row, to show what an area page
// looks like. They are made from the register alone, so they are the same on every run:
//   OWES: each voivodeship's powiats in code order, in groups of at most OWES_GROUP;
//   LAG:  for each voivodeship, the rural and urban-rural gminas of its first LGD_PER_VOIVODESHIP
//         land powiats (one LAG per powiat; urban gminas stay out, as towns mostly do).
// `node --experimental-strip-types scripts/pipeline/areas/demo-definitions.ts` rewrites
// data/areas/owes.demo.csv and lgd.demo.csv from here; a real
// file (data/areas/owes.csv, lgd.csv) wins over the demo one.
import fs from 'node:fs';
import { toCsv } from '#core/csv.ts';
import type { Territory } from '#core/territory.ts';
import { DEFINITION_HEADER } from './definitions.ts';

export const OWES_GROUP = 7;
export const LGD_PER_VOIVODESHIP = 2;

function byVoivodeship(register: readonly Territory[], level: 'powiat' | 'gmina'): Map<string, Territory[]> {
  const m = new Map<string, Territory[]>();
  for (const t of [...register].filter((t) => t.level === level).sort((a, b) => a.code.localeCompare(b.code)))
    m.set(t.code.slice(0, 2), [...(m.get(t.code.slice(0, 2)) ?? []), t]);
  return m;
}

export function demoOwesRows(register: readonly Territory[]): string[][] {
  const names = new Map(register.map((t) => [t.code, t.name]));
  const rows: string[][] = [];
  for (const [voiv, powiats] of byVoivodeship(register, 'powiat')) {
    const groups = Math.ceil(powiats.length / OWES_GROUP);
    // Even groups (e.g. 12 powiats → 6 + 6, not 7 + 5).
    const size = Math.ceil(powiats.length / groups);
    for (let g = 0; g < groups; g++) {
      const id = `${voiv}-${g + 1}`;
      const name = `OWES ${names.get(voiv)} ${g + 1} (demo)`;
      for (const p of powiats.slice(g * size, (g + 1) * size)) rows.push([id, name, p.code, 'demo']);
    }
  }
  return rows;
}

export function demoLgdRows(register: readonly Territory[]): string[][] {
  const names = new Map(register.map((t) => [t.code, t.name]));
  const rows: string[][] = [];
  const gminas = byVoivodeship(register, 'gmina');
  for (const [voiv, powiats] of byVoivodeship(register, 'powiat')) {
    const land = powiats.filter((p) => !p.cityWithPowiatRights).slice(0, LGD_PER_VOIVODESHIP);
    for (const p of land) {
      const id = `${voiv}-${p.code.slice(2)}`;
      // With the voivodeship: powiat names repeat across voivodeships (brzeski, grodziski).
      const name = `LGD ${p.name}, ${names.get(voiv)} (demo)`;
      for (const g of gminas.get(voiv) ?? []) if (g.parents.at(-1) === p.code && g.kind !== 'urban') rows.push([id, name, g.code, 'demo']);
    }
  }
  return rows;
}

export const definitionCsv = (rows: string[][]): string => toCsv([...DEFINITION_HEADER], rows);

if (import.meta.main) {
  const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
  fs.writeFileSync('data/areas/owes.demo.csv', definitionCsv(demoOwesRows(register)));
  fs.writeFileSync('data/areas/lgd.demo.csv', definitionCsv(demoLgdRows(register)));
  console.log('wrote data/areas/owes.demo.csv and data/areas/lgd.demo.csv');
}
