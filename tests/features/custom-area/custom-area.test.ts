// "Your own area": pasted codes, their expansion and validation, the address, and the
// profile on the builder's hand-checked fixture (aggregation rules, flags, refusal).
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import {
  areaIndex,
  codeTokens,
  compactAreaCodes,
  gminasOfPowiat,
  parseCodes,
  toggleCodes,
} from '#features/custom-area/custom-area-codes.ts';
import { AREA_NAME_MAX, areaEmbedUrl, areaPermalink, decodeAreaState, encodeAreaState } from '#features/custom-area/custom-area-state.ts';
import { buildProfile, profileCsv, profileHasDemo, NOT_AGGREGABLE } from '#features/custom-area/custom-area-profile.ts';
import { emptyLevelData, mergeChunks } from '#features/builder/builder-data.ts';
import { CATALOGUE, CTX, REGISTER } from '#test-helpers/builder-fixture.ts';

const INDEX = areaIndex([...REGISTER.values()]);

describe('codeTokens', () => {
  it('splits on spaces, line breaks, commas, semicolons and tabs and drops CSV quotes', () => {
    expect(codeTokens(' 1201011,1201022;\n"1202011"\t1401 ')).toEqual(['1201011', '1201022', '1202011', '1401']);
  });
});

describe('parseCodes', () => {
  it('keeps 7-digit gminas and expands a 4-digit powiat to its gminas, in register order, once each', () => {
    const r = parseCodes('1401011 1201 1201011', INDEX);
    expect(r.codes).toEqual(['1201011', '1201022', '1401011']);
    expect(r.problems).toEqual([]);
  });

  it('reads the compact tokens of links', () => {
    expect(parseCodes(['12*'], INDEX).codes).toEqual(['1201011', '1201022', '1202011', '1202022']);
    expect(parseCodes(['*'], INDEX).codes).toEqual(['1201011', '1201022', '1202011', '1202022', '1401011']);
    expect(parseCodes(['1202*', '1401011'], INDEX).codes).toEqual(['1202011', '1202022', '1401011']);
  });

  it('names every unusable token once, with the reason', () => {
    const r = parseCodes('1201011, 120101, abc, 9999999, 1299, 1201011x, 16*, 9999999', INDEX);
    expect(r.codes).toEqual(['1201011']);
    expect(r.problems).toEqual([
      { kind: 'format', token: '120101' },
      { kind: 'format', token: 'abc' },
      { kind: 'unknown', token: '9999999' },
      { kind: 'unknown', token: '1299' },
      { kind: 'format', token: '1201011x' },
      { kind: 'empty', token: '16*' },
    ]);
  });

  it('treats a voivodeship code and a powiat code given as a gmina as unusable', () => {
    // "12" alone is too easily a stray number to stand for a whole voivodeship: "12*" says it.
    expect(parseCodes('12', INDEX).problems).toEqual([{ kind: 'format', token: '12' }]);
    expect(parseCodes('1201000', INDEX).problems).toEqual([{ kind: 'unknown', token: '1201000' }]);
  });

  it('gives nothing for empty input', () => {
    expect(parseCodes('  \n ', INDEX)).toEqual({ codes: [], problems: [] });
  });
});

describe('toggleCodes and compactAreaCodes', () => {
  it('adds a whole powiat when any of its gminas is out, removes it when all are in', () => {
    const powiat = gminasOfPowiat('1201', INDEX);
    expect(powiat).toEqual(['1201011', '1201022']);
    const once = toggleCodes(['1201022', '1401011'], powiat, INDEX);
    expect(once).toEqual(['1201011', '1201022', '1401011']);
    expect(toggleCodes(once, powiat, INDEX)).toEqual(['1401011']);
    expect(toggleCodes(['1401011'], ['1401011'], INDEX)).toEqual([]);
  });

  it('writes whole powiats and voivodeships as tokens that expand back to the same gminas', () => {
    const codes = ['1201011', '1201022', '1202011', '1401011'];
    const compact = compactAreaCodes(codes, INDEX);
    expect(compact).toEqual(['1201*', '1202011', '14*']);
    expect(parseCodes(compact, INDEX).codes).toEqual(codes);
  });
});

describe('address', () => {
  it('round-trips release, gminas and name, written compactly', () => {
    const state = { release: '2024', codes: ['1201011', '1201022', '1202022'], name: 'Dolina  Raby &\n co' };
    const query = encodeAreaState(state, INDEX);
    expect(query).toBe('v=1&r=2024&c=1201*,1202022&n=Dolina%20Raby%20%26%20co');
    const back = decodeAreaState(`?${query}`, '2023');
    expect(back.present).toBe(true);
    expect(back.newerVersion).toBe(false);
    expect(back.state.release).toBe('2024');
    expect(back.state.name).toBe('Dolina Raby & co');
    expect(parseCodes(back.state.codes, INDEX).codes).toEqual(state.codes);
  });

  it('falls back to the given release, reports an empty list and a newer codec', () => {
    const r = decodeAreaState('v=9', '2024');
    expect(r.state).toEqual({ release: '2024', codes: [], name: '' });
    expect(r.present).toBe(false);
    expect(r.newerVersion).toBe(true);
  });

  it('shortens a long name', () => {
    const r = decodeAreaState(`c=1201011&n=${'x'.repeat(200)}`, '2024');
    expect(r.state.name).toHaveLength(AREA_NAME_MAX);
  });

  it('builds the page and embed links under the language prefix', () => {
    const s = { release: '2024', codes: ['1401011'], name: '' };
    expect(areaPermalink(s, 'pl', 'https://example.org/', INDEX)).toBe('https://example.org/moj-obszar/?v=1&r=2024&c=14*');
    expect(areaEmbedUrl(s, 'en', 'https://example.org/', INDEX)).toBe('https://example.org/en/embed/moj-obszar/?v=1&r=2024&c=14*');
  });
});

describe('buildProfile on the fixture (hand-checked values)', () => {
  const ids = ['N', 'P', 'R', 'M', 'X'];
  const row = (p: ReturnType<typeof buildProfile>, id: string) => p.rows.find((r) => r.id === id)!;

  it('sums, recomputes ratios from summed parts, weights means and keeps the demo flag', () => {
    const p = buildProfile(['1201011', '1201022', '1202011'], ids, CTX);
    // N 2022: 1 + 3 + 2 = 6, one member is demo.
    const n22 = row(p, 'N').series.find((y) => y.year === 2022)!.cell;
    expect(n22.value).toBe(6);
    expect(n22.flags & FLAG.demo).toBeTruthy();
    // N 2023: 1202011 is missing, so the total is missing, not a partial 4.
    expect(row(p, 'N').series.find((y) => y.year === 2023)!.cell.state).toBe('missing');
    expect(row(p, 'N').latest?.year).toBe(2022);
    // P: 1000 + 9000 + 2000.
    expect(row(p, 'P').latest?.cell.value).toBe(12000);
    // R 2022 = 6 / 12000 × 10000 = 5, not the mean of the published ratios.
    expect(row(p, 'R').series[0].cell.value).toBeCloseTo(5, 10);
    // M weighted by P: (2·1000 + 4·9000 + 1·2000) / 12000.
    expect(row(p, 'M').latest?.cell.value).toBeCloseTo(40000 / 12000, 10);
    expect(profileHasDemo(p)).toBe(true);
  });

  it('shows a suppressed member as confidential, never as missing', () => {
    const p = buildProfile(['1202011', '1202022'], ids, CTX);
    const n = row(p, 'N');
    expect(n.series.map((y) => y.cell.state)).toEqual(['suppressed', 'suppressed']);
    expect(n.latest?.cell.state).toBe('suppressed');
  });

  it('refuses rule `none` for several gminas and keeps it for one', () => {
    expect(row(buildProfile(['1201011', '1401011'], ids, CTX), 'X').refused).toBe(true);
    expect(row(buildProfile(['1201011', '1401011'], ids, CTX), 'X').series[0].cell.state).toBe('refused');
    const single = row(buildProfile(['1401011'], ids, CTX), 'X');
    expect(single.refused).toBe(false);
    expect(single.latest?.cell.value).toBe(5.5);
  });

  it('puts Poland beside the latest year from the country data', () => {
    const country = mergeChunks(emptyLevelData('T', 'country', [2022, 2023], ['PL']), [
      {
        release: 'T',
        level: 'country',
        years: [2022, 2023],
        codes: ['PL'],
        values: { P: [[21000], [21000]] },
        flags: { P: [[0], [FLAG.demo]] },
      },
    ]);
    const p = buildProfile(['1401011'], ['P'], CTX, country);
    expect(row(p, 'P').latest?.year).toBe(2023);
    expect(row(p, 'P').country).toEqual({ value: 21000, flags: FLAG.demo });
    expect(profileHasDemo(p)).toBe(true);
  });

  it('writes a CSV line per indicator and year with the status word and the refusal note', () => {
    const p = buildProfile(['1202011', '1202022'], ['N', 'X'], CTX);
    const csv = profileCsv(p, CATALOGUE, {
      header: ['indicator', 'name', 'unit', 'year', 'value', 'status', 'note'],
      indicatorName: (id) => `=${id}`,
      unit: () => 'u',
    });
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toEqual([
      'indicator,name,unit,year,value,status,note',
      "N,'=N,u,2022,,confidential,",
      "N,'=N,u,2023,,confidential,",
      `X,'=X,u,2022,,missing,${NOT_AGGREGABLE}`,
      `X,'=X,u,2023,,missing,${NOT_AGGREGABLE}`,
    ]);
  });
});
