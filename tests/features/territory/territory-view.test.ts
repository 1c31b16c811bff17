import { describe, expect, it } from 'vitest';
import type { LocatorMaps } from '#features/territory/locator-map.ts';
import { territoryView, type TerritorySources } from '#features/territory/territory-view.ts';
import { CATALOGUE, REGISTER, gminaFile } from '#test-helpers/site-territory.ts';

// The view is computed only from what it is given: no build data is read here.
const sources = (over: Partial<TerritorySources> = {}): TerritorySources => ({
  entry: REGISTER['1211092'],
  file: gminaFile(),
  register: new Map(Object.values(REGISTER).map((e) => [e.code, e])),
  catalogue: CATALOGUE,
  children: [],
  changes: [],
  release: '2024',
  published: '2025-11-30',
  latestObs: () => undefined,
  chartSvg: (input) => `<svg>${input.lines.length}</svg>`,
  locatorMaps: () =>
    ({
      countryPanel: (_v: unknown, _m: unknown, title: string) => `country:${title}`,
      regionPanel: (_l: unknown, _c: unknown, title: string) => `region:${title}`,
    }) as unknown as LocatorMaps,
  ...over,
});

describe('territoryView', () => {
  it('lays out a gmina from the given sources', () => {
    const v = territoryView(sources(), 'pl');
    expect(v.title).toBe('Nowy Targ (gmina wiejska, powiat nowotarski)');
    expect(v.heading).toBe('Nowy Targ');
    expect(v.kind).toBe('gmina wiejska');
    expect(v.path).toBe('/gmina/1211092-nowy-targ/');
    expect(v.parents.map((p) => p.code)).toEqual(['PL', '12', '1211']);
    expect(v.parent?.code).toBe('1211');
    expect(v.release).toBe('2024');
    expect(v.published).toBe('2025-11-30');
    expect(v.locator).toHaveLength(2);
    expect(v.locator[0]).toMatch(/^country:.*Nowy Targ \(gmina wiejska, powiat nowotarski\)/);
    expect(v.locator[1]).toMatch(/^region:.*Nowy Targ/);
    expect(v.summary[0]).toEqual({ text: 'Nowy Targ to gmina wiejska w powiecie nowotarskim, w województwie małopolskim.', demo: false });
    expect(v.themes.some((t) => t.chart?.svg.startsWith('<svg>'))).toBe(true);
  });
  it('reads the figures of the children through latestObs', () => {
    const powiat = sources({
      entry: REGISTER['1211'],
      children: [REGISTER['1211092']],
      latestObs: (_l, _c, id) => ({ year: 2024, value: id === 'POP' ? 100 : 1, flags: 0 }),
    });
    const v = territoryView(powiat, 'en');
    expect(v.children.map((c) => [c.name, c.kind, c.obs.POP?.value])).toEqual([
      ['Nowy Targ (rural gmina, powiat nowotarski)', 'rural gmina', 100],
    ]);
    expect(v.childLevel).toBe('gmina');
  });
});
