// Helpers of the resolved programme shape (src/features/programme/programme.ts): the
// demo rule the pipeline's hasDemo and the pages' demo marks share, and the node index.
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { allIndicators, indicatorHasDemo, nodesById, type ResolvedIndicator } from '#features/programme/programme.ts';
import { ind, kp, kpres, lubelskie, programmes } from './programme-fixture.ts';

/** A resolved indicator with nothing demo in it but a series, for varying one thing at a time. */
const plain = (over: Partial<ResolvedIndicator>): ResolvedIndicator => {
  const base = ind(kpres, 'pes-mkt');
  const undemo = <T extends { demo?: boolean }>(xs: T[]) => xs.map((x) => ({ ...x, demo: false }));
  return {
    ...base,
    baseline: { ...base.baseline, demo: false },
    target: { ...base.target, demo: false },
    progress: { ...base.progress, demo: false },
    milestones: undemo(base.milestones),
    observations: undemo(base.observations),
    points: undemo(base.points),
    series: { years: [2020, 2021], v: [1, 2], f: [0, 0] },
    ...over,
  };
};

describe('indicatorHasDemo', () => {
  it('is false when nothing is demo', () => {
    expect(indicatorHasDemo(plain({}))).toBe(false);
  });

  it('counts the series beside published figures (basis "observations")', () => {
    expect(indicatorHasDemo(plain({ basis: 'observations', series: { years: [2020, 2021], v: [1, 2], f: [0, FLAG.demo] } }))).toBe(true);
  });

  it('with basis "series" counts the series through its points only: a demo flag on a missing year is not shown', () => {
    const series = { years: [2020, 2021], v: [1, null], f: [0, FLAG.demo] };
    expect(indicatorHasDemo(plain({ basis: 'series', observations: [], series, points: [{ year: 2020, value: 1 }] }))).toBe(false);
    expect(indicatorHasDemo(plain({ basis: 'series', observations: [], series, points: [{ year: 2020, value: 1, demo: true }] }))).toBe(
      true,
    );
  });

  it('counts demo baselines, targets and milestones', () => {
    const b = plain({});
    expect(indicatorHasDemo({ ...b, baseline: { ...b.baseline, demo: true } })).toBe(true);
    expect(indicatorHasDemo({ ...b, target: { ...b.target, demo: true } })).toBe(true);
    expect(indicatorHasDemo({ ...b, milestones: [{ year: 2020, value: 1, demo: true }] })).toBe(true);
  });

  it("gives each built programme's hasDemo", () => {
    for (const p of programmes) expect(p.hasDemo).toBe(p.demo || allIndicators(p).some(indicatorHasDemo));
    expect(allIndicators(lubelskie).every(indicatorHasDemo)).toBe(true);
  });
});

describe('nodesById', () => {
  it('indexes every node of the tree, at any depth', () => {
    const nodes = nodesById(kp);
    const count = (ns: typeof kp.tree): number => ns.reduce((n, x) => n + 1 + count(x.children), 0);
    expect(nodes.size).toBe(count(kp.tree));
    for (const i of allIndicators(kp)) if (i.node) expect(nodes.get(i.node)?.indicators).toContain(i);
  });
});
