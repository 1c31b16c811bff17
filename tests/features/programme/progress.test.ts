import { describe, expect, it } from 'vitest';
import {
  AT_RISK_MIN_SHARE,
  PROJECTION_POINTS,
  computeProgress,
  goalOf,
  plannedPath,
  projectLinear,
  type ProgressInput,
  type ProgressPoint,
} from '#features/programme/progress.ts';

const pts = (o: Record<number, number | null>): ProgressPoint[] => Object.entries(o).map(([y, v]) => ({ year: Number(y), value: v }));

const increase = (points: ProgressPoint[], over: Partial<ProgressInput> = {}): ProgressInput => ({
  baseline: { year: 2020, value: 100 },
  target: { year: 2030, value: 200, direction: 'reach' },
  points,
  ...over,
});

describe('goal and share', () => {
  it('increase-by adds to the baseline; reach and keep-below use the value', () => {
    expect(goalOf(30, { value: 1000, direction: 'increase-by' })).toBe(1030);
    expect(goalOf(null, { value: 1000, direction: 'increase-by' })).toBeNull();
    expect(goalOf(30, { value: 50, direction: 'reach' })).toBe(50);
    expect(goalOf(null, { value: 5, direction: 'keep-below' })).toBe(5);
  });

  it('reports the share of the distance baseline → goal covered by the latest value', () => {
    const p = computeProgress(increase(pts({ 2024: 150 })));
    expect(p.latest).toEqual({ year: 2024, value: 150 });
    expect(p.share).toBeCloseTo(0.5);
  });
});

describe('status', () => {
  it('achieved when the latest value meets the goal, even before the target year', () => {
    const p = computeProgress(increase(pts({ 2022: 150, 2024: 210 })));
    expect(p.status).toBe('achieved');
    expect(p.share).toBeCloseTo(1.1);
    expect(p.final).toBe(false);
  });

  it('projects a straight line through the last values to the target year', () => {
    // 2022..2024 rise 10 a year from 140: 2030 → 200 exactly: on track.
    const p = computeProgress(increase(pts({ 2021: 100, 2022: 140, 2023: 150, 2024: 160 })));
    expect(p.projectionYears).toEqual([2022, 2023, 2024]);
    expect(p.projectionYears).toHaveLength(PROJECTION_POINTS);
    expect(p.projected).toBeCloseTo(220);
    expect(p.status).toBe('on-track');
  });

  it('counts the baseline as a point when there are fewer measurements', () => {
    const p = computeProgress(increase(pts({ 2025: 150 })));
    expect(p.projectionYears).toEqual([2020, 2025]);
    expect(p.projected).toBeCloseTo(200);
    expect(p.status).toBe('on-track');
  });

  it('at risk from the stated share of the distance, off track below it', () => {
    // Line through baseline (2020, 100) and 2025: projected share = 2 × (v − 100) / 100.
    const at = (v: number) => computeProgress(increase(pts({ 2025: v })));
    const edge = 100 + (AT_RISK_MIN_SHARE * 100) / 2;
    expect(at(edge).projectedShare).toBeCloseTo(AT_RISK_MIN_SHARE);
    expect(at(edge).status).toBe('at-risk');
    expect(at(edge - 0.5).status).toBe('off-track');
    expect(at(149).status).toBe('at-risk');
    expect(at(90).status).toBe('off-track');
  });

  it('handles a target below the baseline (a decrease goal)', () => {
    const dec = (points: ProgressPoint[]) =>
      computeProgress({ baseline: { year: 2020, value: 100 }, target: { year: 2030, value: 60, direction: 'reach' }, points });
    expect(dec(pts({ 2025: 80 })).sense).toBe(-1);
    expect(dec(pts({ 2025: 80 })).share).toBeCloseTo(0.5);
    expect(dec(pts({ 2025: 80 })).status).toBe('on-track');
    expect(dec(pts({ 2025: 90 })).status).toBe('off-track');
    // Line 100 → 84 (2025) reaches 68 in 2030: 80 % of the way down.
    expect(dec(pts({ 2025: 84 })).projectedShare).toBeCloseTo(0.8);
    expect(dec(pts({ 2025: 84 })).status).toBe('at-risk');
    expect(dec(pts({ 2024: 55 })).status).toBe('achieved');
    // Rising when it should fall: negative share, off track.
    expect(dec(pts({ 2025: 110 })).share).toBeCloseTo(-0.25);
    expect(dec(pts({ 2025: 110 })).status).toBe('off-track');
  });

  it('a goal reached early and then lost is not achieved', () => {
    const p = computeProgress(increase(pts({ 2022: 150, 2023: 205, 2024: 190 })));
    expect(p.status).not.toBe('achieved');
    expect(p.reachedEarlier).toBe(2023);
    // Line through 150, 205, 190 (slope 20 a year) still gets there: on track.
    expect(p.status).toBe('on-track');
    const lost = computeProgress(increase(pts({ 2022: 205, 2023: 150, 2024: 120 })));
    expect(lost.reachedEarlier).toBe(2022);
    expect(lost.status).toBe('off-track');
  });

  it('reached early then lost at the target year is final and off track', () => {
    const p = computeProgress(increase(pts({ 2027: 210, 2030: 190 })));
    expect(p.final).toBe(true);
    expect(p.status).toBe('off-track');
    expect(p.reachedEarlier).toBe(2027);
    expect(p.projected).toBeNull();
  });

  it('keep-below: kept before the target year is on track, not achieved; at the target year achieved', () => {
    const keep = (points: ProgressPoint[], baseline: number | null = 8) =>
      computeProgress({ baseline: { year: 2020, value: baseline }, target: { year: 2030, value: 10, direction: 'keep-below' }, points });
    expect(keep(pts({ 2024: 8.5 })).status).toBe('on-track');
    expect(keep(pts({ 2030: 9.5 })).status).toBe('achieved');
    expect(keep(pts({ 2030: 10 })).status).toBe('achieved');
    expect(keep(pts({ 2030: 11 })).status).toBe('off-track');
    // Kept so far, but rising: the line 8 → 9.8 (2024) reaches 12.5 in 2030, 25 % of the goal over it: at risk.
    expect(keep(pts({ 2024: 9.8 })).status).toBe('at-risk');
    // Already over the ceiling and rising: 13.5 in 2030, 35 % over: off track.
    expect(keep(pts({ 2024: 10.2 })).status).toBe('off-track');
    // Above the ceiling now but falling below it by the target year.
    expect(keep(pts({ 2024: 11, 2025: 10.6, 2026: 10.2 }), 12).status).toBe('on-track');
    // No baseline needed for a ceiling.
    expect(keep(pts({ 2024: 9 }), null).status).toBe('on-track');
    expect(keep(pts({ 2024: 9 }), null).share).toBeNull();
    expect(keep(pts({ 2024: 11 }), null).status).toBe('at-risk');
  });

  it('values after the target year are shown but do not change the status', () => {
    const p = computeProgress(increase(pts({ 2030: 150, 2031: 250 })));
    expect(p.latest?.year).toBe(2030);
    expect(p.status).toBe('off-track');
    expect(p.final).toBe(true);
  });
});

describe('missing and confidential data are never "achieved"', () => {
  it('no data since the baseline', () => {
    expect(computeProgress(increase([])).status).toBe('unknown');
    expect(computeProgress(increase([])).reason).toBe('no-data');
    // A value from the baseline year itself is not progress.
    expect(computeProgress(increase(pts({ 2020: 300 }))).reason).toBe('no-data');
    // Gaps (missing years) are skipped, not zeros.
    expect(computeProgress(increase(pts({ 2021: null, 2022: 150, 2023: null }))).latest).toEqual({ year: 2022, value: 150 });
  });

  it('no baseline for a target that needs one', () => {
    const p = computeProgress({
      baseline: { year: null, value: null },
      target: { year: 2020, value: 1000, direction: 'increase-by' },
      points: pts({ 2019: 5000 }),
    });
    expect(p.status).toBe('unknown');
    expect(p.reason).toBe('no-baseline');
    expect(p.goal).toBeNull();
  });

  it('a suppressed latest value makes the status unknown although an earlier value met the goal', () => {
    const p = computeProgress(increase([...pts({ 2022: 250 }), { year: 2023, value: null, suppressed: true }]));
    expect(p.status).toBe('unknown');
    expect(p.reason).toBe('suppressed');
  });

  it('"data in preparation" in the latest year makes the status unknown', () => {
    const p = computeProgress(increase([...pts({ 2022: 250 }), { year: 2023, value: null, inPreparation: true }]));
    expect(p.status).toBe('unknown');
    expect(p.reason).toBe('data-in-preparation');
  });

  it('a suppressed value in the middle is skipped', () => {
    const p = computeProgress(increase([...pts({ 2022: 150, 2024: 210 }), { year: 2023, value: null, suppressed: true }]));
    expect(p.status).toBe('achieved');
  });
});

describe('demo and helpers', () => {
  it('marks a status computed from demo values, baseline or target as demo', () => {
    expect(computeProgress(increase(pts({ 2024: 150 }))).demo).toBe(false);
    expect(computeProgress(increase([{ year: 2024, value: 150, demo: true }])).demo).toBe(true);
    expect(computeProgress(increase(pts({ 2024: 150 }), { target: { year: 2030, value: 200, direction: 'reach', demo: true } })).demo).toBe(
      true,
    );
  });

  it('fits least squares', () => {
    expect(
      projectLinear(
        [
          { year: 1, value: 1 },
          { year: 2, value: 3 },
          { year: 3, value: 2 },
        ],
        5,
      ),
    ).toBeCloseTo(3.5);
    expect(projectLinear([{ year: 1, value: 4 }], 9)).toBe(4);
    expect(projectLinear([], 9)).toBeNull();
  });

  it('draws the planned path through the milestones', () => {
    expect(plannedPath({ year: 2020, value: 10 }, { year: 2030, value: 5, direction: 'increase-by' }, [{ year: 2025, value: 12 }])).toEqual(
      [
        { year: 2020, value: 10 },
        { year: 2025, value: 12 },
        { year: 2030, value: 15 },
      ],
    );
    expect(plannedPath({ year: null, value: null }, { year: 2030, value: 5, direction: 'increase-by' })).toEqual([]);
  });
});
