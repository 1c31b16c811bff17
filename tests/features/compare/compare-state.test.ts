import { describe, expect, it } from 'vitest';
import {
  MAX_TERRITORIES,
  addCode,
  compareEmbedUrl,
  comparePermalink,
  decodeCompare,
  encodeCompare,
  normaliseCompare,
  removeCode,
} from '#features/compare/compare-state.ts';
import { comparePath } from '#core/urls.ts';

const RELEASES = [
  { id: '2024', years: [2015, 2016, 2023, 2024] },
  { id: '2023', years: [2015, 2016, 2023] },
];

describe('decodeCompare', () => {
  it('reads release, codes in their order and year', () => {
    const { state, problems } = decodeCompare('?r=2023&t=1211092,1211011,1211,PL,12&y=2016', '2024');
    expect(state).toEqual({ release: '2023', codes: ['1211092', '1211011', '1211', 'PL', '12'], year: 2016 });
    expect(problems).toEqual([]);
  });

  it('falls back to the given release and no year when absent', () => {
    expect(decodeCompare('', '2024')).toEqual({ state: { release: '2024', codes: [] }, problems: [] });
    expect(decodeCompare('t=', '2024').state.codes).toEqual([]);
  });

  it('drops codes of no level and reports them, merges duplicates, trims and upper-cases', () => {
    const { state, problems } = decodeCompare('t= 1211 ,abc,12345,1211,pl,,<script>', '2024');
    expect(state.codes).toEqual(['1211', 'PL']);
    expect(problems).toEqual([{ kind: 'code', items: ['ABC', '12345', '<SCRIPT>'] }]);
  });

  it('keeps at most eight codes and reports the rest', () => {
    const codes = Array.from({ length: 10 }, (_, i) => `12110${String(i + 10)}`);
    const { state, problems } = decodeCompare(`t=${codes.join(',')}`, '2024');
    expect(state.codes).toEqual(codes.slice(0, MAX_TERRITORIES));
    expect(problems).toEqual([{ kind: 'too-many', items: codes.slice(MAX_TERRITORIES) }]);
  });

  it('reports an unreadable year and ignores it', () => {
    const { state, problems } = decodeCompare('t=12&y=20x4', '2024');
    expect(state.year).toBeUndefined();
    expect(problems).toEqual([{ kind: 'year', items: ['20x4'] }]);
  });
});

describe('encodeCompare', () => {
  it('writes the release first, commas unescaped, the year only when set', () => {
    expect(encodeCompare({ release: '2024', codes: ['1211092', '1211'] })).toBe('r=2024&t=1211092,1211');
    expect(encodeCompare({ release: '2024', codes: ['12'], year: 2019 })).toBe('r=2024&t=12&y=2019');
    expect(encodeCompare({ release: '2024', codes: [] })).toBe('r=2024');
  });

  it('round-trips through decodeCompare', () => {
    const s = { release: '2023', codes: ['PL', '02', '0201011', '1211'], year: 2016 };
    expect(decodeCompare(encodeCompare(s), '2024')).toEqual({ state: s, problems: [] });
  });

  it('escapes what a query cannot hold', () => {
    expect(encodeCompare({ release: 'a&b', codes: [] })).toBe('r=a%26b');
  });
});

describe('normaliseCompare', () => {
  it('keeps a known release and a year inside it', () => {
    expect(normaliseCompare({ release: '2023', codes: ['12'], year: 2016 }, RELEASES, '2024')).toEqual({
      state: { release: '2023', codes: ['12'], year: 2016 },
      problems: [],
    });
  });

  it('replaces an unknown release and drops a year outside the release', () => {
    const r = normaliseCompare({ release: '1999', codes: ['12'], year: 2024 }, RELEASES, '2024');
    expect(r.state).toEqual({ release: '2024', codes: ['12'], year: 2024 });
    expect(r.problems).toEqual([{ kind: 'release', items: ['1999'] }]);
    const y = normaliseCompare({ release: '2023', codes: [], year: 2024 }, RELEASES, '2024');
    expect(y.state.year).toBeUndefined();
    expect(y.problems).toEqual([{ kind: 'year', items: ['2024'] }]);
  });
});

describe('addCode / removeCode', () => {
  it('adds at the end, refuses duplicates and a ninth', () => {
    expect(addCode(['12'], '1211')).toEqual({ codes: ['12', '1211'], added: true, full: false });
    expect(addCode(['12'], '12')).toEqual({ codes: ['12'], added: false, full: false });
    const eight = Array.from({ length: 8 }, (_, i) => String(10 + i * 2));
    expect(addCode(eight, '32')).toEqual({ codes: eight, added: false, full: true });
  });

  it('removes one code and keeps the order of the rest', () => {
    expect(removeCode(['1211092', '1211', '1211011'], '1211')).toEqual(['1211092', '1211011']);
  });
});

describe('addresses', () => {
  it('the page path and the "compare with" link', () => {
    expect(comparePath('pl')).toBe('/porownaj/');
    expect(comparePath('en', ['1211092'])).toBe('/en/porownaj/?t=1211092');
    expect(comparePath('pl', ['1211092', '1211'])).toBe('/porownaj/?t=1211092,1211');
  });

  it('a permalink on the public site, release-pinned', () => {
    expect(comparePermalink({ release: '2024', codes: ['1211092', '1211'], year: 2023 }, 'en', 'https://example.org/')).toBe(
      'https://example.org/en/porownaj/?r=2024&t=1211092,1211&y=2023',
    );
  });

  it('the embed: the same query under /embed/', () => {
    expect(compareEmbedUrl({ release: '2024', codes: ['12', 'PL'] }, 'pl', 'https://example.org/')).toBe(
      'https://example.org/embed/porownaj/?r=2024&t=12,PL',
    );
    expect(compareEmbedUrl({ release: '2024', codes: ['12'] }, 'en', 'https://example.org/')).toBe(
      'https://example.org/en/embed/porownaj/?r=2024&t=12',
    );
  });
});
