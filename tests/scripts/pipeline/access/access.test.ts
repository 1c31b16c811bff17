// The access computation and the white-spots summaries on small hand-made fixtures.
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import type { Indicator } from '#core/catalogue.ts';
import type { Territory } from '#core/territory.ts';
import { ACCESS_KINDS, type AccessKind, type WhiteSpotsFile } from '#features/access/access-kinds.ts';
import { isWhiteSpot, readState, stateQuery, summarise, whiteSpotsCsv } from '#features/access/white-spots.ts';
import { computeAccess, haversineKm, type AccessUnits } from '#scripts/pipeline/access/compute.ts';
import { addAccessCells, type AccessResult } from '#scripts/pipeline/access/index.ts';
import type { BuildResult } from '#scripts/pipeline/build-release.ts';

// One degree of latitude along a meridian is πR/180 with R = 6371.0088 km.
const DEG_KM = (Math.PI * 6371.0088) / 180;

const none = (): AccessUnits => ({ lat: [], lon: [], demo: false });
const unitsWith = (kind: AccessKind, u: AccessUnits) =>
  Object.fromEntries(ACCESS_KINDS.map((k) => [k, k === kind ? u : none()])) as Record<AccessKind, AccessUnits>;

describe('haversine and the all-pairs computation', () => {
  it('one degree of latitude', () => {
    expect(haversineKm(52, 20, 53, 20)).toBeCloseTo(DEG_KM, 6);
  });

  it('nearest unit and counts within 10/25/50 km, across any border', () => {
    // Units 0.05°, 0.2°, 0.4° and 1° north of the point: 5.6, 22.2, 44.5, 111.2 km.
    const u: AccessUnits = { lat: [52.05, 52.2, 52.4, 53], lon: [20, 20, 20, 20], demo: true };
    const t = computeAccess([[52, 20]], unitsWith('cis', u));
    expect(t.cis.distance[0]).toBeCloseTo(0.05 * DEG_KM, 6);
    expect(t.cis.within[10][0]).toBe(1);
    expect(t.cis.within[25][0]).toBe(2);
    expect(t.cis.within[50][0]).toBe(3);
    expect(t.cis.demo).toBe(true);
    // No unit of a kind: no distance, nothing within any radius.
    expect(t.kis.distance[0]).toBeNull();
    expect(t.kis.within[50][0]).toBe(0);
  });
});

describe('access cells in the build', () => {
  const register: Territory[] = [
    { code: 'PL', level: 'country', name: 'Polska', parents: [] },
    { code: '02', level: 'voivodeship', name: 'A', parents: ['PL'] },
    { code: '0201', level: 'powiat', name: 'B', parents: ['PL', '02'] },
    { code: '0201011', level: 'gmina', name: 'C', parents: ['PL', '02', '0201'] },
    { code: '0201022', level: 'gmina', name: 'D', parents: ['PL', '02', '0201'] },
    { code: '0201033', level: 'gmina', name: 'E', parents: ['PL', '02', '0201'] },
  ] as Territory[];
  const table = (level: string, codes: string[]) => ({ level, codes, cells: {} as Record<string, unknown[][]> });
  const build = {
    years: [2023, 2024],
    levels: {
      country: table('country', ['PL']),
      voivodeship: table('voivodeship', ['02']),
      powiat: table('powiat', ['0201']),
      // 0201033 is a gmina created after the access year: not in the access table, no population.
      gmina: table('gmina', ['0201011', '0201022', '0201033']),
    },
    checks: [],
    demoReplaced: 0,
  } as unknown as BuildResult;
  build.levels.gmina.cells.POP = [
    [undefined, undefined, undefined],
    [{ value: 1000, flags: 0 }, { value: 3000, flags: 0 }, undefined],
  ];
  const ind = {
    id: 'ACC_CIS_KM',
    levels: ['country', 'voivodeship', 'powiat', 'gmina'],
    aggregation: { rule: 'weighted-mean', weight: 'POP' },
  } as Indicator;
  const access: AccessResult = {
    year: 2024,
    mode: 'demo',
    offices: [],
    codes: ['0201011', '0201022'],
    points: [
      [52, 20],
      [52, 21],
    ],
    table: computeAccess(
      [
        [52, 20],
        [52, 21],
      ],
      unitsWith('cis', { lat: [52.1], lon: [20], demo: true }),
    ),
    seconds: 0,
  };
  addAccessCells(build, access, [ind], register);

  it('gminas carry the distance and the demo flag, only in the access year', () => {
    const g = build.levels.gmina.cells.ACC_CIS_KM;
    expect(g[0]).toEqual([undefined, undefined, undefined]);
    expect(g[1][2]).toBeUndefined();
    expect(g[1][0]!.value).toBeCloseTo(0.1 * DEG_KM, 6);
    expect(g[1][0]!.flags & FLAG.demo).toBe(FLAG.demo);
  });

  it('areas above get the population-weighted mean', () => {
    const [a, b] = build.levels.gmina.cells.ACC_CIS_KM[1].slice(0, 2).map((c) => c!.value!);
    const expected = (a * 1000 + b * 3000) / 4000;
    for (const level of ['powiat', 'voivodeship', 'country'] as const) {
      const c = build.levels[level].cells.ACC_CIS_KM[1][0]!;
      expect(c.value).toBeCloseTo(expected, 9);
      expect(c.flags & FLAG.demo).toBe(FLAG.demo);
    }
  });
});

describe('white spots', () => {
  const dist = (xs: (number | null)[]) => Object.fromEntries(ACCESS_KINDS.map((k) => [k, xs])) as Record<AccessKind, (number | null)[]>;
  const file: WhiteSpotsFile = {
    release: '2024',
    year: 2024,
    mode: 'demo',
    kinds: [...ACCESS_KINDS],
    units: Object.fromEntries(ACCESS_KINDS.map((k) => [k, 3])) as Record<AccessKind, number>,
    demoKinds: [...ACCESS_KINDS],
    codes: ['0201011', '0201022', '0202011', '1201011'],
    point: [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ],
    distance: dist([5, 30, 25, 60]),
    popYear: 2024,
    pop: [100, 200, 400, 800],
    popDemo: [0, 0, 0, 1],
    names: {
      '02': 'Dolnośląskie',
      '0201': 'bolesławiecki',
      '0202': 'dzierżoniowski',
      '12': 'Małopolskie',
      '1201': 'bocheński',
      '0201022': 'D',
    },
    previous: { release: '2023', year: 2023, mode: 'demo', distance: dist([5, 20, 26, null]) },
  };

  it('no unit within X km is distance > X; no unit at all is a white spot', () => {
    expect(isWhiteSpot(25, 25)).toBe(false);
    expect(isWhiteSpot(25.01, 25)).toBe(true);
    expect(isWhiteSpot(null, 300)).toBe(true);
  });

  it('counts and population per area, and the change since the previous release', () => {
    const s = summarise(file, { kind: 'cis', km: 25 });
    expect(s.white).toEqual([false, true, false, true]);
    expect(s.wasWhite).toEqual([false, false, true, true]);
    expect(s.total).toMatchObject({ gminas: 2, pop: 1000, prevGminas: 2, prevPop: 1200, popDemo: true });
    expect(s.voivodeships.map((r) => [r.code, r.gminas, r.pop, r.prevGminas, r.prevPop])).toEqual([
      ['02', 1, 200, 1, 400],
      ['12', 1, 800, 1, 800],
    ]);
    expect(s.powiats.map((r) => r.code)).toEqual(['0201', '0202', '1201']);
  });

  it('CSV lists the white spots with their status', () => {
    const lines = whiteSpotsCsv(file, { kind: 'cis', km: 25 }, (c) => file.names[c] ?? '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('0201022,D,bolesławiecki,Dolnośląskie,cis,25,30,200,no,demo');
    expect(lines[2].endsWith(',yes,demo')).toBe(true);
  });

  it('CSV marks a kind demo by itself when only its units are (real register, demo OWES offices)', () => {
    const mixed: WhiteSpotsFile = { ...file, mode: 'real', demoKinds: ['owes'], popDemo: file.popDemo.map(() => 0) };
    const status = (kind: AccessKind) =>
      whiteSpotsCsv(mixed, { kind, km: 25 }, () => '')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').at(-1));
    expect(status('cis')).toEqual(['real', 'real']);
    expect(status('owes')).toEqual(['demo', 'demo']);
  });

  it('URL state round-trips and rejects nonsense', () => {
    expect(readState(stateQuery({ kind: 'wtz', km: 40 }))).toEqual({ kind: 'wtz', km: 40 });
    expect(readState('?rodzaj=owes&km=40')).toEqual({ kind: 'owes', km: 40 });
    expect(readState('?rodzaj=pub&km=-3')).toEqual({ kind: 'cis', km: 25 });
  });
});
