// Progress of one programme indicator towards its target. Pure and shared: the
// pipeline computes the status written to public/data/<release>/programmes/, and the
// pages and tests can recompute it from the same points with the same rule.
//
// The rule, in short (the page states it in full: programme.ruleText in src/i18n/*/programme.ts,
// filled from the constants below by progressRuleText in ./status-view.ts):
// - goal: the level to reach. "increase-by" adds the target value to the baseline;
//   "reach" and "keep-below" use the target value itself. The goal is met when the
//   value is at or above it, or at or below it for a decrease goal (a "reach" target
//   below the baseline) and for "keep-below".
// - only values after the baseline year and up to the target year count; later values
//   are shown on the page but do not change the status.
// - the latest of those values decides: missing data, a confidential (suppressed)
//   value or "data in preparation" in the latest year make the status "unknown",
//   never "achieved".
// - achieved: the latest value meets the goal ("keep-below": only from the target year
//   on, since the ceiling must hold until then). A goal met earlier and since lost is
//   not achieved; `reachedEarlier` says when it was met.
// - otherwise a straight line fitted to the last PROJECTION_POINTS known values (the
//   baseline counts as one when there are fewer measurements) is extended to the
//   target year: on track if the projection meets the goal, at risk if it covers at
//   least AT_RISK_MIN_SHARE of the distance from baseline to goal, off track below.
//   When the latest value is already for the target year there is nothing to
//   project: the goal was met (achieved) or not (off track, final).
// - where the baseline already meets the goal (a ceiling kept at baseline) there is no
//   distance to cover; "at risk" then means the projection misses the goal by no more
//   than 1 − AT_RISK_MIN_SHARE of the goal's own value.

export const TARGET_DIRECTIONS = ['increase-by', 'reach', 'keep-below'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export const STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'unknown'] as const;
export type ProgressStatus = (typeof STATUSES)[number];

export type UnknownReason = 'no-baseline' | 'no-data' | 'suppressed' | 'data-in-preparation';

/** How many of the latest known values the projection line is fitted to. */
export const PROJECTION_POINTS = 3;
/** A projection that covers at least this share of the distance baseline → goal is "at risk", below it "off track". */
export const AT_RISK_MIN_SHARE = 0.75;
/** A projection must cover the whole distance (share ≥ 1) to be "on track". */
export const ON_TRACK_MIN_SHARE = 1;

export interface ProgressPoint {
  year: number;
  /** null: missing, suppressed or in preparation. */
  value: number | null;
  /** Statistical confidentiality: a value exists but is not published. */
  suppressed?: boolean;
  /** The source says the figure is being prepared ("dane w opracowaniu"). */
  inPreparation?: boolean;
  demo?: boolean;
  /** A real value of the release's series, counted after the programme's own observations end. */
  fromSeries?: boolean;
}

export interface ProgressInput {
  baseline: { year: number | null; value: number | null; demo?: boolean };
  target: { year: number; value: number; direction: TargetDirection; demo?: boolean };
  /** Observed values in any order; years must be unique. */
  points: ProgressPoint[];
}

export interface Progress {
  status: ProgressStatus;
  /** Why the status is unknown. */
  reason?: UnknownReason;
  /** The level to reach (or stay at or below); null when it depends on a missing baseline. */
  goal: number | null;
  /** +1: the goal is met at or above it; -1: at or below it. */
  sense: 1 | -1 | null;
  /** The value that decides the status. */
  latest: { year: number; value: number } | null;
  /** Share of the distance baseline → goal covered by the latest value (may be < 0 or > 1); null when there is no distance to cover. */
  share: number | null;
  /** The projection at the target year and its share of the distance. */
  projected: number | null;
  projectedShare: number | null;
  /** Years whose values the projection line was fitted to (the baseline year included when used). */
  projectionYears: number[];
  /** The latest value is for the target year: the status is the final result, not a projection. */
  final: boolean;
  /** First year the goal was met, when the latest value no longer meets it. */
  reachedEarlier: number | null;
  /** Any value, baseline or target behind this status is demonstration data. */
  demo: boolean;
}

/** Rounds away float noise (0.43999999999999956 → 0.44) so shipped numbers stay readable. */
const roundStable = (x: number) => Math.round(x * 1e9) / 1e9;

/** The level a target asks for: baseline + value for "increase-by", the value itself otherwise. */
export function goalOf(baselineValue: number | null, target: { value: number; direction: TargetDirection }): number | null {
  if (target.direction === 'increase-by') return baselineValue === null ? null : baselineValue + target.value;
  return target.value;
}

/** +1 when more is better for this target, -1 when the goal is a ceiling or a decrease. */
export function senseOf(baselineValue: number | null, target: { value: number; direction: TargetDirection }): 1 | -1 | null {
  if (target.direction === 'keep-below') return -1;
  if (target.direction === 'increase-by') return target.value >= 0 ? 1 : -1;
  if (baselineValue === null) return null;
  return target.value >= baselineValue ? 1 : -1;
}

/** Share of the distance baseline → goal that `value` covers; null when the baseline already meets the goal. */
export function shareOf(value: number, baseline: number | null, goal: number | null, sense: 1 | -1 | null): number | null {
  if (baseline === null || goal === null || sense === null) return null;
  const distance = goal - baseline;
  if (sense * distance <= 0) return null;
  return roundStable((value - baseline) / distance);
}

/** Least-squares straight line through the points, evaluated at `year`. */
export function projectLinear(points: { year: number; value: number }[], year: number): number | null {
  if (!points.length) return null;
  if (points.length === 1) return points[0].value;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - mx) ** 2;
    sxy += (p.year - mx) * (p.value - my);
  }
  if (sxx === 0) return my;
  return my + (sxy / sxx) * (year - mx);
}

export function computeProgress(input: ProgressInput): Progress {
  const { baseline, target } = input;
  const goal = goalOf(baseline.value, target);
  const sense = senseOf(baseline.value, target);
  const out: Progress = {
    status: 'unknown',
    goal,
    sense,
    latest: null,
    share: null,
    projected: null,
    projectedShare: null,
    projectionYears: [],
    final: false,
    reachedEarlier: null,
    demo: !!baseline.demo || !!target.demo,
  };
  const needsBaseline = target.direction !== 'keep-below';
  if (goal === null || sense === null || (needsBaseline && (baseline.value === null || baseline.year === null))) {
    out.reason = 'no-baseline';
    return out;
  }
  const from = baseline.year ?? -Infinity;
  const window = input.points
    .filter((p) => p.year > from && p.year <= target.year)
    .filter((p) => p.value !== null || p.suppressed || p.inPreparation)
    .sort((a, b) => a.year - b.year);
  const last = window.at(-1);
  if (!last) {
    out.reason = 'no-data';
    return out;
  }
  if (last.suppressed || last.value === null) {
    out.demo ||= !!last.demo;
    out.reason = last.inPreparation && !last.suppressed ? 'data-in-preparation' : 'suppressed';
    return out;
  }
  const known = window.filter((p): p is ProgressPoint & { value: number } => p.value !== null && !p.suppressed);
  const met = (v: number) => sense * (v - goal) >= 0;
  const latest = { year: last.year, value: last.value };
  out.latest = latest;
  out.demo ||= !!last.demo;
  out.share = shareOf(latest.value, baseline.value, goal, sense);
  out.final = latest.year >= target.year;

  if (met(latest.value) && (target.direction !== 'keep-below' || out.final)) {
    out.status = 'achieved';
    return out;
  }
  if (!met(latest.value)) {
    const first = known.find((p) => met(p.value));
    if (first) out.reachedEarlier = first.year;
  }
  if (out.final) {
    out.status = 'off-track';
    return out;
  }

  const fit: { year: number; value: number; demo?: boolean }[] = known.slice(-PROJECTION_POINTS);
  if (fit.length < PROJECTION_POINTS && baseline.year !== null && baseline.value !== null)
    fit.unshift({ year: baseline.year, value: baseline.value, demo: baseline.demo });
  const projected = roundStable(projectLinear(fit, target.year)!);
  out.projected = projected;
  out.projectionYears = fit.map((p) => p.year);
  out.demo ||= fit.some((p) => p.demo);
  out.projectedShare = shareOf(projected, baseline.value, goal, sense);

  // Shortfall of the projection as a share of the distance to cover; when there is no
  // distance (a ceiling already respected at baseline), relative to the goal itself.
  const gap = sense * (goal - projected);
  if (gap <= 0) out.status = 'on-track';
  else {
    const hasDistance = baseline.value !== null && sense * (goal - baseline.value) > 0;
    const scale = hasDistance ? Math.abs(goal - baseline.value!) : Math.abs(goal) || 1;
    out.status = roundStable(gap / scale) <= ON_TRACK_MIN_SHARE - AT_RISK_MIN_SHARE ? 'at-risk' : 'off-track';
  }
  return out;
}

/**
 * The planned path from the baseline to the goal, straight between the baseline,
 * each milestone and the target, for the chart's "baseline-to-target" line.
 */
export function plannedPath(
  baseline: { year: number | null; value: number | null },
  target: { year: number; value: number; direction: TargetDirection },
  milestones: { year: number; value: number }[] = [],
): { year: number; value: number }[] {
  const goal = goalOf(baseline.value, target);
  if (goal === null) return [];
  const pts: { year: number; value: number }[] = [];
  if (baseline.year !== null && baseline.value !== null) pts.push({ year: baseline.year, value: baseline.value });
  for (const m of [...milestones].sort((a, b) => a.year - b.year)) pts.push({ year: m.year, value: m.value });
  pts.push({ year: target.year, value: goal });
  return pts;
}
