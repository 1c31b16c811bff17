// The builder's grouping on a hand-checked fixture: ratio of sums (not mean of ratios),
// weighted mean by its weight, `none` refused, suppressed and missing propagation,
// subtotals and totals, sorting — and, on the shipped data, that grouping gminas by
// powiat gives exactly the powiat values the pipeline published.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundTo } from '#core/aggregate.ts';
import type { Indicator } from '#core/catalogue.ts';
import { FLAG } from '#core/cells.ts';
import type { LevelFile, RegisterEntry } from '#core/data-types.ts';
import { filterTerritories, levelDataFrom, pivot, sortRows } from '#features/builder/builder-pivot.ts';
import { defaultState, normaliseState, type BuilderState } from '#features/builder/builder-state.ts';
import { translator } from '#i18n/index.ts';
import { keyLabel, type LabelContext } from '#features/builder/builder-labels.ts';
import { CATALOGUE, CODES, CTX, REGISTER } from '#test-helpers/builder-fixture.ts';

const state = (over: Partial<BuilderState>): BuilderState => {
  const s = { ...defaultState('T'), level: 'gmina' as const, ...over };
  return normaliseState(s, { years: [2022, 2023], catalogue: CATALOGUE, hasCode: (c) => REGISTER.has(c) }).state;
};

const cellOf = (res: ReturnType<typeof pivot>, rowKey: (string | number | null)[], col = 0) =>
  res.rows.find((r) => JSON.stringify(r.keys) === JSON.stringify(rowKey))?.cells[col];

describe('gminas created later', () => {
  it('leave a grouping before they existed instead of making it "no data"', () => {
    // 1202011 has no P value in 2023 in this variant; it "exists from 2024", so in 2023 powiat 1202 is 1202022 alone.
    const data = levelDataFrom([
      {
        release: 'T',
        level: 'gmina',
        years: [2022, 2023],
        codes: CODES,
        values: { P: [CODES.map(() => 100), [100, 100, null, 100, 100]] },
        flags: { P: [CODES.map(() => 0), CODES.map(() => 0)] },
      },
    ]);
    const register = new Map(REGISTER);
    const s = state({ indicators: ['P'], rows: ['powiat'], cols: ['year', 'indicator'] });
    const before = pivot(s, { ...CTX, data, register });
    expect(cellOf(before, ['1202'], 1)).toMatchObject({ state: 'missing' });
    register.set('1202011', { ...REGISTER.get('1202011')!, existsFrom: 2024 });
    const after = pivot(s, { ...CTX, data, register });
    expect(cellOf(after, ['1202'], 1)).toMatchObject({ state: 'value', value: 100 });
    expect(cellOf(after, ['1202'], 0)).toMatchObject({ state: 'value', value: 100 });
  });
});

describe('grouping rules', () => {
  it('recomputes a ratio as the ratio of sums, not the mean of the members’ ratios', () => {
    const res = pivot(state({ indicators: ['R'], rows: ['powiat'], cols: ['year', 'indicator'], years: { from: 2022, to: 2022 } }), CTX);
    // Powiat 1201: N = 1 + 3 = 4, P = 1000 + 9000 = 10 000 → 4 per 10 000. The mean of 10 and 3.33 would be 6.67.
    const c = cellOf(res, ['1201'])!;
    expect(c.state).toBe('value');
    expect(roundTo(c.value!, 2)).toBe(4);
    expect(roundTo(c.value!, 2)).not.toBe(roundTo((10 + 3.33) / 2, 2));
    // The demo member makes the group demo; a computed group is marked aggregated.
    expect(c.flags & FLAG.demo).toBeTruthy();
    expect(c.flags & FLAG.aggregated).toBeTruthy();
    // Powiat 1401 has one member: its own published value, untouched.
    expect(cellOf(res, ['1401'])).toMatchObject({ value: 10, state: 'value' });
  });

  it('adds sums and weights a weighted mean by its weight', () => {
    const res = pivot(
      state({ indicators: ['N', 'M'], rows: ['powiat'], cols: ['year', 'indicator'], years: { from: 2022, to: 2022 } }),
      CTX,
    );
    expect(cellOf(res, ['1201'], 0)).toMatchObject({ value: 4, state: 'value' });
    // (2 × 1000 + 4 × 9000) / 10 000 = 3.8, not the plain mean 3.
    expect(cellOf(res, ['1201'], 1)!.value).toBeCloseTo(3.8, 10);
  });

  it('propagates a suppressed member as suppressed and a missing member as missing', () => {
    const res = pivot(state({ indicators: ['N', 'R'], rows: ['powiat'], cols: ['year', 'indicator'] }), CTX);
    // Columns: 2022 N, 2022 R, 2023 N, 2023 R.
    expect(cellOf(res, ['1202'], 0)).toMatchObject({ state: 'suppressed', value: null });
    expect(cellOf(res, ['1202'], 1)).toMatchObject({ state: 'suppressed', value: null });
    expect(cellOf(res, ['1202'], 0)!.flags & FLAG.suppressed).toBeTruthy();
    // 1201 in 2023 is complete; the voivodeship total is suppressed because of 1202022.
    expect(cellOf(res, ['1201'], 2)).toMatchObject({ state: 'value', value: 4 });
    const total = res.rows.find((r) => r.kind === 'total')!;
    expect(total.cells[0].state).toBe('suppressed');
  });

  it('a missing member makes the group missing, not a silently partial sum', () => {
    const res = pivot(state({ indicators: ['N'], rows: ['kind'], cols: ['year', 'indicator'], within: ['1202', '1401'] }), CTX);
    // urban = 1202011 + 1401011: 2022 → 2 + 5 = 7; 2023 → 1202011 missing → missing.
    expect(cellOf(res, ['urban'], 0)).toMatchObject({ state: 'value', value: 7 });
    expect(cellOf(res, ['urban'], 1)).toMatchObject({ state: 'missing', value: null });
  });

  it('refuses to group an indicator whose rule is none, and says which', () => {
    const res = pivot(
      state({ indicators: ['X', 'N'], rows: ['voivodeship'], cols: ['indicator', 'year'], years: { from: 2022, to: 2022 } }),
      CTX,
    );
    expect(res.refused).toEqual(['X']);
    expect(cellOf(res, ['12'], 0)!.state).toBe('refused');
    expect(cellOf(res, ['12'], 1)).toMatchObject({ state: 'suppressed' });
    // One member: no grouping needed, so the value is shown.
    expect(cellOf(res, ['14'], 0)).toMatchObject({ state: 'value', value: 5.5 });
    // Per territory nothing is grouped and nothing refused.
    const per = pivot(state({ indicators: ['X'], rows: ['territory'], cols: ['year', 'indicator'], totals: false }), CTX);
    expect(per.refused).toEqual([]);
  });
});

describe('layout', () => {
  it('puts subtotals after each block and the total last, over territorial fields only', () => {
    const res = pivot(
      state({
        indicators: ['N', 'P'],
        within: ['12'],
        rows: ['powiat', 'territory'],
        cols: ['indicator'],
        years: { from: 2022, to: 2022 },
        subtotals: true,
        totals: true,
      }),
      CTX,
    );
    expect(res.rows.map((r) => [r.kind, ...r.keys])).toEqual([
      ['data', '1201', '1201011'],
      ['data', '1201', '1201022'],
      ['subtotal', '1201', null],
      ['data', '1202', '1202011'],
      ['data', '1202', '1202022'],
      ['subtotal', '1202', null],
      ['total', null, null],
    ]);
    // The year went to the columns automatically (it is never aggregated over).
    expect(res.colDims).toEqual(['indicator', 'year']);
    expect(res.rows[2].cells.map((c) => c.value)).toEqual([4, 10000]);
    expect(res.rows[5].cells.map((c) => c.state)).toEqual(['suppressed', 'value']);
    expect(res.rows[6].cells[1].value).toBe(16000);
  });

  it('keeps the year in total rows when the year is a row field', () => {
    const res = pivot(state({ indicators: ['P'], rows: ['voivodeship', 'year'], cols: ['indicator'], subtotals: true }), CTX);
    const totals = res.rows.filter((r) => r.kind === 'total');
    expect(totals.map((r) => r.keys)).toEqual([
      [null, 2022],
      [null, 2023],
    ]);
    expect(totals[0].cells[0].value).toBe(21000);
    // No subtotal per voivodeship: below it there are only years, which are never summed.
    expect(res.rows.some((r) => r.kind === 'subtotal')).toBe(false);
  });

  it('filters by area, gmina kind and a list of codes', () => {
    expect(filterTerritories({ within: ['1201'], kinds: [], codes: [] }, CODES, REGISTER)).toEqual([0, 1]);
    expect(filterTerritories({ within: ['12'], kinds: ['rural'], codes: [] }, CODES, REGISTER)).toEqual([1, 3]);
    expect(filterTerritories({ within: [], kinds: [], codes: ['1401011', '1201011'] }, CODES, REGISTER)).toEqual([0, 4]);
  });

  it('sorts by a value column with empty cells last, and by a row label', () => {
    const s = state({ indicators: ['N'], rows: ['territory'], cols: ['year', 'indicator'], years: { from: 2022, to: 2022 } });
    const res = pivot(s, CTX);
    const ctx: LabelContext = { lang: 'pl', t: translator('pl'), catalogue: CATALOGUE, register: REGISTER };
    const coll = new Intl.Collator('pl');
    const label = (d: Parameters<typeof keyLabel>[0], v: Parameters<typeof keyLabel>[1]) => keyLabel(d, v, ctx);
    const desc = sortRows(res, { key: 'c0', dir: 'desc' }, label, coll);
    expect(desc.map((r) => r.keys[0])).toEqual(['1401011', '1201022', '1202011', '1201011', '1202022', null]);
    const asc = sortRows(res, { key: 'c0', dir: 'asc' }, label, coll);
    expect(asc.map((r) => r.keys[0])).toEqual(['1201011', '1202011', '1201022', '1401011', '1202022', null]);
    expect(asc.at(-1)!.kind).toBe('total');
  });
});

// ---------------------------------------------------------------- the shipped data

const DATA_DIR = path.join(process.cwd(), 'public', 'data');
const haveData = fs.existsSync(path.join(DATA_DIR, 'releases.json'));

describe.skipIf(!haveData)('on the shipped data', () => {
  it('grouping gminas by powiat reproduces the published powiat values (sum and ratio)', () => {
    const release = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'releases.json'), 'utf8')).latest as string;
    const dir = path.join(DATA_DIR, release);
    const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8')) as T;
    const catalogue = new Map(read<Indicator[]>('indicators.json').map((i) => [i.id, i]));
    const register = new Map(read<RegisterEntry[]>('territories.json').map((e) => [e.code, e]));
    const ids = ['SPS_KRS', 'POP', 'SPS_10K', 'REINT_BEN'];
    const data = levelDataFrom(ids.map((id) => read<LevelFile>(`level/gmina/${id}.json`)));
    const s = normaliseState(
      { ...defaultState(release), level: 'gmina', indicators: ids, rows: ['powiat'], cols: ['year', 'indicator'], totals: false },
      { years: data.years, catalogue, hasCode: (c) => register.has(c) },
    ).state;
    const res = pivot(s, { data, catalogue, register });
    let compared = 0;
    const published = new Map(ids.map((id) => [id, read<LevelFile>(`level/powiat/${id}.json`)]));
    /** A powiat's own source figure (e.g. a population that still counts an abolished gmina) wins over the sum, for a ratio through its parts too. */
    const ownFigure = (id: string, yi: number, ti: number): boolean => {
      const a = catalogue.get(id)!.aggregation;
      const parts = a.rule === 'ratio' ? [id, a.numerator, a.denominator] : [id];
      return parts.some((p) => published.has(p) && !((published.get(p)!.flags[p]?.[yi]?.[ti] ?? 0) & FLAG.aggregated));
    };
    for (const id of ids) {
      const pub = published.get(id)!;
      for (const row of res.rows) {
        const ti = pub.codes.indexOf(row.keys[0] as string);
        res.cols.forEach((ck, j) => {
          if (ck[1] !== id) return;
          const yi = pub.years.indexOf(ck[0] as number);
          const flags = pub.flags[id]?.[yi]?.[ti] ?? 0;
          if (ownFigure(id, yi, ti)) return;
          const cell = row.cells[j];
          const value = pub.values[id][yi][ti];
          if (value === null) expect(cell.state === 'value').toBe(false);
          else expect(roundTo(cell.value!, catalogue.get(id)!.decimals)).toBe(value);
          expect(!!(cell.flags & FLAG.suppressed)).toBe(!!(flags & FLAG.suppressed));
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
