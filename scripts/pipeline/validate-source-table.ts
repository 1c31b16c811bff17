// Validates one source table (long format) against the register, the catalogue and
// the release. Every problem names file, line, value and what to do; nothing is
// dropped silently.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG, parseFlags } from '#core/cells.ts';
import { parseCsv } from '#core/csv.ts';
import { levelOfCode, type Territory } from '#core/territory.ts';
import { SOURCE_HEADER, type InputProblem, type SourceRow } from './source-row.ts';

export interface ValidationContext {
  territories: ReadonlyMap<string, Territory>;
  catalogue: ReadonlyMap<string, Indicator>;
  /** First and last year of the release, inclusive. */
  years: { from: number; to: number };
  sources: ReadonlySet<string>;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

export function validateSourceTable(file: string, text: string, ctx: ValidationContext): { rows: SourceRow[]; problems: InputProblem[] } {
  const records = parseCsv(text);
  const problems: InputProblem[] = [];
  const rows: SourceRow[] = [];
  const header = records.shift();
  if (!header || header.fields.join(',') !== SOURCE_HEADER.join(',')) {
    problems.push({
      file,
      line: 1,
      value: header?.fields.join(','),
      message: 'wrong header',
      fix: `the first line must be exactly ${SOURCE_HEADER.join(',')}`,
    });
    return { rows, problems };
  }
  for (const { line, fields } of records) {
    const bad = (message: string, value: string | undefined, fix: string) => problems.push({ file, line, value, message, fix });
    if (fields.length !== SOURCE_HEADER.length) {
      bad(`expected ${SOURCE_HEADER.length} fields, found ${fields.length}`, fields.join(','), 'quote fields that contain commas');
      continue;
    }
    const [code, yearText, indicatorId, valueText, unit, flagText, source] = fields.map((f) => f.trim());
    const problemsBefore = problems.length;

    const territory = ctx.territories.get(code);
    if (!territory) {
      const fix = levelOfCode(code)
        ? 'this code is not in the current TERC register (data/geo/territories.json); if it is an older code, translate it with data/geo/code-history.csv'
        : 'use "PL", a 2-digit voivodeship, 4-digit powiat or 7-digit gmina TERYT code (keep leading zeros)';
      bad('unknown TERYT code', code, fix);
    }
    const year = Number(yearText);
    if (yearText === '') bad('missing year', yearText, 'give the reference year (e.g. 2023)');
    else if (!/^\d{4}$/.test(yearText)) bad('year is not a 4-digit number', yearText, 'give the reference year (e.g. 2023)');
    else if (year < ctx.years.from || year > ctx.years.to)
      bad(
        `year outside the release (${ctx.years.from}-${ctx.years.to})`,
        yearText,
        'move the row to the release that covers that year, or widen the release years in release.yaml',
      );

    const indicator = ctx.catalogue.get(indicatorId);
    if (!indicator) bad('unknown indicator', indicatorId, 'use an id from indicators/ or add a definition file there');
    else {
      if (territory && !indicator.levels.includes(territory.level))
        bad(
          `indicator ${indicatorId} does not exist at level ${territory.level} (it exists at: ${indicator.levels.join(', ')})`,
          code,
          'use a code of the right level, or add the level to the indicator definition if the source really publishes it',
        );
      if (unit !== indicator.unit)
        bad(
          `unit mismatch: ${indicatorId} is measured in "${indicator.unit}"`,
          unit,
          'convert the value to the catalogue unit and write that unit',
        );
    }

    const { flags, unknown } = parseFlags(flagText);
    if (unknown.length)
      bad(`unknown flag "${unknown.join('+')}"`, flagText, 'use demo, suppressed, estimate or provisional, joined with + (or leave empty)');
    const suppressed = (flags & FLAG.suppressed) !== 0;
    let value: number | null = null;
    if (suppressed) {
      if (valueText !== '')
        bad('a suppressed value must not be published', valueText, 'leave the value empty for suppressed (confidential) cells');
    } else if (valueText === '') {
      bad('empty value', valueText, 'omit the row when the value is missing, or flag it suppressed if it is confidential');
    } else if (!NUMBER.test(valueText)) {
      bad('not a number', valueText, 'write a plain number with a decimal point and no thousands separator (e.g. 1234.5)');
    } else {
      value = Number(valueText);
      if (!Number.isFinite(value))
        bad(
          'number too large to be a real figure',
          `${valueText.slice(0, 20)}… (${valueText.length} digits)`,
          'check the value and its unit',
        );
      else if (indicator?.integer && (value < 0 || !Number.isInteger(value)))
        bad(`${indicatorId} is a count: it must be a whole number ≥ 0`, valueText, 'check the value and its unit');
      else if (indicator?.min !== undefined && value < indicator.min)
        bad(
          `${indicatorId} cannot be below ${indicator.min} (min in indicators/${indicatorId}.yaml)`,
          valueText,
          'check the sign and the unit: a figure below the minimum means the source or its conversion is wrong',
        );
      else if (indicator?.min === 0 && Object.is(value, -0))
        bad(
          `${indicatorId} cannot be negative, and "${valueText}" is a negative value rounded to zero`,
          valueText,
          'write 0 if the value is zero; otherwise check the source and its conversion',
        );
      // A -0 that is allowed is stored as 0, so no download ever prints "-0".
      if (Object.is(value, -0)) value = 0;
    }
    if (!ctx.sources.has(source)) bad('unknown source id', source, 'add the source to data/sources.yaml or use an id defined there');

    if (problems.length === problemsBefore) rows.push({ code, year, indicator: indicatorId, value, unit, flags, source, file, line });
  }
  return { rows, problems };
}

/** Two rows for the same territory, year and indicator within one kind of input (real, or demo). */
export function findDuplicates(rows: SourceRow[]): InputProblem[] {
  const seen = new Map<string, SourceRow>();
  const problems: InputProblem[] = [];
  for (const r of rows) {
    const key = `${r.code}|${r.year}|${r.indicator}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: r.file,
        line: r.line,
        value: `${r.code},${r.year},${r.indicator}`,
        message: `duplicate of ${first.file}:${first.line}`,
        fix: 'keep one row per (teryt, year, indicator); remove or correct the other',
      });
    else seen.set(key, r);
  }
  return problems;
}
