// Turns the GUS population of every gmina on 31 December 2020 (2020 codes) into POP rows
// for 2020 on today's territories. Codes that changed since (a village became a town,
// so the kind digit went 2 → 3) go through the code history; whatever cannot be mapped
// is returned for the import report, never dropped silently.
import { parseCsv } from '#core/csv.ts';
import type { PublishedRow } from './published-figures.ts';

export const POPULATION_2020_YEAR = 2020;
const HEADER = ['teryt7', 'gmina', 'gmina_type', 'powiat', 'wojewodztwo', 'population'];

export const POPULATION_2020_SOURCE = 'gus-population-2020';

export interface Population2020Result {
  rows: PublishedRow[];
  unmapped: { code: string; name: string; reason: string }[];
  /** Current code → the 2020 code it was read under, where they differ. */
  recoded: Map<string, string>;
  /** Sum of every row of the file, mapped or not: the national total it states. */
  fileTotal: number;
}

export function importPopulation2020(text: string, file: string, mapCode: (code: string) => string | undefined): Population2020Result {
  const [header, ...records] = parseCsv(text);
  if (header?.fields.join(',') !== HEADER.join(',')) throw new Error(`${file}:1: expected the header ${HEADER.join(',')}`);
  const unmapped: Population2020Result['unmapped'] = [];
  const recoded = new Map<string, string>();
  const byCode = new Map<string, number>();
  let fileTotal = 0;
  for (const { line, fields } of records) {
    const [oldCode, name, , , , populationText] = fields.map((f) => f.trim());
    if (!/^\d{7}$/.test(oldCode)) throw new Error(`${file}:${line}: "${oldCode}" is not a 7-digit gmina code`);
    if (!/^\d+$/.test(populationText)) throw new Error(`${file}:${line}: population "${populationText}" is not a whole number`);
    const value = Number(populationText);
    fileTotal += value;
    const code = mapCode(oldCode);
    if (!code) {
      unmapped.push({ code: oldCode, name, reason: 'no successor in the code history' });
      continue;
    }
    if (byCode.has(code)) throw new Error(`${file}:${line}: ${oldCode} maps onto ${code}, which an earlier row already gave`);
    if (code !== oldCode) recoded.set(code, oldCode);
    byCode.set(code, value);
  }
  const rows = [...byCode]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, value]): PublishedRow => ({
      code,
      year: POPULATION_2020_YEAR,
      indicator: 'POP',
      value,
      unit: 'persons',
      source: POPULATION_2020_SOURCE,
    }));
  return { rows, unmapped, recoded, fileTotal };
}
