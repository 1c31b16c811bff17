// The overview of all programmes (src/features/programme/overview-view.ts).
import { describe, expect, it } from 'vitest';
import { overviewTerritoryName, overviewView, sharedIndicatorIds } from '#features/programme/overview-view.ts';
import { programmeIndex } from '#scripts/pipeline/programmes/index.ts';
import { catalogue, catalogueById, programmes } from './programme-fixture.ts';

describe('overview', () => {
  const index = programmeIndex(programmes, '2024');

  it('compares on catalogue indicators shared by at least two regional programmes, main goal first', () => {
    const ids = sharedIndicatorIds(index);
    expect(ids[0]).toBe('PS_ACT');
    expect(new Set(ids)).toEqual(new Set(['PS_ACT', 'SPS_KRS', 'REINT', 'JST_UNIT_PCT']));
  });

  it('has KPRES and all 16 voivodeships, each cell the programme own status', () => {
    const v = overviewView(index, catalogue, 'pl', (t) => t.name);
    expect(v.national.map((r) => r.id)).toEqual(['kpres']);
    expect(v.regional).toHaveLength(16);
    const col = v.columns.findIndex((c) => c.id === 'PS_ACT');
    expect(v.columns[col].name).toBe(catalogueById.get('PS_ACT')!.name.pl);
    for (const r of [...v.national, ...v.regional]) {
      const entry = index.programmes.find((p) => p.id === r.id)!;
      v.columns.forEach((c, k) => {
        const s = entry.shared[c.id];
        if (!s) expect(r.cells[k]).toBeNull();
        else {
          expect(r.cells[k]?.status.status).toBe(s.status);
          expect(r.cells[k]?.href).toBe(`/programy/${r.id}/#wskaznik-${s.indicator}`);
        }
      });
    }
    // Kujawsko-Pomorskie has no catalogue indicator: a row of empty cells.
    expect(v.regional.find((r) => r.id === 'kujawsko-pomorskie-2013-2020')!.cells.every((c) => c === null)).toBe(true);
  });

  it('names a voivodeship by its bare name in the language of the page, the country by its display name', () => {
    const [kpresRow, dolnoslaskie] = [programmes[0], programmes[1]].map((p) => p.territory);
    expect(overviewTerritoryName(dolnoslaskie, 'pl')).toBe('dolnośląskie');
    expect(overviewTerritoryName(dolnoslaskie, 'en')).toBe('Dolnośląskie');
    expect(overviewTerritoryName(kpresRow, 'en')).toBe('Poland');
  });
});
