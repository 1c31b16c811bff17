// The look of the portal's year-and-value charts (territory charts and their embeds,
// programme progress charts): each series' colour, dash and width, the marker of
// demonstration values and the rules. Lines differ by dash as well as colour, so they
// read without colour too (WCAG 1.4.1).
//
// The colours are written out rather than as var(--…): the same SVG is cached, inlined
// in embeds on other sites and drawn by Plot in the browser, where a custom property
// may not resolve. Each colour that has a design token equals it (TOKEN_OF below;
// tests/core/chart-style.test.ts compares them with src/styles/tokens.css).

/** The colours of the chart palette. */
export const CHART_COLOUR = {
  /** The territory's own line, a programme's actual values. */
  own: '#0b5394',
  /** The parent territory, a programme's path to its goal. */
  parent: '#a34700',
  /** Poland, a programme's comparison series. */
  country: '#4a4a4a',
  /** Similar territories. */
  peer: '#7a6a9a',
  /** A programme's projection from its trend. */
  projection: '#6b4f9a',
  /** The zero rule, the goal year and the pointer crosshair. */
  rule: '#8a8a8a',
  /** The inside of a hollow (demonstration) dot and the outline of the goal marker. */
  background: '#ffffff',
} as const;

export type ChartColour = keyof typeof CHART_COLOUR;

/** The design token (src/styles/tokens.css) each chart colour equals, where there is one. */
export const TOKEN_OF: Partial<Record<ChartColour, string>> = {
  own: '--c-accent',
  parent: '--c-parent',
  country: '--c-country',
  background: '--c-bg',
};

export interface SeriesStyle {
  stroke: string;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  width: number;
}

export type SeriesKind = 'own' | 'parent' | 'country' | 'peer' | 'projection';

/** Every series style of the portal's charts. */
export const SERIES_STYLE: Record<SeriesKind, SeriesStyle> = {
  own: { stroke: CHART_COLOUR.own, dash: '', width: 2.75 },
  parent: { stroke: CHART_COLOUR.parent, dash: '7 4', width: 2 },
  country: { stroke: CHART_COLOUR.country, dash: '2 3', width: 2 },
  peer: { stroke: CHART_COLOUR.peer, dash: '', width: 1.25 },
  projection: { stroke: CHART_COLOUR.projection, dash: '3 2', width: 1.5 },
};

/**
 * The dots on a line: filled for published values, hollow (background fill) for
 * demonstration values. The main line's dots are larger than a comparison line's.
 */
/** The size every line chart is drawn at (it scales with its container). */
export const CHART_SIZE = { width: 560, height: 220 } as const;

export const DOT = { radius: 3.5, radiusSecondary: 2.5, strokeWidth: 1.5 } as const;

/** Fill of a line's dot: hollow when the value is a demonstration value. */
export function dotFill(style: SeriesStyle, demo: boolean): string {
  return demo ? CHART_COLOUR.background : style.stroke;
}

/** The zero rule; the goal-year rule and the crosshair are dashed. */
export const RULE = { stroke: CHART_COLOUR.rule, dash: '2 2' } as const;

/** The legend's sample of a demonstration value, before the demo note. */
export const DEMO_MARK = '○';

/**
 * Whole-number ticks for small counts: five ticks over 0–3 would be 0, 0.5, 1, … and,
 * printed without decimals, read "0, 1, 1, 2, 2, 3". Only when every value is a whole
 * number and the range is short; otherwise Plot's own ticks are fine.
 */
export function integerTicks(values: readonly number[], maxTicks = 6): number[] | undefined {
  if (!values.length || !values.every(Number.isInteger)) return undefined;
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo + 1 > maxTicks) return undefined;
  const out: number[] = [];
  for (let v = lo; v <= hi; v++) out.push(v);
  return out;
}
