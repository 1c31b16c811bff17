// "Search also accepts a locality name that is a gmina seat", checked against the one
// source of seats the project holds: TERC (data/sources/teryt/, see PROVENANCE.md). TERC
// names the town of every urban-rural gmina (RODZ 4, "miasto": the gmina's seat) and every
// urban gmina is its own town (RODZ 1). Each such town name, typed into the search, must
// bring up its gmina. Seats of rural gminas (RODZ 2) are not in TERC (they are villages,
// listed in SIMC, which the project does not have), so they are not checked here.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TerritorySearch, type SearchIndexFile } from '#features/search/search-index.ts';

type TercRow = { WOJ: string; POW: string; GMI: string; RODZ: string; NAZWA: string };
const terc = parse(fs.readFileSync('data/sources/teryt/TERC_Urzedowy_2026-01-01.csv', 'utf8'), {
  columns: true,
  delimiter: ';',
  bom: true,
  skip_empty_lines: true,
}) as TercRow[];
const index = JSON.parse(fs.readFileSync('public/data/latest/names/search.json', 'utf8')) as SearchIndexFile;
const search = new TerritorySearch(index);
const inIndex = new Set(index.items.map((i) => i[0]));

/** [seat town, code of the gmina it is the seat of] from TERC alone. */
const seats: [string, string][] = terc
  .filter((r) => r.RODZ === '4' || r.RODZ === '1')
  .map((r) => [r.NAZWA, `${r.WOJ}${r.POW}${r.GMI}${r.RODZ === '4' ? '3' : '1'}`]);

describe('seat towns from TERC find their gmina', () => {
  it('TERC lists the towns of 724 urban-rural gminas and 302 urban gminas', () => {
    expect(seats.filter(([, c]) => c.endsWith('3'))).toHaveLength(724);
    expect(seats.filter(([, c]) => c.endsWith('1'))).toHaveLength(302);
  });

  it('every seat town typed as it is written finds its gmina among the first ten results', () => {
    const missing = seats.filter(([name, code]) => inIndex.has(code) && !search.search(name, 'pl', 10).some((h) => h.code === code));
    expect(missing).toEqual([]);
  }, 120_000);

  it('also typed without Polish letters, in lower case', () => {
    const plain = (s: string) =>
      s
        .replace(/[łŁ]/g, 'l')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const missing = seats.filter(([name, code]) => inIndex.has(code) && !search.search(plain(name), 'pl', 10).some((h) => h.code === code));
    expect(missing).toEqual([]);
  }, 120_000);

  it('every seat gmina of TERC 2026 is in the latest index', () => {
    expect(seats.filter(([, code]) => !inIndex.has(code))).toEqual([]);
  });
});
