import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  buildCodeHistory,
  buildRegister,
  codeHistoryToCsv,
  findBoundaryMismatches,
  hasMismatch,
  mapCode,
  parseManualCodeChanges,
  parseTerc,
  slugify,
  type TercEdition,
} from '#core/geo-register.ts';
import { LEVELS, parentCode, type Territory } from '#core/territory.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const editions: TercEdition[] = ['2023-01-01', '2024-01-01', '2026-01-01'].map((asOf) => ({
  asOf,
  records: parseTerc(read(`data/sources/teryt/TERC_Urzedowy_${asOf}.csv`)),
}));
const register = buildRegister(editions[2].records);
const history = buildCodeHistory(editions, parseManualCodeChanges(read('data/geo/manual-code-changes.csv')));
const byCode = new Map(register.map((t) => [t.code, t]));
const level = (l: Territory['level']) => register.filter((t) => t.level === l);

describe('territory register from TERC 2026', () => {
  it('has 1 country, 16 voivodeships, 380 powiats and 2,479 gminas', () => {
    expect(LEVELS.map((l) => level(l).length)).toEqual([1, 16, 380, 2479]);
    expect(register[0]).toMatchObject({ code: 'PL', level: 'country', name: 'Polska', parents: [] });
  });

  it('has 66 cities with powiat rights, as powiats and as gminas', () => {
    expect(level('powiat').filter((t) => t.cityWithPowiatRights)).toHaveLength(66);
    expect(level('gmina').filter((t) => t.cityWithPowiatRights)).toHaveLength(66);
    expect(byCode.get('1261')).toMatchObject({ name: 'Kraków', displayName: 'Kraków (miasto na prawach powiatu)' });
  });

  it('counts 302 urban, 1,453 rural and 724 urban-rural gminas', () => {
    const kinds = ['urban', 'rural', 'urban-rural'].map((k) => level('gmina').filter((t) => t.kind === k).length);
    expect(kinds).toEqual([302, 1453, 724]);
  });

  it('names voivodeships and powiats as TERC does', () => {
    expect(byCode.get('12')).toMatchObject({ name: 'małopolskie', displayName: 'województwo małopolskie', slug: 'malopolskie' });
    expect(byCode.get('1211')).toMatchObject({ name: 'nowotarski', displayName: 'powiat nowotarski' });
    expect(byCode.get('1405')?.displayName).toBe('powiat grodziski (woj. mazowieckie)');
  });

  it('has unique codes, and unique display names within each level', () => {
    expect(new Set(register.map((t) => t.code)).size).toBe(register.length);
    for (const l of LEVELS) {
      const names = level(l).map((t) => t.displayName);
      expect(new Set(names).size, l).toBe(names.length);
    }
  });

  it('qualifies a gmina name only when it is shared', () => {
    expect(byCode.get('1211011')?.displayName).toBe('Nowy Targ (gmina miejska)');
    expect(byCode.get('1211092')?.displayName).toBe('Nowy Targ (gmina wiejska, powiat nowotarski)');
    expect(byCode.get('1261011')?.displayName).toBe('Kraków');
  });

  it('folds Polish letters in slugs', () => {
    const slugOf = (name: string) => level('gmina').find((t) => t.name === name)?.slug;
    expect(slugOf('Bielsko-Biała')).toBe('bielsko-biala');
    expect(slugOf('Łódź')).toBe('lodz');
    expect(slugify('Żółć Ślęża, Nowy Dwór Gdański')).toBe('zolc-sleza-nowy-dwor-gdanski');
    expect(register.every((t) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.slug))).toBe(true);
  });

  it('lists the parents from the country down to the nearest', () => {
    expect(byCode.get('1211092')?.parents).toEqual(['PL', '12', '1211']);
    expect(byCode.get('1211')?.parents).toEqual(['PL', '12']);
    expect(byCode.get('12')?.parents).toEqual(['PL']);
    for (const t of register.slice(1)) {
      expect(t.parents.at(-1), t.code).toBe(parentCode(t.code));
      expect(
        t.parents.every((p) => byCode.has(p)),
        t.code,
      ).toBe(true);
    }
  });

  it('includes the gminas created after 2024', () => {
    expect(byCode.get('1207132')).toMatchObject({ name: 'Szczawa', kind: 'rural' });
    expect(byCode.get('2002162')).toMatchObject({ name: 'Grabówka', kind: 'rural' });
    const created = history.filter((r) => r.change === 'created').map((r) => r.newCode);
    expect(created).toEqual(['1207132', '2002162']);
  });

  it('matches data/geo/territories.json (run npm run geo after changing the code)', () => {
    expect(JSON.parse(read('data/geo/territories.json'))).toEqual(register);
  });
});

describe('code history', () => {
  it('maps kind changes between TERC editions', () => {
    expect(mapCode('0601052', history, register)).toBe('0601053');
    const row = history.find((r) => r.oldCode === '0601052');
    expect(row).toMatchObject({ newCode: '0601053', change: 'kind-change', validUntil: '2024-01-01', source: 'terc' });
  });

  it('records renames that kept the code', () => {
    expect(history.find((r) => r.oldName === 'Nowe Miasto Lubawskie')).toMatchObject({
      oldCode: '2812052',
      newCode: '2812052',
      newName: 'Bratian',
      change: 'renamed',
    });
  });

  it('maps changes older than TERC 2023 from the manual file', () => {
    expect(mapCode('0221091', history, register)).toBe('0265011'); // Wałbrzych regained powiat rights
    expect(mapCode('0809102', history, register)).toBe('0862011'); // gmina Zielona Góra merged into the city
    expect(mapCode('2013032', history, register)).toBe('2013033'); // Czyżew-Osada -> Czyżew
  });

  it('returns undefined for codes it cannot place, so callers can report them', () => {
    expect(mapCode('9999999', history, register)).toBeUndefined();
    expect(mapCode('3203042', history, register)).toBeUndefined(); // Ostrowice was split in two
    expect(mapCode('1211094', history, register)).toBeUndefined(); // RODZ 4 is a part, not a gmina
    expect(mapCode('1211092', history, register)).toBe('1211092');
    expect(mapCode('12', history, register)).toBe('12');
  });

  it('places every 2010-2019 BDL gmina code except Ostrowice', () => {
    const codes = read('data/sources/population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv')
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(';')[0].replace(/"/g, ''))
      .filter((code) => /^\d{6}[123]$/.test(code));
    expect(codes.length).toBeGreaterThan(2500);
    expect(codes.filter((c) => mapCode(c, history, register) === undefined)).toEqual(['3203042']);
  });

  it('matches data/geo/code-history.csv', () => {
    expect(read('data/geo/code-history.csv')).toBe(codeHistoryToCsv(history));
  });
});

// Two TERC editions in miniature: a kind change, a rename, a new gmina.
const TERC_HEADER = '\uFEFFWOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA';
const fixture = (asOf: string, rows: string[]) =>
  [TERC_HEADER, `12;;;;MAŁOPOLSKIE;województwo;${asOf}`, `12;11;;;nowotarski;powiat;${asOf}`, ...rows.map((r) => `${r};${asOf}`), ''].join(
    '\r\n',
  );
const OLD = fixture('2024-01-01', [
  '12;11;01;1;Nowy Targ;gmina miejska',
  '12;11;02;2;Czarny Dunajec;gmina wiejska',
  '12;11;03;2;Stara;gmina wiejska',
]);
const NEW = fixture('2026-01-01', [
  '12;11;01;1;Nowy Targ;gmina miejska',
  '12;11;02;3;Czarny Dunajec;gmina miejsko-wiejska',
  '12;11;02;4;Czarny Dunajec;miasto',
  '12;11;02;5;Czarny Dunajec;obszar wiejski',
  '12;11;03;2;Nowa;gmina wiejska',
  '12;11;04;2;Dodana;gmina wiejska',
]);

describe('inline TERC fixture', () => {
  const records = parseTerc(NEW);
  const small = buildRegister(records);

  it('parses BOM, CRLF and skips parts of urban-rural gminas', () => {
    expect(records).toHaveLength(8);
    expect(small.filter((t) => t.level === 'gmina').map((t) => `${t.code} ${t.kind}`)).toEqual([
      '1211011 urban',
      '1211023 urban-rural',
      '1211032 rural',
      '1211042 rural',
    ]);
  });

  it('reports boundary codes without a gmina, gminas without a boundary, and duplicates', () => {
    const clean = findBoundaryMismatches(['121101', '121102', '121103', '121104'], small);
    expect(hasMismatch(clean)).toBe(false);
    const broken = findBoundaryMismatches(['121101', '121101', '121102', '121199'], small);
    expect(broken).toEqual({
      boundaryWithoutTerritory: ['121199'],
      territoryWithoutBoundary: ['1211032', '1211042'],
      duplicateBoundaryCodes: ['121101'],
      ambiguousPrefixes: [],
    });
    expect(hasMismatch(broken)).toBe(true);
  });

  it('derives kind changes, renames and new gminas between editions', () => {
    const h = buildCodeHistory([
      { asOf: '2024-01-01', records: parseTerc(OLD) },
      { asOf: '2026-01-01', records },
    ]);
    expect(h.map((r) => [r.oldCode, r.newCode, r.change])).toEqual([
      ['1211022', '1211023', 'kind-change'],
      ['1211032', '1211032', 'renamed'],
      ['', '1211042', 'created'],
    ]);
    expect(mapCode('1211022', h, small)).toBe('1211023');
  });

  it('rejects a manual row that contradicts TERC', () => {
    const manual = parseManualCodeChanges(
      'oldCode,newCode,validUntil,change,note\n1211022,1211011,2020-12-31,merged,"wrong, on purpose"\n',
    );
    expect(manual[0].note).toBe('wrong, on purpose');
    expect(() =>
      buildCodeHistory(
        [
          { asOf: '2024-01-01', records: parseTerc(OLD) },
          { asOf: '2026-01-01', records },
        ],
        manual,
      ),
    ).toThrow(/contradicts TERC/);
  });
});

describe('TopoJSON in data/geo', () => {
  for (const l of LEVELS) {
    it(`${l}.topo.json has exactly the register's ${l} codes and names, wound for d3`, () => {
      const topology = JSON.parse(read(`data/geo/${l}.topo.json`)) as Topology;
      expect(Object.keys(topology.objects)).toEqual([l]);
      const object = topology.objects[l] as GeometryCollection<{ name: string }>;
      const geometries = object.geometries;
      expect(geometries.map((g) => g.id)).toEqual(level(l).map((t) => t.code));
      expect(geometries.map((g) => (g.properties as { name: string }).name)).toEqual(level(l).map((t) => t.name));
      // A ring wound the wrong way makes d3 fill the rest of the globe instead.
      const features = feature(topology, object).features;
      const km2 = (f: (typeof features)[number]) => geoArea(f) * 6371 ** 2;
      expect(features.filter((f) => km2(f) > 400000).map((f) => f.id)).toEqual([]);
      expect(features.every((f) => km2(f) > 0)).toBe(true);
    });
  }

  it('dissolves to one country of about 312,700 km² without holes', () => {
    const topology = JSON.parse(read('data/geo/country.topo.json')) as Topology;
    const [pl] = feature(topology, topology.objects.country as GeometryCollection).features;
    expect(geoArea(pl) * 6371 ** 2).toBeGreaterThan(310000);
    expect(geoArea(pl) * 6371 ** 2).toBeLessThan(315000);
    const polygons = pl.geometry.type === 'Polygon' ? [pl.geometry.coordinates] : (pl.geometry as { coordinates: unknown[][] }).coordinates;
    expect(polygons.every((p) => p.length === 1)).toBe(true);
  });
});
