// Turns a validated programme definition into the resolved file the site ships:
// catalogue indicators get their release series for the programme's territory,
// baselines marked "series" are read from it, and every indicator gets its progress.
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import {
  allIndicators,
  emptyStatusCounts,
  indicatorHasDemo,
  type ProgrammeDefinition,
  type ProgrammeFile,
  type ProgrammeIndicator,
  type ProgrammeNode,
  type ResolvedIndicator,
  type ResolvedNode,
} from '#features/programme/programme.ts';
import { computeProgress, goalOf, plannedPath, type ProgressPoint } from '#features/programme/progress.ts';
import { unitText } from '#features/programme/programme-text.ts';
import type { Territory } from '#core/territory.ts';

/** One catalogue indicator's values for one territory over the release years (catalogue units). */
export interface SeriesValues {
  years: number[];
  v: (number | null)[];
  /** FLAG bitmasks (src/core/cells.ts); omitted when all 0. */
  f?: number[];
  s?: string | (string | null)[];
}
export type SeriesLookup = (indicator: string, code: string) => SeriesValues | undefined;

export interface ResolveContext {
  register: Territory[];
  catalogue: Indicator[];
  series: SeriesLookup;
  release?: string;
}

/** Rounds away float noise from unit conversion (1.266 × 1000 = 1266.0000000000002). */
const clean = (x: number) => Math.round(x * 1e6) / 1e6;

function decimalsOf(xs: (number | null | undefined)[]): number {
  let d = 0;
  for (const x of xs) {
    if (x === null || x === undefined || Number.isInteger(x)) continue;
    d = Math.max(d, (String(x).split('.')[1] ?? '').length);
  }
  return Math.min(d, 4);
}

/** Real (not demo, not confidential) series values after `afterYear`, in the programme's unit, marked as from the series. */
export function laterRealPoints(
  series: Required<Pick<SeriesValues, 'years' | 'v' | 'f'>>,
  afterYear: number,
  toProgramme: (v: number) => number,
): ProgressPoint[] {
  const out: ProgressPoint[] = [];
  series.years.forEach((year, i) => {
    const v = series.v[i];
    const f = series.f[i] ?? 0;
    if (year <= afterYear || v === null || f & (FLAG.demo | FLAG.suppressed)) return;
    out.push({ year, value: toProgramme(v), fromSeries: true });
  });
  return out;
}

function resolveIndicator(
  ind: ProgrammeIndicator,
  node: string | null,
  code: string,
  ctx: ResolveContext,
  byId: Map<string, Indicator>,
): ResolvedIndicator {
  const cat = ind.catalogue ? byId.get(ind.catalogue) : undefined;
  const factor = ind.factor ?? 1;
  const raw = cat ? ctx.series(cat.id, code) : undefined;
  const series = raw && { years: raw.years, v: raw.v, f: raw.f ?? raw.v.map(() => 0), ...(raw.s !== undefined && { s: raw.s }) };
  const toProgramme = (v: number) => clean(v / factor);

  let baselineValue: number | null;
  let baselineDemo = ind.baseline.demo;
  const fromSeries = ind.baseline.value === 'series';
  if (ind.baseline.value === 'series') {
    const i = series && ind.baseline.year !== null ? series.years.indexOf(ind.baseline.year) : -1;
    const v = i >= 0 ? series!.v[i] : null;
    const f = i >= 0 ? series!.f[i] : 0;
    baselineValue = v === null || f & FLAG.suppressed ? null : toProgramme(v);
    baselineDemo ||= (f & FLAG.demo) !== 0;
  } else baselineValue = ind.baseline.value;

  const observations = (ind.observations ?? []).map((o) => ({
    year: o.year,
    value: o.value,
    status: o.status,
    ...(o.source && { source: o.source }),
    demo: o.demo,
    ...(o.note && { note: o.note }),
  }));
  let basis: ResolvedIndicator['basis'] = 'none';
  let points: ProgressPoint[] = [];
  if (observations.length) {
    basis = 'observations';
    points = observations.map((o) => {
      const p: ProgressPoint = { year: o.year, value: o.status === 'published' ? o.value : null };
      if (o.status === 'suppressed') p.suppressed = true;
      if (o.status === 'data-in-preparation') p.inPreparation = true;
      if (o.demo) p.demo = true;
      return p;
    });
    // A programme's monitoring stops publishing long before the programme ends; real
    // values of the same indicator from the release, for the years after its last
    // observation, are just as good evidence and must count (never demo ones).
    const lastObserved = points.reduce((y, p) => Math.max(y, p.year), -Infinity);
    if (series) points = points.concat(laterRealPoints(series, lastObserved, toProgramme));
  } else if (series) {
    basis = 'series';
    series.years.forEach((year, i) => {
      const f = series.f[i];
      const v = series.v[i];
      const suppressed = (f & FLAG.suppressed) !== 0;
      if (v === null && !suppressed) return; // missing: a gap, not a zero
      const p: ProgressPoint = { year, value: suppressed || v === null ? null : toProgramme(v) };
      if (suppressed) p.suppressed = true;
      if (f & FLAG.demo) p.demo = true;
      points.push(p);
    });
  }

  const target = ind.target;
  const progress = computeProgress({
    baseline: { year: ind.baseline.year, value: baselineValue, demo: baselineDemo },
    target: { year: target.year, value: target.value, direction: target.direction, demo: target.demo },
    points,
  });
  const milestones = (ind.milestones ?? []).map((m) => ({ year: m.year, value: m.value, demo: m.demo, ...(m.note && { note: m.note }) }));
  const decimals =
    ind.decimals ??
    (cat && factor === 1
      ? Math.max(cat.decimals, decimalsOf([baselineValue, target.value, ...observations.map((o) => o.value)]))
      : decimalsOf([
          baselineValue,
          target.value,
          ...milestones.map((m) => m.value),
          ...observations.map((o) => o.value),
          ...points.map((p) => p.value),
        ]));

  const out: ResolvedIndicator = {
    id: ind.id,
    node,
    ...(cat && { catalogue: cat.id }),
    name: ind.name ?? cat!.name,
    unit: ind.unit ?? (cat ? unitText(cat.unit) : { pl: '', en: '' }),
    ...(cat && { catalogueUnit: cat.unit }),
    factor,
    decimals,
    baseline: {
      year: ind.baseline.year,
      value: baselineValue,
      yearAssumed: ind.baseline.yearAssumed,
      demo: baselineDemo,
      fromSeries,
      ...(ind.baseline.note && { note: ind.baseline.note }),
    },
    target: {
      year: target.year,
      value: target.value,
      direction: target.direction,
      goal: goalOf(baselineValue, target),
      yearAssumed: target.yearAssumed,
      demo: target.demo,
      ...(target.note && { note: target.note }),
    },
    milestones,
    observations,
    ...(series && { series }),
    basis,
    points,
    path: plannedPath({ year: ind.baseline.year, value: baselineValue }, target, milestones),
    progress,
    ...(ind.responsible && { responsible: ind.responsible }),
    dataSource: ind.dataSource,
    ...(ind.note && { note: ind.note }),
  };
  return out;
}

export function resolveProgramme(def: ProgrammeDefinition, file: string | null, ctx: ResolveContext): ProgrammeFile {
  const byId = new Map(ctx.catalogue.map((i) => [i.id, i]));
  const t = ctx.register.find((x) => x.code === def.territory)!;
  const code = def.territory;
  const resolveNode = (n: ProgrammeNode): ResolvedNode => ({
    id: n.id,
    type: n.type,
    ...(n.number !== undefined && { number: n.number }),
    title: n.title,
    ...(n.note && { note: n.note }),
    indicators: (n.indicators ?? []).map((ind) => resolveIndicator(ind, n.id, code, ctx, byId)),
    children: (n.children ?? []).map(resolveNode),
  });
  const indicators = (def.indicators ?? []).map((ind) => resolveIndicator(ind, null, code, ctx, byId));
  const tree = def.tree.map(resolveNode);
  const all = allIndicators({ indicators, tree });
  const statusCounts = emptyStatusCounts();
  for (const i of all) statusCounts[i.progress.status]++;
  const out: ProgrammeFile = {
    ...(ctx.release && { release: ctx.release }),
    id: def.id,
    territory: { code: t.code, level: t.level, name: t.name, displayName: t.displayName, slug: t.slug },
    title: def.title,
    ...(def.shortTitle && { shortTitle: def.shortTitle }),
    period: def.period,
    ...(def.adopted && { adopted: def.adopted }),
    ...(def.amendments && { amendments: def.amendments }),
    ...(def.responsible && { responsible: def.responsible }),
    demo: def.demo,
    hasDemo: def.demo || all.some(indicatorHasDemo),
    file,
    ...(def.note && { note: def.note }),
    ...(def.context && { context: def.context }),
    sources: def.sources,
    indicators,
    tree,
    statusCounts,
  };
  return out;
}
