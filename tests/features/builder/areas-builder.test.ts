// The table builder groups gminas and powiats by planning area (NUTS 2/3, OWES, LAG) with
// the labels the pipeline writes into the register, and aggregates each group with the
// shared rules — checked against sums done by hand on the builder fixture.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '#core/data-types.ts';
import type { Territory } from '#core/territory.ts';
import { FLAG } from '#core/cells.ts';
import { dimsForLevel, defaultState, normaliseState, type BuilderState } from '#features/builder/builder-state.ts';
import { pivot, territoryKey, type PivotContext } from '#features/builder/builder-pivot.ts';
import { keyLabel } from '#features/builder/builder-labels.ts';
import { addAreaMemberships, readAreaDefinitions } from '#scripts/pipeline/areas/index.ts';
import { CATALOGUE, CTX, REGISTER } from '#test-helpers/builder-fixture.ts';

// The fixture's powiats in areas: 1201 and 1202 in one NUTS 3 subregion, 1401 in another;
// two of its gminas in one LAG, the rest in none.
const withAreas = new Map<string, RegisterEntry>(
  [...REGISTER].map(([code, e]) => {
    const areas: RegisterEntry['areas'] =
      e.level === 'powiat'
        ? { nuts3: code.startsWith('12') ? 'PL214 Krakowski' : 'PL911 Miasto Warszawa', owes: 'OWES X (demo)' }
        : ['1201022', '1202022'].includes(code)
          ? { lgd: 'LGD Y (demo)' }
          : undefined;
    return [code, areas ? { ...e, areas } : e];
  }),
);
const ctx: PivotContext = { ...CTX, register: withAreas };
const state = (over: Partial<BuilderState>): BuilderState =>
  normaliseState(
    { ...defaultState('T'), level: 'gmina', ...over },
    { years: [2022, 2023], catalogue: CATALOGUE, hasCode: (c) => withAreas.has(c) },
  ).state;

describe('planning areas in the table builder', () => {
  it('offers the area dimensions for gminas and powiats only (LAG for gminas)', () => {
    expect(dimsForLevel('gmina')).toEqual(expect.arrayContaining(['nuts2', 'nuts3', 'owes', 'lgd']));
    expect(dimsForLevel('powiat')).toEqual(expect.arrayContaining(['nuts2', 'nuts3', 'owes']));
    expect(dimsForLevel('powiat')).not.toContain('lgd');
    expect(dimsForLevel('voivodeship')).not.toContain('nuts3');
  });

  it('a gmina takes its NUTS and OWES area from its powiat and its LAG area from itself', () => {
    const e = withAreas.get('1201022');
    expect(territoryKey('nuts3', '1201022', e, 'gmina', withAreas)).toBe('PL214 Krakowski');
    expect(territoryKey('lgd', '1201022', e, 'gmina', withAreas)).toBe('LGD Y (demo)');
    expect(territoryKey('lgd', '1201011', withAreas.get('1201011'), 'gmina', withAreas)).toBe('');
    expect(territoryKey('nuts3', '1401', withAreas.get('1401'), 'powiat', withAreas)).toBe('PL911 Miasto Warszawa');
  });

  it('rows by NUTS 3 region sum their gminas; a confidential member makes the group confidential', () => {
    const res = pivot(state({ indicators: ['N', 'P'], rows: ['nuts3'], cols: ['indicator', 'year'], totals: false }), ctx);
    const data = res.rows.filter((r) => r.kind === 'data');
    expect(data.map((r) => r.keys[0])).toEqual(['PL214 Krakowski', 'PL911 Miasto Warszawa']);
    // Columns: N 2022, N 2023, P 2022, P 2023. PL214 holds 1201011, 1201022, 1202011, 1202022 (N suppressed in 1202022).
    const [krak, waw] = data;
    expect(krak.cells[0].state).toBe('suppressed');
    expect(krak.cells[2].value).toBe(1000 + 9000 + 2000 + 4000);
    expect(waw.cells[0].value).toBe(5);
    expect(waw.cells[1].value).toBe(6);
  });

  it('rows by LAG area: the ratio of sums over its gminas, demo where a member is demo; gminas outside any LAG under "—"', () => {
    const res = pivot(
      state({ indicators: ['R'], rows: ['lgd'], cols: ['year'], within: [], totals: false, years: { from: 2022, to: 2022 } }),
      ctx,
    );
    const data = res.rows.filter((r) => r.kind === 'data');
    const lgd = data.find((r) => r.keys[0] === 'LGD Y (demo)')!;
    // 1201022 (N 3 demo, P 9000) and 1202022 (N suppressed): confidential.
    expect(lgd.cells[0].state).toBe('suppressed');
    const none = data.find((r) => r.keys[0] === '')!;
    // 1201011, 1202011, 1401011: N 1+2+5, P 1000+2000+5000.
    expect(none.cells[0].value).toBeCloseTo(((1 + 2 + 5) / 8000) * 10000);
    expect(none.cells[0].flags & FLAG.demo).toBe(0);
    expect(keyLabel('lgd', '', { t: ((k: string) => k) as never, lang: 'pl', register: withAreas } as never)).toBe('—');
  });
});

describe('the pipeline writes the area labels into the register', () => {
  it('powiats get NUTS 2, NUTS 3 and OWES; gminas of a LAG get it', () => {
    const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
    const entries = register.map((t) => ({ ...t }) as RegisterEntry);
    addAreaMemberships(entries, readAreaDefinitions(register));
    const krakow = entries.find((e) => e.code === '1261')!;
    expect(krakow.areas).toMatchObject({ nuts3: 'PL213 Miasto Kraków', nuts2: 'PL21 małopolskie' });
    expect(krakow.areas!.owes).toMatch(/\(demo\)$/);
    const lgdMembers = entries.filter((e) => e.areas?.lgd);
    expect(lgdMembers.length).toBeGreaterThan(100);
    expect(lgdMembers.every((e) => e.level === 'gmina')).toBe(true);
    expect(entries.filter((e) => e.level === 'powiat').every((e) => e.areas?.nuts3 && e.areas.nuts2 && e.areas.owes)).toBe(true);
  });
});
