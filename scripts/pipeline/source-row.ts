// One row of a source table after validation. Source tables are CSV files in
// data/releases/<release>/ with the header teryt,year,indicator,value,unit,flag,source
// (see data/README.md); the demo generator produces the same rows in memory.

export interface SourceRow {
  code: string;
  year: number;
  indicator: string;
  /** null only when the row is flagged suppressed. */
  value: number | null;
  unit: string;
  /** Bitmask of FLAG from src/core/cells.ts. */
  flags: number;
  /** Source id from data/sources.yaml. */
  source: string;
  /** Where the row came from, for error messages: file path and 1-based line. */
  file: string;
  line: number;
}

export const SOURCE_HEADER = ['teryt', 'year', 'indicator', 'value', 'unit', 'flag', 'source'] as const;

/** A problem in the input, always with the place and what to do about it. */
export interface InputProblem {
  file: string;
  line?: number;
  value?: string;
  message: string;
  fix: string;
}

export function formatProblem(p: InputProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const value = p.value !== undefined ? ` (value: "${p.value}")` : '';
  return `${where}: ${p.message}${value}\n    → ${p.fix}`;
}

export class InputError extends Error {
  problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem).join('\n');
    const more = problems.length > 50 ? `\n… and ${problems.length - 50} more` : '';
    super(`${problems.length} problem(s) in the input data:\n${shown}${more}`);
    this.problems = problems;
  }
}
