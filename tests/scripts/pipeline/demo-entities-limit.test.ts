// The demo directory's size bound is checked before any entity is generated.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Territory } from '#core/territory.ts';
import {
  DEMO_ENTITY_LIMIT,
  demoEntitiesNeeded,
  excessProblem,
  generateDemoEntities,
  TooManyDemoEntities,
} from '#scripts/pipeline/entities/demo.ts';
import type { SourceRow } from '#scripts/pipeline/source-row.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const HUGE_GMINA = '1261011';

describe('a gmina count beyond the demo identifier ranges', () => {
  it('stops before generating, naming the count (it once ran a quadratic loop for minutes first)', () => {
    let lookups = 0;
    const counts = (indicator: string, gmina: string) => {
      lookups++;
      return indicator === 'SPS_KRS' && gmina === HUGE_GMINA ? DEMO_ENTITY_LIMIT : 1;
    };
    let error: unknown;
    try {
      generateDemoEntities({ register, counts, year: 2024, seed: 'test' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooManyDemoEntities);
    const { excess } = error as TooManyDemoEntities;
    expect(excess.largest).toEqual({ indicator: 'SPS_KRS', gmina: HUGE_GMINA, count: DEMO_ENTITY_LIMIT });
    expect(excess.needed).toBeGreaterThan(DEMO_ENTITY_LIMIT);
    expect((error as Error).message).toMatch(/SPS_KRS = 100000 in gmina 1261011/);
    // One look-up per gmina and count indicator, not one per entity to be made.
    const gminas = register.filter((t) => t.level === 'gmina').length;
    expect(lookups).toBeLessThanOrEqual(gminas * 10);
  });
});

describe('the lower bound on the directory size', () => {
  it('adds the counted categories and takes status and certificates as carried by them or by new entities', () => {
    const table: Record<string, Record<string, number>> = {
      a: { SPS_KRS: 2, CIS: 1, PS_ACT: 1, ZJ_CERT: 0 },
      b: { SPS_KRS: 0, PS_ACT: 5, ZP_CERT: 3 },
      c: { WTZ: 1, ZJ_CERT: 4 },
    };
    const r = demoEntitiesNeeded(['a', 'b', 'c'], (i, g) => table[g][i] ?? 0);
    expect(r.needed).toBe(3 + 5 + 4);
    expect(r.largest).toEqual({ indicator: 'PS_ACT', gmina: 'b', count: 5 });
    expect(r.limit).toBe(DEMO_ENTITY_LIMIT);
  });
});

describe('the problem reported for it', () => {
  const excess = { needed: 100_050, largest: { indicator: 'SPS_KRS', gmina: HUGE_GMINA, count: 100_000 } };
  const row: SourceRow = {
    code: HUGE_GMINA,
    year: 2024,
    indicator: 'SPS_KRS',
    value: 100_000,
    unit: 'entities',
    flags: 0,
    source: 'gus-sps-2016',
    file: 'data/releases/2024/probe.csv',
    line: 2,
  };

  it('points at the source row when the count is real', () => {
    expect(excessProblem(excess, [{ ...row, year: 2023, line: 9 }, row], 2024, 'data/releases/2024')).toMatchObject({
      file: 'data/releases/2024/probe.csv',
      line: 2,
      value: '1261011,2024,SPS_KRS,100000',
      message: 'the demo directory would need at least 100050 entities, more than the 100000 demo identifiers allow',
    });
  });

  it('points at the release when the count is demo', () => {
    const p = excessProblem(excess, [], 2024, 'data/releases/2024');
    expect(p).toMatchObject({ file: 'data/releases/2024', line: undefined });
    expect(p.fix).toMatch(/real totals/);
  });
});
