// The chart palette (src/core/chart-style.ts) writes its colours out for SVG that is
// cached and embedded elsewhere; those with a design token must stay equal to it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_COLOUR, SERIES_STYLE, TOKEN_OF, dotFill, type ChartColour } from '#core/chart-style.ts';

const css = fs.readFileSync(path.join(process.cwd(), 'src', 'styles', 'tokens.css'), 'utf8');
const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css)?.[1]?.toLowerCase();

describe('chart style', () => {
  it('matches the design tokens', () => {
    const pairs = Object.entries(TOKEN_OF) as [ChartColour, string][];
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const [colour, name] of pairs) expect(CHART_COLOUR[colour], name).toBe(token(name));
  });

  it('tells the comparison lines apart by dash as well as colour', () => {
    const dashes = [SERIES_STYLE.own, SERIES_STYLE.parent, SERIES_STYLE.country].map((s) => s.dash);
    expect(new Set(dashes).size).toBe(3);
  });

  it('draws demonstration values as hollow dots', () => {
    expect(dotFill(SERIES_STYLE.own, true)).toBe(CHART_COLOUR.background);
    expect(dotFill(SERIES_STYLE.own, false)).toBe(SERIES_STYLE.own.stroke);
  });
});
