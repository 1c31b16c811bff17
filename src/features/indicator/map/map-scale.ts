// Classed colour scales for the choropleth maps. Pure, so the unit tests, the build and
// the map island classify identically.
//
// - Sequential (counts, sums): classes from quantiles or natural breaks (Jenks/ckmeans),
//   computed once from every year's values of the level, so a colour means the same
//   range in every year and the year slider compares like with like.
// - Diverging (ratios and means, i.e. indicators with a meaningful midpoint: the
//   national value of the shown year): classes below and above the midpoint, each side
//   split by quantiles or natural breaks of that side's values.
//
// Palettes are ColorBrewer's YlGnBu (sequential) and PuOr (diverging), both marked
// colour-blind safe. "No data" and "confidential" are never a class colour: they are
// hatched patterns with their own legend entries, so they differ without colour too.

/** How class boundaries are chosen. */
export type ClassMethod = 'quantile' | 'natural';
export type ScaleKind = 'sequential' | 'diverging';

export interface MapClass {
  /** Smallest and largest value in the class (labels show "lo–hi"). */
  lo: number;
  hi: number;
  colour: string;
  /** Which side of the midpoint a diverging class lies on. */
  side?: 'below' | 'above';
}

export interface MapScale {
  kind: ScaleKind;
  method: ClassMethod;
  /** Upper bounds of the classes, ascending; a value belongs to the first class whose bound it does not exceed. */
  thresholds: number[];
  classes: MapClass[];
  midpoint?: number;
}

/** ColorBrewer YlGnBu, by number of classes. */
export const SEQUENTIAL: Record<number, string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** ColorBrewer PuOr: orange below the midpoint (far → near), purple above (near → far). */
export const DIVERGING_BELOW: Record<number, string[]> = {
  1: ['#f1a340'],
  2: ['#e08214', '#fdb863'],
  3: ['#b35806', '#f1a340', '#fee0b6'],
};
export const DIVERGING_ABOVE: Record<number, string[]> = {
  1: ['#998ec3'],
  2: ['#b2abd2', '#8073ac'],
  3: ['#d8daeb', '#998ec3', '#542788'],
};

/** Fills of the two states that are not values; the map draws them as patterns on these. */
export const EMPTY_STYLE = {
  missing: { background: '#ffffff', line: '#8a939e' },
  suppressed: { background: '#5b6470', line: '#ffffff' },
} as const;

export const DEFAULT_CLASSES = 5;
export const DIVERGING_CLASSES_PER_SIDE = 3;

/** Finite values, sorted ascending. */
export function sortedFinite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

/** Nearest-rank quantile (type 1): always a value that occurs in the data. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

/**
 * Upper bounds of up to k quantile classes. Ties are common (most gminas have 0 social
 * cooperatives); when a bound would repeat, the remaining classes are recomputed over
 * the values above it, so "0" becomes a class of its own and the rest still splits.
 */
export function quantileThresholds(sorted: readonly number[], k: number): number[] {
  const out: number[] = [];
  let start = 0;
  while (start < sorted.length && out.length < k) {
    const left = k - out.length;
    const rest = sorted.slice(start);
    const t = quantileSorted(rest, 1 / left);
    out.push(t);
    // Skip everything up to and including t.
    let j = start;
    while (j < sorted.length && sorted[j] <= t) j++;
    start = j;
  }
  if (out.length && sorted.length) out[out.length - 1] = Math.max(out[out.length - 1], sorted[sorted.length - 1]);
  return out;
}

/** At most `max` values spread evenly over the sorted input, ends included. */
export function sampleSorted(sorted: readonly number[], max: number): number[] {
  if (sorted.length <= max) return [...sorted];
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(sorted[Math.round((i * (sorted.length - 1)) / (max - 1))]);
  return out;
}

/**
 * Natural breaks: optimal 1-D k-means (ckmeans, Wang & Song 2011), the exact version
 * of Jenks' method. O(k·n²) on at most 600 sampled values: a few milliseconds.
 */
export function naturalThresholds(sorted: readonly number[], k: number): number[] {
  if (!sorted.length) return [];
  const data = sampleSorted(sorted, 600);
  const unique = [...new Set(data)];
  if (unique.length <= k) return unique.length === new Set(sorted).size ? unique : quantileThresholds(sorted, k);
  const n = data.length;
  // Prefix sums for the within-cluster sum of squares of data[i..j].
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i] + data[i];
    s2[i + 1] = s2[i] + data[i] * data[i];
  }
  const ssq = (i: number, j: number) => {
    const m = j - i + 1;
    const s = s1[j + 1] - s1[i];
    return s2[j + 1] - s2[i] - (s * s) / m;
  };
  const cost: Float64Array[] = [];
  const back: Int32Array[] = [];
  for (let c = 0; c < k; c++) {
    cost.push(new Float64Array(n).fill(Infinity));
    back.push(new Int32Array(n));
  }
  for (let j = 0; j < n; j++) cost[0][j] = ssq(0, j);
  for (let c = 1; c < k; c++) {
    for (let j = c; j < n; j++) {
      let best = Infinity;
      let arg = c;
      for (let i = c; i <= j; i++) {
        const v = cost[c - 1][i - 1] + ssq(i, j);
        if (v < best) {
          best = v;
          arg = i;
        }
      }
      cost[c][j] = best;
      back[c][j] = arg;
    }
  }
  // Walk back to the cluster starts; an upper bound is the last value of each cluster.
  const bounds: number[] = [];
  let j = n - 1;
  for (let c = k - 1; c >= 0; c--) {
    bounds.unshift(data[j]);
    const start = c > 0 ? back[c][j] : 0;
    j = start - 1;
    if (j < 0) break;
  }
  const out = [...new Set(bounds)].sort((a, b) => a - b);
  out[out.length - 1] = sorted[sorted.length - 1];
  return out;
}

export function thresholdsFor(sorted: readonly number[], k: number, method: ClassMethod): number[] {
  return method === 'natural' ? naturalThresholds(sorted, k) : quantileThresholds(sorted, k);
}

/** Index of the class of v: the first bound v does not exceed (binary search). */
export function classIndex(thresholds: readonly number[], v: number): number {
  let lo = 0;
  let hi = thresholds.length - 1;
  if (hi < 0) return -1;
  if (v > thresholds[hi]) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= thresholds[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Classes with the real smallest and largest value each holds (labels never promise values that do not occur). */
function classesOf(sorted: readonly number[], thresholds: number[], colours: string[]): MapClass[] {
  const classes: MapClass[] = [];
  let i = 0;
  thresholds.forEach((t, c) => {
    const lo = i < sorted.length ? sorted[i] : t;
    while (i < sorted.length && (sorted[i] <= t || c === thresholds.length - 1)) i++;
    classes.push({ lo: Math.min(lo, t), hi: t, colour: colours[c] });
  });
  return classes;
}

/**
 * Thresholds with zero as a class of its own when the values start at zero: counts and
 * rates of rare units are mostly 0, and a 0 sharing a colour with 0.4 hides where
 * something exists at all. The remaining classes split the positive values.
 */
function thresholdsWithZero(sorted: readonly number[], k: number, method: ClassMethod): number[] {
  if (sorted[0] !== 0 || sorted.at(-1)! <= 0 || k < 2) return thresholdsFor(sorted, k, method);
  let firstPositive = 0;
  while (sorted[firstPositive] === 0) firstPositive++;
  return [0, ...thresholdsFor(sorted.slice(firstPositive), k - 1, method)];
}

/** A sequential scale over the given values (all years of a level, pooled). */
export function sequentialScale(
  values: Iterable<number | null | undefined>,
  method: ClassMethod = 'quantile',
  k = DEFAULT_CLASSES,
): MapScale {
  const sorted = sortedFinite(values);
  const thresholds = thresholdsWithZero(sorted, Math.min(k, 7), method);
  const colours = SEQUENTIAL[Math.max(1, thresholds.length)] ?? SEQUENTIAL[5];
  return { kind: 'sequential', method, thresholds, classes: classesOf(sorted, thresholds, colours) };
}

/**
 * A diverging scale around a midpoint: values at or below it take the orange classes,
 * values above it the purple ones. Each side is classed on its own values.
 */
export function divergingScale(
  values: Iterable<number | null | undefined>,
  midpoint: number,
  method: ClassMethod = 'quantile',
  perSide = DIVERGING_CLASSES_PER_SIDE,
): MapScale {
  const sorted = sortedFinite(values);
  const below = sorted.filter((v) => v <= midpoint);
  const above = sorted.filter((v) => v > midpoint);
  const tb = thresholdsWithZero(below, Math.min(perSide, 3), method);
  const ta = thresholdsFor(above, Math.min(perSide, 3), method);
  const cb = DIVERGING_BELOW[tb.length] ?? [];
  const ca = DIVERGING_ABOVE[ta.length] ?? [];
  const classes = [
    ...classesOf(below, tb, cb).map((c) => ({ ...c, side: 'below' as const })),
    ...classesOf(above, ta, ca).map((c) => ({ ...c, side: 'above' as const })),
  ];
  return { kind: 'diverging', method, thresholds: [...tb, ...ta], classes, midpoint };
}

/** Fill of one value: a class colour, or null for a missing or confidential cell. */
export function colourOf(scale: MapScale, v: number | null | undefined): string | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const i = classIndex(scale.thresholds, v);
  return i < 0 ? null : scale.classes[i].colour;
}

/**
 * Below this share of zeros a diverging scale still reads true; above it, most areas
 * would sit in the darkest "below" class and the country would look far below average
 * when it is the rare non-zero areas that pull the national value up.
 */
export const MAX_ZERO_SHARE_FOR_DIVERGING = 0.25;
/** Each side of the midpoint must hold at least this share of the areas to be worth a colour ramp. */
export const MIN_SIDE_SHARE_FOR_DIVERGING = 0.1;

/**
 * Diverging scales are for indicators with a meaningful midpoint. Ratios and means
 * (per 10,000 inhabitants, shares, averages) compare with the national value of the
 * same year; sums (counts, persons, money) depend on size and have no such midpoint.
 * Given the shown values, a diverging scale is chosen only where both sides of the
 * midpoint are populated and zeros are not the bulk of the map.
 */
export function scaleKindFor(
  ind: { aggregation: { rule: string } },
  national: number | null | undefined,
  values?: Iterable<number | null | undefined>,
): ScaleKind {
  if (ind.aggregation.rule === 'sum' || national === null || national === undefined || !Number.isFinite(national)) return 'sequential';
  if (!values) return 'diverging';
  const sorted = sortedFinite(values);
  if (!sorted.length) return 'sequential';
  let zeros = 0;
  let below = 0;
  for (const v of sorted) {
    if (v === 0) zeros++;
    if (v <= national) below++;
  }
  const n = sorted.length;
  if (zeros / n > MAX_ZERO_SHARE_FOR_DIVERGING) return 'sequential';
  return below / n >= MIN_SIDE_SHARE_FOR_DIVERGING && (n - below) / n >= MIN_SIDE_SHARE_FOR_DIVERGING ? 'diverging' : 'sequential';
}

// ---------------------------------------------------------------- contrast

function luminance(hex: string): number {
  const c = hex.replace('#', '');
  const ch = [0, 2, 4]
    .map((i) => parseInt(c.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
