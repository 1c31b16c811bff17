// Deterministic, seeded demonstration data for every cell that no real source covers.
// Pure: no files, no clock, no Math.random; the same input gives the same rows in the
// same order. Every row is flagged demo. Real figures are never overwritten, and those
// at higher levels are met exactly by the generated values below them. The method is
// described in scripts/pipeline/demo/README.md; the plausible bases are in recipes.ts.
import type { Indicator } from '#core/catalogue.ts';
import type { Territory } from '#core/territory.ts';
import { firstYears, rowsBeforeCreation, type CreatedGmina } from '#scripts/pipeline/created-gminas.ts';
import { InputError, type InputProblem, type SourceRow } from '#scripts/pipeline/source-row.ts';
import { createContext, type DemoContext } from './context.ts';
import { generateAmounts, generateBinary, generateComposite, generateUnits } from './gmina-indicators.ts';
import { generatePopulation } from './population.ts';
import { RECIPES, type Recipe } from './recipes.ts';
import { surveyYears } from './series.ts';
import { realSumConflicts } from './spread.ts';
import { deriveComponentTargets, deriveRatioTargets } from './targets.ts';
import { generateLevelValues, generateVoivodeshipMean, generateVoivodeshipSum } from './voivodeship-indicators.ts';
import { pushAll } from '#core/arrays.ts';

export interface DemoInput {
  register: Territory[];
  catalogue: Indicator[];
  real: SourceRow[];
  years: number[];
  seed: string;
  /** Gminas created later than some of the years: they get no values before their creation. */
  created?: readonly CreatedGmina[];
}

/**
 * What the generator refuses before it starts, each at its file and line: values that
 * are not finite numbers (a 401-digit value parses as Infinity) and values for a gmina
 * in a year before it existed.
 */
export function checkRealRows(real: readonly SourceRow[], created: readonly CreatedGmina[] = []): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const r of real)
    if (r.value !== null && !Number.isFinite(r.value))
      problems.push({
        file: r.file,
        line: r.line,
        value: String(r.value),
        message: `${r.indicator} value is not a finite number`,
        fix: 'write a plain number with a decimal point and no thousands separator',
      });
  pushAll(problems, rowsBeforeCreation(real, created));
  return problems;
}

/** The recipe of an indicator: from recipes.ts, else a default by its aggregation rule. */
export function recipeFor(ind: Indicator): Recipe {
  const a = ind.aggregation;
  if (a.rule === 'ratio') return { method: 'skip', why: 'ratios are computed by the pipeline from their parts' };
  const listed = RECIPES[ind.id];
  if (listed) return listed;
  if (a.rule === 'none') return { method: 'level-values', sigma: 0.1 };
  if (a.rule === 'sum') return ind.levels.includes('gmina') ? { method: 'units' } : { method: 'voivodeship-sum' };
  return { method: 'skip', why: `no recipe for a ${a.rule} indicator` };
}

/** Indicators whose values this one is built from (they must be generated first). */
function dependencies(ctx: DemoContext, ind: Indicator): string[] {
  const deps: string[] = [...(ind.components ?? [])];
  const r = recipeFor(ind);
  if (r.method !== 'skip' && r.method !== 'population' && r.method !== 'level-values') deps.push('POP');
  if (r.method === 'population' && r.shareOf) deps.push(r.shareOf);
  if (r.method === 'units' && r.within) deps.push(r.within.parent);
  if (r.method === 'units' && r.weightFrom) deps.push(r.weightFrom);
  if (r.method === 'amounts') pushAll(deps, Object.keys(r.perUnit));
  if (r.method === 'voivodeship-mean' && ind.aggregation.rule === 'weighted-mean') deps.push(ind.aggregation.weight);
  // A real ratio fixes this numerator only once the denominator is known.
  for (const other of ctx.catalogue.values()) {
    const a = other.aggregation;
    if (a.rule === 'ratio' && a.numerator === ind.id && ctx.real.years(other.id).length) deps.push(a.denominator);
  }
  return deps.filter((d) => d !== ind.id && ctx.catalogue.has(d));
}

function processingOrder(ctx: DemoContext): Indicator[] {
  const out: Indicator[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (ind: Indicator) => {
    if (state.get(ind.id) === 'done') return;
    if (state.get(ind.id) === 'visiting') throw new Error(`demo generator: circular dependency at ${ind.id}`);
    state.set(ind.id, 'visiting');
    for (const d of dependencies(ctx, ind)) visit(ctx.catalogue.get(d)!);
    state.set(ind.id, 'done');
    out.push(ind);
  };
  for (const id of [...ctx.catalogue.keys()].sort()) visit(ctx.catalogue.get(id)!);
  return out;
}

/** Years with real values of the indicator or of indicators it weights (for survey parity). */
function realYearsFor(ctx: DemoContext, ind: Indicator): number[] {
  const years = [...ctx.real.years(ind.id)];
  for (const other of ctx.catalogue.values())
    if (other.aggregation.rule === 'weighted-mean' && other.aggregation.weight === ind.id) pushAll(years, ctx.real.years(other.id));
  return years;
}

const compareRows = (a: SourceRow, b: SourceRow) =>
  a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.year - b.year || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The demonstration rows for a release. Real figures that contradict each other stop it
 * with an InputError naming both rows; so does anything else the real figures make
 * impossible to meet, named by the indicator's real rows: never a bare stack trace.
 */
export function generateDemo(input: DemoInput): SourceRow[] {
  const before = checkRealRows(input.real, input.created);
  if (before.length) throw new InputError(before);
  const ctx = createContext(input.register, input.catalogue, input.real, input.years, input.seed, firstYears(input.created ?? []));
  const conflicts = [...ctx.catalogue.values()].filter((i) => i.aggregation.rule === 'sum').flatMap((i) => realSumConflicts(ctx, i.id));
  if (conflicts.length) throw new InputError(conflicts);
  let current: Indicator | undefined;
  try {
    for (const ind of processingOrder(ctx)) {
      current = ind;
      generateOne(ctx, ind);
    }
  } catch (e) {
    if (e instanceof InputError || !(e instanceof Error) || !current) throw e;
    const id = current.id;
    const rows = input.real.filter((r) => r.indicator === id);
    throw new InputError([
      {
        file: rows[0]?.file ?? 'data/releases',
        line: rows[0]?.line,
        value: rows.length > 1 ? `${rows.length} real ${id} rows in ${[...new Set(rows.map((r) => r.file))].join(', ')}` : undefined,
        message: `the demonstration data for ${id} cannot be made to fit its real figures: ${e.message}`,
        fix: `check the real ${id} figures against each other (a part larger than its whole, a subset larger than its set)`,
      },
    ]);
  }
  return ctx.out.sort(compareRows);
}

const compositesDone = new WeakMap<DemoContext, Set<string>>();

function generateOne(ctx: DemoContext, ind: Indicator): void {
  let done = compositesDone.get(ctx);
  if (!done) compositesDone.set(ctx, (done = new Set()));
  if (ind.aggregation.rule === 'ratio') return;
  if (ind.components?.length) {
    generateComposite(ctx, ind);
    return;
  }
  const recipe = recipeFor(ind);
  const years = surveyYears(ind.source.frequency, ctx.years, realYearsFor(ctx, ind));
  if (recipe.method !== 'skip' && recipe.method !== 'population') deriveRatioTargets(ctx, ind);
  switch (recipe.method) {
    case 'skip':
      break;
    case 'population':
      generatePopulation(ctx, ind.id, recipe.shareOf);
      break;
    case 'units':
      for (const composite of ctx.catalogue.values())
        if (composite.components?.includes(ind.id) && !done.has(composite.id)) {
          deriveComponentTargets(ctx, composite);
          done.add(composite.id);
        }
      generateUnits(ctx, ind, recipe, years);
      break;
    case 'amounts':
      generateAmounts(ctx, ind, recipe, years);
      break;
    case 'binary':
      generateBinary(ctx, ind, recipe, years);
      break;
    case 'voivodeship-sum':
      generateVoivodeshipSum(ctx, ind, recipe, years);
      break;
    case 'voivodeship-mean':
      generateVoivodeshipMean(ctx, ind, recipe, years);
      break;
    case 'level-values':
      generateLevelValues(ctx, ind, recipe, years);
      break;
  }
}
