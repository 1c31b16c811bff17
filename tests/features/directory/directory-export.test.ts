// Export of the filtered directory (CSV with BOM, JSON) and the territory names the
// island shows.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '#core/csv.ts';
import {
  CSV_COLUMNS,
  directoryCsv,
  directoryJson,
  exportFileName,
  neutraliseFormula,
  type ExportContext,
} from '#features/directory/directory-export.ts';
import type { DirRow } from '#features/directory/directory-filter.ts';
import { Places, buildPlaces } from '#features/directory/directory-places.ts';
import { translator } from '#i18n/index.ts';

const rows: DirRow[] = [
  {
    id: 'demo-sps-1261011-1',
    i: 0,
    name: 'Spółdzielnia «Łąka», "nowa" nr 1 (demo)',
    nameFold: '',
    category: 'social-cooperative',
    gmina: '1261011',
    powiat: '1261',
    voivodeship: '12',
    lat: 50.0614,
    lon: 19.9366,
    approximate: true,
    offer: ['catering', 'it'],
    certificates: ['quality-mark'],
    socialEnterprise: true,
    socialClauses: null,
    demo: true,
  },
  {
    id: 'real-1',
    i: 1,
    name: '=HYPERLINK("x")',
    nameFold: '',
    category: 'ngo',
    gmina: '1211092',
    powiat: '1211',
    voivodeship: '12',
    lat: 49.48,
    lon: 20.03,
    approximate: false,
    offer: [],
    certificates: [],
    socialEnterprise: false,
    socialClauses: false,
    demo: false,
  },
];

const register = [
  { code: '12', level: 'voivodeship' as const, name: 'małopolskie', displayName: 'województwo małopolskie' },
  { code: '1211', level: 'powiat' as const, name: 'nowotarski', displayName: 'powiat nowotarski' },
  { code: '1211011', level: 'gmina' as const, name: 'Nowy Targ', displayName: 'Nowy Targ (gmina miejska)', kind: 'urban' as const },
  {
    code: '1211092',
    level: 'gmina' as const,
    name: 'Nowy Targ',
    displayName: 'Nowy Targ (gmina wiejska, powiat nowotarski)',
    kind: 'rural' as const,
  },
  { code: '1261', level: 'powiat' as const, name: 'Kraków', displayName: 'Kraków (miasto na prawach powiatu)', cityWithPowiatRights: true },
  { code: '1261011', level: 'gmina' as const, name: 'Kraków', displayName: 'Kraków', kind: 'urban' as const, cityWithPowiatRights: true },
];
const places = new Places(buildPlaces(register));

const ctx: ExportContext = {
  release: '2024',
  year: 2024,
  asOf: '2024-12-31',
  mode: 'demo',
  entityUrl: (id) => `https://example.net/podmiot/${id}/`,
  name: (code) => places.display(code, 'pl'),
  t: translator('pl'),
  offerText: ['Obiady;\nstrony "WWW"', '-5 zł rabatu'],
  query: '?obszar=12',
};

describe('CSV export', () => {
  const csv = directoryCsv(rows, ctx);

  it('starts with a BOM and the documented header, one line per entity', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(csv);
    expect(records[0].fields).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(3);
  });

  it('quotes commas, quotes and new lines, and reads back to the same values', () => {
    const [, a, b] = parseCsv(csv).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r.fields[i]])));
    expect(a.name).toBe(rows[0].name);
    expect(a.offer).toBe('catering;it');
    expect(a.offer_labels).toBe('Gastronomia i catering; Usługi informatyczne');
    expect(a.offer_description).toBe('Obiady;\nstrony "WWW"');
    expect(a.gmina_name).toBe('Kraków');
    expect(a.powiat_name).toBe('Kraków (miasto na prawach powiatu)');
    expect(a.voivodeship_name).toBe('województwo małopolskie');
    expect(a.social_enterprise).toBe('yes');
    expect(a.social_clauses).toBe('');
    expect(a.location_approximate).toBe('yes');
    expect(a.url).toBe('https://example.net/podmiot/demo-sps-1261011-1/');
    expect(b.social_clauses).toBe('no');
    expect(b.gmina_name).toBe('Nowy Targ (gmina wiejska, powiat nowotarski)');
    // A spreadsheet would run these as formulas.
    expect(b.name).toBe(`'=HYPERLINK("x")`);
    expect(b.offer_description).toBe(`'-5 zł rabatu`);
  });

  it('marks every row with its status, read back by column name: demo for a generated entity, real for a source record', () => {
    const [head, ...body] = parseCsv(csv);
    const status = head.fields.indexOf('status');
    expect(status).toBeGreaterThan(-1);
    expect(body.map((r) => [r.fields[0], r.fields[status]])).toEqual(rows.map((r) => [r.id, r.demo ? 'demo' : 'real']));
  });

  it('neutralises only free text that starts like a formula', () => {
    expect(neutraliseFormula('+48 600')).toBe(`'+48 600`);
    expect(neutraliseFormula('Fundacja')).toBe('Fundacja');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('JSON export', () => {
  it('keeps types (booleans, numbers, lists) and records release, date and filter', () => {
    const j = JSON.parse(directoryJson(rows, ctx));
    expect(j).toMatchObject({ release: '2024', asOf: '2024-12-31', mode: 'demo', filter: '?obszar=12', count: 2 });
    expect(j.entities[0]).toMatchObject({
      id: 'demo-sps-1261011-1',
      location: { lat: 50.0614, lon: 19.9366, approximate: true },
      offer: ['catering', 'it'],
      certificates: ['quality-mark'],
      socialEnterprise: true,
      socialClauses: null,
      demo: true,
    });
    expect(j.entities[1].name).toBe('=HYPERLINK("x")');
    expect(j.entities.map((e: { status: string }) => e.status)).toEqual(['demo', 'real']);
  });

  it('names files after the release and the filter', () => {
    expect(exportFileName('?kat=cis,kis&obszar=12', '2024', 'csv')).toBe('podmioty-2024-kat-cis-kis-obszar-12.csv');
    expect(exportFileName('', '2024', 'json')).toBe('podmioty-2024.json');
    expect(exportFileName('?q=%C5%82%C4%85ka', '2024', 'csv')).toBe('podmioty-2024-q-C582C485ka.csv');
  });
});

describe('territory names in the island', () => {
  it('labels selects and result rows in both languages', () => {
    expect(places.option('12', 'pl')).toBe('małopolskie');
    expect(places.option('12', 'en')).toBe('Małopolskie');
    expect(places.option('1211', 'pl')).toBe('powiat nowotarski');
    expect(places.option('1211092', 'pl')).toBe('Nowy Targ (gmina wiejska)');
    expect(places.option('1211092', 'en')).toBe('Nowy Targ (rural gmina)');
    expect(places.placeLine('1211092', 'pl')).toBe('Nowy Targ (gmina wiejska) · powiat nowotarski · małopolskie');
    // A city with powiat rights is not named twice.
    expect(places.placeLine('1261011', 'pl')).toBe('Kraków (gmina miejska) · małopolskie');
    expect(places.display('1211092', 'en')).toBe('Nowy Targ (rural gmina, powiat nowotarski)');
  });

  it('lists children by name', () => {
    expect(places.childrenOf('')).toEqual(['12']);
    expect(places.childrenOf('12')).toEqual(['1261', '1211']);
    expect(places.childrenOf('1211')).toEqual(['1211011', '1211092']);
  });
});
