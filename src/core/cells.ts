// A cell is one value of one indicator for one territory and year, with the flags
// that every view must show. Missing is the absence of a cell (value null, no
// SUPPRESSED flag); suppressed is a state of its own and never carries a number.

export const FLAG = {
  demo: 1,
  suppressed: 2,
  estimate: 4,
  provisional: 8,
  /** Computed by the pipeline from lower levels, not read from a source. */
  aggregated: 16,
} as const;
export type FlagName = keyof typeof FLAG;

/** Flags a source table may carry; `aggregated` is the pipeline's own. */
export const SOURCE_FLAGS = ['demo', 'suppressed', 'estimate', 'provisional'] as const;
export type SourceFlag = (typeof SOURCE_FLAGS)[number];

export interface Cell {
  value: number | null;
  flags: number;
  /** Source id (see sources in the release manifest); several joined by "+". */
  source?: string;
}

export const isSuppressed = (c: Cell | undefined): boolean => !!c && (c.flags & FLAG.suppressed) !== 0;
export const isMissing = (c: Cell | undefined): boolean => !c || (c.value === null && !isSuppressed(c));
export const hasFlag = (flags: number, name: FlagName): boolean => (flags & FLAG[name]) !== 0;

export function flagNames(flags: number): FlagName[] {
  return (Object.keys(FLAG) as FlagName[]).filter((n) => flags & FLAG[n]);
}

/** Parses "demo", "demo+suppressed" or "" into a bitmask; unknown names are returned for the caller to report. */
export function parseFlags(text: string): { flags: number; unknown: string[] } {
  let flags = 0;
  const unknown: string[] = [];
  for (const part of text
    .split('+')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if ((SOURCE_FLAGS as readonly string[]).includes(part)) flags |= FLAG[part as SourceFlag];
    else unknown.push(part);
  }
  return { flags, unknown };
}

export function formatFlags(flags: number): string {
  return flagNames(flags).join('+');
}

/** Union of the sources of several cells, sorted so output stays deterministic. */
export function mergeSources(cells: (Cell | undefined)[]): string | undefined {
  let set: Set<string> | undefined;
  // Most cells carry no source (builder groups of thousands): nothing allocated for them.
  for (const c of cells) {
    const source = c?.source;
    if (source) for (const s of source.split('+')) if (s) (set ??= new Set()).add(s);
  }
  return set ? [...set].sort().join('+') : undefined;
}

/**
 * The status every export writes beside a value, one word per value so a spreadsheet
 * filter can keep only real figures. Demo outranks estimate and provisional: a demo
 * figure is never an official one, whatever else is said of it.
 */
export const VALUE_STATUSES = ['real', 'demo', 'estimate', 'provisional', 'confidential', 'missing'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export function valueStatus(c: Cell | undefined): ValueStatus {
  if (isSuppressed(c)) return 'confidential';
  if (isMissing(c)) return 'missing';
  const flags = c!.flags;
  if (flags & FLAG.demo) return 'demo';
  if (flags & FLAG.estimate) return 'estimate';
  if (flags & FLAG.provisional) return 'provisional';
  return 'real';
}
