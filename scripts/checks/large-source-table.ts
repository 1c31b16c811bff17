// A source table at the size the pipeline must handle: every gmina × 10 years × 20
// indicators (2,479 × 10 × 20 = 495,800 rows). Used by `npm run bench` (time and peak
// memory of a whole pipeline run on it) and by the tests of the release reader (which
// once overflowed the call stack past ~125,000 rows).
import type { Indicator } from '#core/catalogue.ts';
import type { Territory } from '#core/territory.ts';
import { SOURCE_HEADER } from '#scripts/pipeline/source-row.ts';

/** Twenty gmina-level indicators that are summed upwards and need no other input to be consistent. */
export const LARGE_TABLE_INDICATORS = [
  'CIS',
  'KIS',
  'WTZ',
  'ZAZ',
  'SPS_ACT',
  'SPS_KRS',
  'SPS_EMP',
  'PS_ACT',
  'PS_EMP',
  'PS_JOBS',
  'OWES_SUP',
  'REINT_BEN',
  'ZJ_CERT',
  'ZP_CERT',
  'JST_SPS',
  'JST_UNIT',
  'JST_EXP',
  'JST_PES_EXP',
  'POP',
  'POP_WORK',
] as const;

/** A small, deterministic, valid value: counts of units stay at 0–2 so the demo directory stays small. */
function valueFor(indicator: string, g: number, year: number): string {
  const h = (g * 2654435761 + year * 40503 + indicator.length * 97) >>> 0;
  const pop = 2000 + (h % 60000);
  switch (indicator) {
    case 'POP':
      return String(pop);
    case 'POP_WORK':
      return String(Math.round(pop * 0.6));
    case 'JST_EXP':
      return (pop * 6.5).toFixed(1);
    case 'JST_PES_EXP':
      return ((pop * 6.5 * (h % 5)) / 1000).toFixed(1);
    case 'SPS_EMP':
    case 'PS_EMP':
    case 'REINT_BEN':
      return String(h % 21);
    case 'JST_SPS':
    case 'JST_UNIT':
      return String(h % 2);
    default:
      return String(h % 3);
  }
}

export interface LargeTableOptions {
  years: { from: number; to: number };
  /** A source id from data/sources.yaml. */
  source: string;
  /** Every row carries a non-number value, so validation reports one problem per row. */
  broken?: boolean;
  /** Whether the gmina existed in the year (a gmina created later has no rows before it). */
  existed?: (code: string, year: number) => boolean;
}

/** The table as CSV text (header included), one row per gmina, year and indicator. */
export function largeSourceTable(register: Territory[], catalogue: Indicator[], o: LargeTableOptions): { csv: string; rows: number } {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const gminas = register.filter((t) => t.level === 'gmina').sort((a, b) => a.code.localeCompare(b.code));
  const lines = [SOURCE_HEADER.join(',')];
  gminas.forEach((g, gi) => {
    for (let year = o.years.from; year <= o.years.to; year++) {
      if (o.existed && !o.existed(g.code, year)) continue;
      for (const id of LARGE_TABLE_INDICATORS) {
        const ind = byId.get(id);
        if (!ind) throw new Error(`large-source-table: ${id} is not in the catalogue`);
        lines.push(`${g.code},${year},${id},${o.broken ? 'n/a' : valueFor(id, gi, year)},${ind.unit},,${o.source}`);
      }
    }
  });
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}
