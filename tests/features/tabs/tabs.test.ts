// The tabs' address state and keyboard: ?widok= read and written, other parameters kept.
import { describe, expect, it } from 'vitest';
import { parseTab, tabKeyTarget, tabSearch } from '#features/tabs/tab-state.ts';
import { TAB_PARAM } from '#core/urls.ts';

describe('parseTab', () => {
  it('reads the Polish word of an offered view, else the default', () => {
    expect(TAB_PARAM).toBe('widok');
    expect(parseTab('?widok=tabela', ['map', 'chart', 'table'], 'map')).toBe('table');
    expect(parseTab('?poziom=powiat&widok=wykres&rok=2020', ['map', 'chart', 'table'], 'map')).toBe('chart');
    expect(parseTab('', ['map', 'chart', 'table'], 'map')).toBe('map');
    // A view the page does not offer, or an English word, falls back to the default.
    expect(parseTab('?widok=mapa', ['table', 'chart'], 'table')).toBe('table');
    expect(parseTab('?widok=chart', ['table', 'chart'], 'table')).toBe('table');
  });
});

describe('tabSearch', () => {
  it('writes the view, keeps other parameters and leaves the default out', () => {
    expect(tabSearch('?poziom=powiat&rok=2020', 'table', 'map')).toBe('?poziom=powiat&rok=2020&widok=tabela');
    expect(tabSearch('?poziom=powiat&widok=tabela', 'chart', 'map')).toBe('?poziom=powiat&widok=wykres');
    expect(tabSearch('?widok=tabela', 'map', 'map')).toBe('');
    expect(tabSearch('?poziom=powiat&widok=tabela', 'map', 'map')).toBe('?poziom=powiat');
  });

  it('round-trips every view through the address', () => {
    const views = ['map', 'chart', 'table'] as const;
    for (const v of views) for (const d of views) expect(parseTab(tabSearch('?rok=2021', v, d), views, d)).toBe(v);
  });
});

describe('tabKeyTarget', () => {
  it('moves with the arrows (wrapping), jumps with Home and End, ignores other keys', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKeyTarget('Home', 2, 3)).toBe(0);
    expect(tabKeyTarget('End', 0, 3)).toBe(2);
    expect(tabKeyTarget('Enter', 1, 3)).toBeUndefined();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe("the builder's tab in its address", () => {
  it('is written only for the chart and read back; the table is the default', async () => {
    const { decodeState, defaultState, encodeState } = await import('#features/builder/builder-state.ts');
    const base = defaultState('2024');
    expect(encodeState(base)).not.toContain('widok=');
    const chart = encodeState({ ...base, tab: 'chart' });
    expect(new URLSearchParams(chart).get('widok')).toBe('wykres');
    expect(decodeState(chart, '2024').state.tab).toBe('chart');
    expect(decodeState(encodeState(base), '2024').state.tab).toBeUndefined();
    // A view the builder has no tab for (the map is a chart type there) is the table.
    expect(decodeState(`${encodeState(base)}&widok=mapa`, '2024').state.tab).toBeUndefined();
    expect(decodeState(`${encodeState(base)}&widok=mapa`, '2024').problems).toEqual([]);
  });
});

describe("the indicator page's table view", () => {
  it('puts Poland first, then each voivodeship, aligned on the years with their flags', async () => {
    const { indicatorYearRows } = await import('#features/tabs/years-table.ts');
    const years = [2022, 2023, 2024];
    const voiv = {
      release: '2024',
      level: 'voivodeship' as const,
      years: [2023, 2024],
      codes: ['02', '04'],
      values: {
        X: [
          [1, null],
          [2, 5],
        ],
      },
      flags: {
        X: [
          [0, 2],
          [1, 0],
        ],
      },
    };
    const rows = indicatorYearRows(years, { v: [10, 11, null], f: [1, 0, 0] }, voiv, 'X');
    expect(rows.map((r) => r.code)).toEqual(['PL', '02', '04']);
    expect(rows[0].cells).toEqual([
      { value: 10, flags: 1 },
      { value: 11, flags: 0 },
      { value: null, flags: 0 },
    ]);
    // 2022 is not in the level file: empty; 2023 of "04" is confidential (flag 2), no number.
    expect(rows[1].cells).toEqual([
      { value: null, flags: 0 },
      { value: 1, flags: 0 },
      { value: 2, flags: 1 },
    ]);
    expect(rows[2].cells).toEqual([
      { value: null, flags: 0 },
      { value: null, flags: 2 },
      { value: 5, flags: 0 },
    ]);
    expect(indicatorYearRows(years, undefined, undefined, 'X')).toEqual([]);
  });
});
