// The programme box on territory pages (src/features/programme/territory-box-view.ts).
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { NBSP } from '#core/format.ts';
import { allIndicators } from '#features/programme/programme.ts';
import { showsAtLevel, territoryProgrammeView } from '#features/programme/territory-box-view.ts';
import { catalogueById, ind, kpres, lubelskie, register, YEARS } from './programme-fixture.ts';

describe('territory pages', () => {
  it('a voivodeship page: headline targets, main goal first, with the latest value and status', () => {
    const v = territoryProgrammeView(lubelskie, 'pl');
    expect(v.own).toBe(true);
    expect(v.rows[0].id).toBe('ps-act');
    expect(v.rows.map((r) => r.status.status)).toEqual(allIndicators(lubelskie).map((i) => i.progress.status));
    expect(v.href).toBe('/programy/lubelskie-demo/');
  });

  it('KPRES on the country page shows at most six and says how many more', () => {
    const v = territoryProgrammeView(kpres, 'pl');
    expect(v.rows).toHaveLength(6);
    expect(v.more).toBe(5);
  });

  it('a gmina page: only indicators that say something about one gmina, with its share of the voivodeship', () => {
    const gmina = register.find((t) => t.level === 'gmina' && t.code.startsWith('06'))!;
    const local = { level: 'gmina' as const, catalogue: catalogueById, obs: (_id: string) => ({ year: 2024, value: 5, flags: FLAG.demo }) };
    const v = territoryProgrammeView(lubelskie, 'pl', local);
    expect(v.own).toBe(false);
    const ids = v.rows.map((r) => r.id);
    expect(ids).not.toContain('jst-unit-pct'); // a share of gminas is 0 or 100 for one gmina
    expect(ids).not.toContain('demo-clauses'); // programme-specific: no local values
    const ps = v.rows.find((r) => r.id === 'ps-act')!;
    const region = ind(lubelskie, 'ps-act').series!.v[YEARS.indexOf(2024)]!;
    expect(ps.local).toMatchObject({ text: `5${NBSP}podmiotów`, year: 2024, demo: true, empty: false });
    expect(ps.shareOfRegion).toBe(`${(Math.round((5 / region) * 1000) / 10).toFixed(1).replace('.', ',')}${NBSP}%`);
    expect(gmina).toBeTruthy();
    expect(showsAtLevel(catalogueById.get('JST_UNIT_PCT'), 'powiat')).toBe(true);
  });
});
