// The builder's state ↔ URL codec: a round trip restores the same state, the release
// travels with it, bad parameters are reported rather than crashing, and normalisation
// makes a state fit its release.
import { describe, expect, it } from 'vitest';
import {
  decodeState,
  defaultState,
  embedUrl,
  encodeState,
  indicatorsToLoad,
  normaliseState,
  permalink,
  selectedYears,
  seriesTablePath,
  type BuilderState,
} from '#features/builder/builder-state.ts';
import { CATALOGUE } from '#test-helpers/builder-fixture.ts';

const full: BuilderState = {
  release: '2023',
  level: 'gmina',
  indicators: ['SPS_KRS', 'SPS_10K', 'POP'],
  within: ['12', '1406'],
  kinds: ['rural', 'urban-rural'],
  codes: ['1211092', '1211011'],
  years: { from: 2019, to: 2023 },
  rows: ['powiat', 'territory'],
  cols: ['year', 'indicator'],
  sort: { key: 'c3', dir: 'desc' },
  totals: true,
  subtotals: true,
  chart: 'map',
  chartIndicator: 'SPS_10K',
  chartYear: 2022,
  view: 'table',
};

describe('URL codec', () => {
  it('round-trips a full state, release included', () => {
    const q = encodeState(full);
    expect(decodeState(q, '2024')).toEqual({ state: full, problems: [], present: true });
    expect(decodeState(`?${q}`, '2024').state).toEqual(full);
  });

  it('round-trips the default state and a single year', () => {
    const d = defaultState('2024');
    expect(decodeState(encodeState(d), '2024').state).toEqual(d);
    const one = { ...d, years: { from: 2020, to: 2020 } };
    expect(encodeState(one)).toContain('y=2020&');
    expect(decodeState(encodeState(one), '2024').state).toEqual(one);
  });

  it('writes a readable, stable query', () => {
    expect(encodeState(full)).toBe(
      'v=1&r=2023&l=gmina&i=SPS_KRS,SPS_10K,POP&y=2019-2023&w=12,1406&k=rural,urban-rural&c=1211092,1211011&rows=powiat,territory&cols=year,indicator&sort=c3-desc&tot=1&sub=1&ch=map&chi=SPS_10K&chy=2022&view=table',
    );
  });

  it('keeps the release of the link, and falls back to the latest only when there is none', () => {
    expect(decodeState('r=2023&l=powiat', '2024').state.release).toBe('2023');
    expect(decodeState('l=powiat', '2024').state.release).toBe('2024');
    expect(decodeState('', '2024')).toMatchObject({ present: false, problems: [] });
  });

  it('reports unreadable parameters and keeps the rest', () => {
    const { state, problems } = decodeState('r=2024&l=planet&y=20x&k=urban,city&rows=territory,colour&sort=up&ch=pie&i=sps_krs', '2024');
    expect(state.level).toBe('voivodeship');
    expect(state.years).toBeNull();
    expect(state.kinds).toEqual(['urban']);
    expect(state.rows).toEqual(['territory']);
    expect(state.sort).toBeNull();
    expect(state.chart).toBe('line');
    expect(state.indicators).toEqual(['SPS_KRS']);
    expect(problems).toHaveLength(6);
  });

  it('accepts percent-encoded commas from other tools', () => {
    expect(decodeState('i=N%2CP&rows=territory%2Cyear', 'T').state).toMatchObject({ indicators: ['N', 'P'], rows: ['territory', 'year'] });
  });
});

describe('normalisation', () => {
  const ctx = { years: [2022, 2023], catalogue: CATALOGUE, hasCode: (c: string) => ['12', '1201', '1201011', '1201022'].includes(c) };

  it('drops what the release or level does not have, and says so', () => {
    const s: BuilderState = {
      ...defaultState('T'),
      level: 'powiat',
      indicators: ['N', 'NOPE'],
      within: ['1201', '12', '99'],
      kinds: ['rural'],
      codes: ['1201011', '1201'],
      years: { from: 2015, to: 2022 },
      rows: ['kind', 'territory', 'territory'],
      cols: [],
      chartIndicator: 'NOPE',
    };
    const { state, problems } = normaliseState(s, ctx);
    expect(state.indicators).toEqual(['N']);
    expect(state.within).toEqual(['12']);
    expect(state.kinds).toEqual([]);
    expect(state.codes).toEqual(['1201']);
    expect(state.years).toEqual({ from: 2022, to: 2022 });
    expect(state.rows).toEqual(['territory']);
    // The indicator heads the columns, each over its years.
    expect(state.cols).toEqual(['indicator', 'year']);
    expect(state.chartIndicator).toBeUndefined();
    expect(problems.map((p) => p.kind).sort()).toEqual(['code', 'dim', 'indicator-unknown', 'kinds', 'within', 'year']);
  });

  it('always places the year and the indicator, and keeps at least one row field', () => {
    const { state } = normaliseState({ ...defaultState('T'), rows: [], cols: [] }, ctx);
    expect(state.rows).toEqual(['year']);
    expect(state.cols).toEqual(['indicator']);
  });

  it('is idempotent', () => {
    const once = normaliseState(
      { ...full, release: 'T', indicators: ['N', 'R'], within: ['12'], codes: [], years: null, chartIndicator: 'R', chartYear: 2023 },
      ctx,
    ).state;
    expect(normaliseState(once, ctx)).toEqual({ state: once, problems: [] });
    expect(selectedYears(once, ctx.years)).toEqual([2022, 2023]);
  });

  it('loads the numerators, denominators and weights that grouping needs', () => {
    expect(indicatorsToLoad(['R', 'M'], CATALOGUE, 'gmina').sort()).toEqual(['M', 'N', 'P', 'R']);
  });
});

describe('addresses', () => {
  it('builds the permalink and the embed URL from the same query', () => {
    const site = 'https://example.org';
    expect(permalink(full, 'pl', site)).toBe(`https://example.org/zestawienia/?${encodeState(full)}`);
    expect(embedUrl(full, 'en', site)).toBe(`https://example.org/en/embed/zestawienia/?${encodeState(full)}`);
  });

  it("opens one territory's time series: its indicators by year, every year of the release", () => {
    const path = seriesTablePath('en', '2023', { level: 'powiat', code: '1211' }, ['SPS_KRS', 'POP']);
    expect(path.startsWith('/en/zestawienia/?')).toBe(true);
    const { state, problems } = decodeState(path.slice(path.indexOf('?')), '2024');
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      release: '2023',
      level: 'powiat',
      codes: ['1211'],
      indicators: ['SPS_KRS', 'POP'],
      years: null,
      rows: ['territory', 'indicator'],
      cols: ['year'],
      totals: false,
    });
  });
});
