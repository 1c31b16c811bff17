// The directory's filters: URL round trip, matching, facet counts and order, checked on
// small hand-made rows and against the shipped entities/index.json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  decodeIndex,
  emptyFilters,
  facetCounts,
  filtersToSearch,
  foldTexts,
  hasFilters,
  parseFilters,
  queryTerms,
  sortRows,
  type DirRow,
} from '#features/directory/directory-filter.ts';
import type { EntityIndex, EntityOfferText } from '#features/directory/entity-files.ts';
import { fold } from '#features/search/search-index.ts';

const row = (over: Partial<DirRow> & { id: string; name: string }): DirRow => ({
  i: 0,
  category: 'social-cooperative',
  gmina: '1211092',
  powiat: '1211',
  voivodeship: '12',
  lat: 49.5,
  lon: 20,
  approximate: true,
  offer: [],
  certificates: [],
  socialEnterprise: false,
  socialClauses: null,
  demo: true,
  nameFold: '',
  ...over,
});

const ROWS: DirRow[] = [
  row({
    i: 0,
    id: 'a',
    name: 'Spółdzielnia Socjalna «Łąka» nr 10',
    offer: ['catering', 'cleaning'],
    socialEnterprise: true,
    socialClauses: true,
  }),
  row({
    i: 1,
    id: 'b',
    name: 'Spółdzielnia Socjalna «Próbka» nr 9',
    category: 'cis',
    gmina: '1261011',
    powiat: '1261',
    offer: ['it'],
    certificates: ['quality-mark'],
  }),
  row({ i: 2, id: 'c', name: 'Fundacja Żółw', category: 'ngo', gmina: '0201011', powiat: '0201', voivodeship: '02', socialClauses: false }),
].map((r) => ({ ...r, nameFold: fold(r.name) }));

function minimalIndex(names: string[]): EntityIndex {
  return {
    release: 't',
    year: 2024,
    asOf: '2024-12-31',
    mode: 'demo',
    count: names.length,
    vocab: { category: ['social-cooperative'], offer: [], cert: [] },
    id: names.map((_, i) => `x${i}`),
    name: names,
    category: names.map(() => 0),
    gmina: names.map(() => '1211092'),
    lat: names.map(() => 50),
    lon: names.map(() => 20),
    approx: names.map(() => 1),
    offer: names.map(() => []),
    cert: names.map(() => []),
    se: names.map(() => 0),
    clauses: names.map(() => null),
    demo: names.map(() => 1),
  };
}

describe('filter state in the URL', () => {
  it('round-trips every filter, in a fixed parameter order with readable commas', () => {
    const f = {
      ...emptyFilters(),
      q: 'catering Kraków',
      kat: ['cis' as const, 'social-cooperative' as const],
      oferta: ['it' as const, 'catering' as const],
      obszar: '1211092',
      cert: ['zakup-prospoleczny' as const],
      ps: 'tak' as const,
      klauzule: 'nie' as const,
      widok: 'mapa' as const,
      sort: 'miejsce' as const,
    };
    const s = filtersToSearch(f);
    expect(s).toBe(
      '?q=catering+Krak%C3%B3w&kat=social-cooperative,cis&oferta=catering,it&obszar=1211092&cert=zakup-prospoleczny&ps=tak&klauzule=nie&widok=mapa&sort=miejsce',
    );
    const back = parseFilters(s);
    // Vocabulary order, not click order.
    expect(back).toEqual({ ...f, kat: ['social-cooperative', 'cis'], oferta: ['catering', 'it'] });
  });

  it('leaves defaults out, so the plain directory has no query string', () => {
    expect(filtersToSearch(emptyFilters())).toBe('');
    expect(hasFilters(emptyFilters())).toBe(false);
    expect(hasFilters({ ...emptyFilters(), widok: 'mapa' })).toBe(false);
    expect(hasFilters({ ...emptyFilters(), ps: 'nie' })).toBe(true);
  });

  it('drops unknown values instead of failing (old or mistyped links still open the directory)', () => {
    const f = parseFilters('?kat=cis,spoldzielnia,cis&obszar=123&ps=maybe&widok=tabela&cert=quality-mark,gold&oferta=');
    expect(f.kat).toEqual(['cis']);
    expect(f.obszar).toBe('');
    expect(f.ps).toBe('');
    expect(f.widok).toBe('lista');
    expect(f.cert).toEqual(['quality-mark']);
    expect(f.oferta).toEqual([]);
    for (const code of ['12', '1211', '1211092']) expect(parseFilters(`?obszar=${code}`).obszar).toBe(code);
  });
});

describe('matching', () => {
  it('searches names without case or Polish diacritics, every word required', () => {
    expect(queryTerms('  ŁĄKA  ')).toEqual(['laka']);
    const by = (q: string) => applyFilters(ROWS, { ...emptyFilters(), q }).map((r) => r.id);
    expect(by('laka')).toEqual(['a']);
    expect(by('zolw fundacja')).toEqual(['c']);
    expect(by('spoldzielnia')).toEqual(['a', 'b']);
    expect(by('spoldzielnia zolw')).toEqual([]);
  });

  it('searches offer descriptions once they are loaded', () => {
    const offerFold = foldTexts(['Obiady, catering na wesela', '', 'Usługi informatyczne i strony WWW']);
    const f = { ...emptyFilters(), q: 'informatyczne' };
    expect(applyFilters(ROWS, f).map((r) => r.id)).toEqual([]);
    expect(applyFilters(ROWS, f, { offerFold }).map((r) => r.id)).toEqual(['c']);
    expect(applyFilters(ROWS, { ...f, q: 'WESELA' }, { offerFold }).map((r) => r.id)).toEqual(['a']);
  });

  it('combines groups with AND and choices within a group with OR', () => {
    const ids = (patch: Partial<ReturnType<typeof emptyFilters>>) => applyFilters(ROWS, { ...emptyFilters(), ...patch }).map((r) => r.id);
    expect(ids({ kat: ['cis', 'ngo'] })).toEqual(['b', 'c']);
    expect(ids({ oferta: ['catering', 'it'] })).toEqual(['a', 'b']);
    expect(ids({ oferta: ['catering', 'it'], kat: ['cis'] })).toEqual(['b']);
    expect(ids({ obszar: '12' })).toEqual(['a', 'b']);
    expect(ids({ obszar: '1261' })).toEqual(['b']);
    expect(ids({ obszar: '1211092' })).toEqual(['a']);
    expect(ids({ cert: ['quality-mark'] })).toEqual(['b']);
    expect(ids({ ps: 'tak' })).toEqual(['a']);
    expect(ids({ ps: 'nie' })).toEqual(['b', 'c']);
    // "nie" for clauses means no or unknown.
    expect(ids({ klauzule: 'tak' })).toEqual(['a']);
    expect(ids({ klauzule: 'nie' })).toEqual(['b', 'c']);
  });

  it('counts facets with every filter but their own group', () => {
    const f = { ...emptyFilters(), kat: ['cis' as const], obszar: '12' };
    const facets = facetCounts(ROWS, f);
    // Kinds: ignore the kind filter, keep the area.
    expect(facets.kat).toEqual({ 'social-cooperative': 1, cis: 1 });
    // Offers: kind and area apply.
    expect(facets.oferta).toEqual({ it: 1 });
    expect(facets.ps).toEqual({ tak: 0, nie: 1 });
  });
});

describe('order', () => {
  it('sorts names the Polish way with numbers in numeric order, or by place', () => {
    expect(sortRows([...ROWS], 'nazwa').map((r) => r.id)).toEqual(['c', 'a', 'b']);
    const numbered = [row({ id: 'n10', name: 'Koło nr 10' }), row({ id: 'n9', name: 'Koło nr 9' })];
    expect(sortRows(numbered, 'nazwa').map((r) => r.id)).toEqual(['n9', 'n10']);
    expect(sortRows([...ROWS], 'miejsce').map((r) => r.gmina)).toEqual(['0201011', '1211092', '1261011']);
  });
});

// ---------------------------------------------------------------- against the shipped data

const DATA = path.join(process.cwd(), 'public', 'data');
const latest = fs.existsSync(path.join(DATA, 'releases.json'))
  ? JSON.parse(fs.readFileSync(path.join(DATA, 'releases.json'), 'utf8')).latest
  : undefined;
const indexFile = latest ? path.join(DATA, latest, 'entities', 'index.json') : '';
const haveData = !!latest && fs.existsSync(indexFile);

describe.skipIf(!haveData)('on the shipped directory', () => {
  const ix: EntityIndex = haveData ? JSON.parse(fs.readFileSync(indexFile, 'utf8')) : minimalIndex([]);
  const rows = decodeIndex(ix);

  it('a voivodeship and a category give exactly the index entries that have both', () => {
    const cis = ix.vocab.category.indexOf('cis');
    const expected = ix.id.filter((_, i) => ix.category[i] === cis && ix.gmina[i].startsWith('12')).length;
    expect(expected).toBeGreaterThan(0);
    expect(applyFilters(rows, { ...emptyFilters(), kat: ['cis'], obszar: '12' })).toHaveLength(expected);
  });

  it('facet counts add up to the unfiltered total for single-valued groups', () => {
    const facets = facetCounts(rows, emptyFilters());
    expect(Object.values(facets.kat).reduce((a, b) => a + b, 0)).toBe(ix.count);
    expect(facets.ps.tak + facets.ps.nie).toBe(ix.count);
    expect(facets.klauzule.tak + facets.klauzule.nie).toBe(ix.count);
  });

  it('text search finds offer descriptions without diacritics', () => {
    const texts: EntityOfferText = JSON.parse(fs.readFileSync(path.join(DATA, latest, 'entities', 'offer-text.json'), 'utf8'));
    const offerFold = foldTexts(texts.text);
    const withAccent = applyFilters(rows, { ...emptyFilters(), q: 'pielęgnacja zieleni' }, { offerFold });
    const without = applyFilters(rows, { ...emptyFilters(), q: 'PIELEGNACJA ZIELENI' }, { offerFold });
    expect(withAccent.length).toBeGreaterThan(0);
    expect(without.map((r) => r.id)).toEqual(withAccent.map((r) => r.id));
  });
});
