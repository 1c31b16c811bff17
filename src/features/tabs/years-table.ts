// The indicator page's table view: the country and each voivodeship by year, every cell
// with its flags so the table marks demo, confidential and missing values like every other.
import type { LevelFile, Series } from '#core/data-types.ts';

export interface YearsCell {
  value: number | null;
  flags: number;
}
export interface YearsRow {
  code: string;
  cells: YearsCell[];
}

/**
 * Rows for the years of the country's file: Poland first (from its series), then the
 * voivodeships in the level file's order; a year the level file lacks is an empty cell.
 */
export function indicatorYearRows(
  years: readonly number[],
  country: Series | undefined,
  voivodeships: LevelFile | undefined,
  id: string,
): YearsRow[] {
  const rows: YearsRow[] = [];
  if (country) rows.push({ code: 'PL', cells: years.map((_, i) => ({ value: country.v[i] ?? null, flags: country.f?.[i] ?? 0 })) });
  const values = voivodeships?.values[id];
  if (voivodeships && values) {
    const yi = years.map((y) => voivodeships.years.indexOf(y));
    voivodeships.codes.forEach((code, ti) =>
      rows.push({
        code,
        cells: yi.map((i) =>
          i < 0 ? { value: null, flags: 0 } : { value: values[i]?.[ti] ?? null, flags: voivodeships.flags[id]?.[i]?.[ti] ?? 0 },
        ),
      }),
    );
  }
  return rows;
}
