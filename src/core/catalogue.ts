// The indicator catalogue schema. One YAML file per indicator lives in indicators/;
// this schema is the single definition of what such a file may say.
import { z } from 'zod';
import { pushAll } from './arrays.ts';
import { LEVELS } from './territory.ts';
import { httpUrl } from './safe-text-schema.ts';
import { THEMES } from './themes.ts';

const text = z.object({ pl: z.string().min(1), en: z.string().min(1) }).strict();

// Themes live in their own module, free of zod, so browser code can import their order.
export { THEMES, type Theme } from './themes.ts';

export const UNITS = [
  'entities',
  'units',
  'persons',
  'jobs',
  'accreditations',
  'thousand PLN',
  'million PLN',
  '%',
  'per 10,000 inhabitants',
  'persons per entity',
  'count',
  'km',
] as const;
export type Unit = (typeof UNITS)[number];

const id = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'indicator ids are UPPER_SNAKE_CASE');

export const aggregationSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('sum') }).strict(),
  z
    .object({
      rule: z.literal('ratio'),
      numerator: id,
      denominator: id,
      /** e.g. 10000 for "per 10,000 inhabitants", 100 for a percentage. */
      multiplier: z.number().positive(),
    })
    .strict(),
  z.object({ rule: z.literal('weighted-mean'), weight: id }).strict(),
  z.object({ rule: z.literal('none') }).strict(),
]);
export type Aggregation = z.infer<typeof aggregationSchema>;

/**
 * Where an indicator's real values live in GUS's Local Data Bank (BDL): the variable(s),
 * the levels to take, how several variables make one value and how BDL's unit converts
 * into ours. Read by the BDL connector (`npm run fetch:bdl`, API snapshots) and by the
 * importer of manual BDL CSV exports; both match a variable by its id where given and
 * otherwise by its dimension names, which an export's column headers repeat.
 */
export const bdlSourceSchema = z
  .object({
    /** Subject (BDL "podgrupa") the variables belong to, e.g. P1342; checked against the variable's metadata. */
    subject: z
      .string()
      .regex(/^P\d+$/)
      .optional(),
    variables: z
      .array(
        z
          .object({
            /** Variable id of GET /variables/{id}; only with a cited source, never guessed. */
            id: z.number().int().positive().optional(),
            /** Dimension values n1…n5 in BDL's own (Polish) words, e.g. ["w wieku produkcyjnym", "ogółem"]. */
            dimensions: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .min(1),
    /** BDL's measure unit name (`measureUnitName`; "[osoba]" in an export header). */
    unit: z.string().min(1),
    levels: z.array(z.enum(LEVELS)).min(1),
    /** Several variables make one value by adding them up (total population = the three economic age groups). */
    combine: z.literal('sum').optional(),
    /** BDL value × multiplier = value in the indicator's unit (1000 for "tys. osób" → persons). */
    multiplier: z.number().positive().optional(),
  })
  .strict()
  .refine((b) => b.variables.length === 1 || b.combine !== undefined, {
    message: 'several BDL variables need `combine: sum`',
  });
export type BdlSource = z.infer<typeof bdlSourceSchema>;

export const indicatorSchema = z
  .object({
    id,
    name: text,
    description: text,
    unit: z.enum(UNITS),
    decimals: z.number().int().min(0).max(3),
    theme: z.enum(THEMES),
    source: z
      .object({
        name: text,
        frequency: z.enum(['annual', 'biennial', 'continuous', 'one-off']),
        url: httpUrl.optional(),
      })
      .strict(),
    polarity: z.enum(['higher-is-better', 'higher-is-worse', 'neutral']),
    /** Levels where a value exists: survey figures stop at the voivodeship. */
    levels: z.array(z.enum(LEVELS)).min(1),
    aggregation: aggregationSchema,
    /** Counts of whole things (entities, persons) must be non-negative integers. */
    integer: z.boolean().default(false),
    /**
     * The smallest value a source table may give: 0 where a negative figure cannot exist
     * (counts, money, population, shares, rates). A value below it, or "-0" when it is 0,
     * stops the pipeline at its file and line. Absent: any sign is accepted.
     */
    min: z.number().finite().optional(),
    /** Indicators whose gmina value is the sum of other indicators (e.g. REINT). */
    components: z.array(id).optional(),
    kpres: z.string().optional(),
    notes: text.optional(),
    /** Where the real values live in BDL (see bdlSourceSchema). */
    bdl: bdlSourceSchema.optional(),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

export interface CatalogueProblem {
  file: string;
  message: string;
}

/**
 * Cross-file checks that one schema cannot express: unique ids, references to
 * existing indicators, and rules that make sense for the levels declared.
 */
export function checkCatalogue(entries: { file: string; indicator: Indicator }[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const byId = new Map<string, Indicator>();
  for (const { file, indicator } of entries) {
    const expected = `${indicator.id}.yaml`;
    if (!file.endsWith(expected)) problems.push({ file, message: `file name must be ${expected}` });
    if (byId.has(indicator.id)) problems.push({ file, message: `duplicate indicator id ${indicator.id}` });
    byId.set(indicator.id, indicator);
  }
  for (const { file, indicator } of entries) {
    const refs: string[] = [];
    const a = indicator.aggregation;
    if (a.rule === 'ratio') refs.push(a.numerator, a.denominator);
    if (a.rule === 'weighted-mean') refs.push(a.weight);
    pushAll(refs, indicator.components ?? []);
    for (const ref of refs) {
      const target = byId.get(ref);
      if (!target) {
        problems.push({ file, message: `refers to unknown indicator ${ref}` });
        continue;
      }
      const missing = indicator.levels.filter((l) => !target.levels.includes(l));
      if (missing.length && a.rule !== 'none')
        problems.push({ file, message: `${ref} does not exist at level(s) ${missing.join(', ')} that ${indicator.id} needs` });
    }
    if (a.rule === 'sum' && indicator.unit === '%') problems.push({ file, message: 'a percentage cannot be summed; use ratio or none' });
  }
  return problems;
}

/** Dependency order: numerators, denominators, weights and components before their users. */
export function computeOrder(indicators: Indicator[]): Indicator[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const done = new Set<string>();
  const out: Indicator[] = [];
  const visit = (ind: Indicator, stack: string[]) => {
    if (done.has(ind.id)) return;
    if (stack.includes(ind.id)) throw new Error(`circular indicator reference: ${[...stack, ind.id].join(' → ')}`);
    const a = ind.aggregation;
    const deps = [
      ...(a.rule === 'ratio' ? [a.numerator, a.denominator] : []),
      ...(a.rule === 'weighted-mean' ? [a.weight] : []),
      ...(ind.components ?? []),
    ];
    for (const d of deps) {
      const dep = byId.get(d);
      if (dep) visit(dep, [...stack, ind.id]);
    }
    done.add(ind.id);
    out.push(ind);
  };
  for (const ind of [...indicators].sort((a, b) => a.id.localeCompare(b.id))) visit(ind, []);
  return out;
}
