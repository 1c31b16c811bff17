// The small chart of one indicator over the years: a line through the values with a
// dot per year, hollow for demonstration values (as on every chart of the site), a gap
// where a year has no value. Pure geometry, so the island only draws.
import { maxOf, minOf } from '#core/arrays.ts';
import { FLAG } from '#core/cells.ts';
import type { YearCell } from './custom-area-profile.ts';

export interface SparkPoint {
  x: number;
  y: number;
  year: number;
  demo: boolean;
}

export interface Spark {
  /** SVG path data of the line, broken where a year has no value. */
  line: string;
  points: SparkPoint[];
  min: number;
  max: number;
}

/** Lays the series out in a width × height box with `pad` inside; the y axis spans the values (from 0 when all are ≥ 0). */
export function sparkline(series: readonly YearCell[], width: number, height: number, pad = 4): Spark | null {
  const shown = series.filter((s) => s.cell.state === 'value');
  if (!shown.length) return null;
  const values = shown.map((s) => s.cell.value!);
  const min = Math.min(0, minOf(values));
  const max = maxOf(values);
  const span = max - min || 1;
  const n = series.length;
  const x = (i: number) => pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => height - pad - ((v - min) / span) * (height - 2 * pad);
  const points: SparkPoint[] = [];
  let line = '';
  let open = false;
  series.forEach((s, i) => {
    if (s.cell.state !== 'value') {
      open = false;
      return;
    }
    const p = { x: round(x(i)), y: round(y(s.cell.value!)), year: s.year, demo: (s.cell.flags & FLAG.demo) !== 0 };
    points.push(p);
    line += `${open ? 'L' : 'M'}${p.x},${p.y}`;
    open = true;
  });
  return { line, points, min, max };
}

const round = (v: number) => Math.round(v * 10) / 10;
