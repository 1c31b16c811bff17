// Reading and validating entity lists (data/entities/*.csv): every bad record is reported
// with file, line and reason; good ones become Entity records.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Territory } from '#core/territory.ts';
import {
  entitiesToCsv,
  listEntityFiles,
  readCsvRecords,
  readEntityFiles,
  validateEntityCsv,
  ENTITY_COLUMNS,
} from '#scripts/pipeline/entities/read-csv.ts';
import { InputError, formatProblem } from '#scripts/pipeline/source-row.ts';
import { unsafeCharacter } from '#core/safe-text.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const territories = new Map(register.map((t) => [t.code, t]));
const EXAMPLE = 'data/entities/example/entities.example.csv';

const HEADER = 'id,name,category,gmina,nip,regon,krs,lat,lon,offer,certificates,se_granted,se_ended,legal_form,demo';
/** One CSV with the header above and the given records; returns the problems as "line: message (value)". */
function problems(...rows: string[]): string[] {
  const r = validateEntityCsv('data/entities/list.csv', [HEADER, ...rows].join('\n'), { territories });
  return r.problems.map((p) => `${p.line}: ${p.message} (${p.value})`);
}
const ok =
  'ok-1,Spółdzielnia «A»,social-cooperative,1261011,1234563218,487574910,0000123456,50.06,19.94,catering;cleaning,quality-mark:2022:employer,2023-01-01,,cooperative,';

describe('the example file', () => {
  const r = validateEntityCsv(EXAMPLE, fs.readFileSync(EXAMPLE, 'utf8'), { territories });

  it('validates without problems and uses every column', () => {
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.entities).toHaveLength(4);
    const header = fs.readFileSync(EXAMPLE, 'utf8').split('\n')[0].split(',');
    expect(header).toEqual([...ENTITY_COLUMNS]);
  });

  it('reads every field into the record', () => {
    const [sps, wtz, ngo, kgw] = r.entities;
    expect(sps).toMatchObject({
      id: 'przyklad-sps-krakow',
      category: 'social-cooperative',
      legalForm: 'cooperative',
      pkd: '56.29.Z',
      socialEnterprise: { granted: '2023-02-15' },
      krs: '9999990001',
      regon: '999900017',
      nip: '0009000102',
      address: { street: 'ul. Przykładowa 1', postalCode: '00-000', locality: 'Kraków' },
      gmina: '1261011',
      location: { lat: 50.0614, lon: 19.9372, approximate: false },
      offer: { categories: ['catering', 'cleaning'], description: 'Obiady abonamentowe, catering na spotkania; sprzątanie biur.' },
      socialClauses: true,
      certificates: [
        { kind: 'quality-mark', year: 2022, category: 'employer' },
        { kind: 'zakup-prospoleczny', year: 2023 },
        { kind: 'zakup-prospoleczny', year: 2024 },
      ],
      owes: 'OWES «Przykład», subregion krakowski',
      contact: { website: 'https://example.org/przyklad-sps', email: 'biuro@example.org', phone: '+48 000 000 001' },
      verified: '2024-11-30',
      demo: true,
    });
    expect(wtz).toMatchObject({ operator: 'Stowarzyszenie «Przykład» (przykład formatu)', location: null, socialClauses: false });
    expect(ngo).toMatchObject({
      socialEnterprise: { granted: '2019-05-06', ended: '2022-12-31' },
      certificates: [{ kind: 'regional-other', year: 2021, name: 'Regionalny znak «Przykład»' }],
    });
    expect(kgw).toEqual({
      id: 'przyklad-kgw-boleslawiec',
      name: 'Koło Gospodyń Wiejskich «Przykład» (przykład formatu)',
      category: 'kgw',
      legalForm: 'kgw',
      gmina: '0201011',
      location: null,
      offer: { categories: ['catering', 'food'] },
      certificates: [],
      contact: {},
      demo: true,
    });
  });

  it('is not read by the build: only CSV files directly in data/entities/ are', () => {
    expect(listEntityFiles('data/entities')).not.toContain(EXAMPLE);
  });
});

describe('bad records stop the build with file, line and reason', () => {
  it('accepts a good record', () => {
    expect(problems(ok)).toEqual([]);
  });

  it('bad check digits and identifier formats', () => {
    expect(problems(ok.replace('1234563218', '1234563217'))).toEqual(['2: bad NIP check digit: expected 8, found 7 (1234563217)']);
    expect(problems(ok, ok.replace('ok-1', 'ok-2').replace('487574910', '487574911'))).toEqual([
      '3: bad REGON check digit: expected 0, found 1 (487574911)',
    ]);
    expect(problems(ok.replace('0000123456', '123456'))).toEqual([
      '2: KRS number must have 10 digits with leading zeros (found 6) (123456)',
    ]);
  });

  it('demo-range identifiers in a real record', () => {
    expect(problems(ok.replace('0000123456', '9999912345'))).toEqual(['2: KRS in the range reserved for demo records (9999912345)']);
    expect(problems(ok.replace('0000123456', '9999912345') + 'yes')).toEqual([]);
  });

  it('unknown TERYT codes and codes of the wrong level', () => {
    expect(problems(ok.replace('1261011', '1261019'))).toEqual(['2: unknown TERYT code (1261019)']);
    expect(problems(ok.replace('1261011', '1261'))).toEqual(['2: TERYT code of a powiat, not a gmina (1261)']);
    expect(problems(ok.replace('1261011', '261011'))).toEqual(['2: unknown TERYT code (261011)']);
  });

  it('unknown categories and vocabulary codes', () => {
    expect(problems(ok.replace('social-cooperative', 'spoldzielnia'))).toEqual(['2: unknown category (spoldzielnia)']);
    expect(problems(ok.replace('catering;cleaning', 'catering;banking'))).toEqual(['2: unknown offer category (banking)']);
    expect(problems(ok.replace('quality-mark:2022:employer', 'gold-star:2022'))).toEqual([
      '2: unknown certificate kind "gold-star" (use quality-mark, zakup-prospoleczny, regional-other) (gold-star:2022)',
    ]);
    expect(problems(ok.replace('quality-mark:2022:employer', 'quality-mark:2022:best'))[0]).toMatch(/unknown Quality Mark category "best"/);
    expect(problems(ok.replace(',cooperative,', ',foundation,'))).toEqual([
      '2: legal form foundation does not fit category social-cooperative (foundation)',
    ]);
  });

  it('duplicate ids, within a file and across files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-entities-'));
    fs.writeFileSync(path.join(dir, 'a.csv'), [HEADER, ok, ok.replace('ok-1', 'ok-2')].join('\n'));
    fs.writeFileSync(path.join(dir, 'b.csv'), [HEADER, ok.replace('ok-1', 'ok-3'), ok.replace('ok-1', 'ok-2')].join('\n'));
    fs.writeFileSync(path.join(dir, 'c.csv'), [HEADER, ok.replace('ok-1', 'ok-4'), ok.replace('ok-1', 'ok-4')].join('\n'));
    const r = readEntityFiles(listEntityFiles(dir), territories);
    expect(r.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message.replace(dir + '/', '')}`)).toEqual([
      'b.csv:3: duplicate id (first at a.csv:3)',
      'c.csv:3: duplicate id (first at c.csv:2)',
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('coordinates, dates and the header', () => {
    expect(problems(ok.replace('50.06,19.94', '19.94,50.06'))).toEqual(['2: coordinates outside Poland (19.94,50.06)']);
    expect(problems(ok.replace('50.06,19.94', '50.06,'))).toEqual(['2: only one coordinate given (50.06,)']);
    expect(problems(ok.replace('50.06,19.94', '50,06,19.94'))[0]).toMatch(/expected 15 fields, found 16/);
    expect(problems(ok.replace('2023-01-01,', '2023-01-01,2022-12-31'))).toEqual([
      '2: social enterprise status ends before it was granted (2023-01-01 … 2022-12-31)',
    ]);
    expect(problems(ok.replace('2023-01-01,', ',2022-12-31'))).toEqual(['2: status end date without a grant date (2022-12-31)']);
    expect(problems(ok.replace('2023-01-01', '2023-02-30'))).toEqual(['2: bad date of social enterprise status (2023-02-30)']);
    const noGmina = validateEntityCsv('x.csv', 'id,name,category,gmnia\na,b,ngo,1261011', { territories });
    expect(noGmina.problems.map((p) => `${p.line}: ${p.message} (${p.value})`)).toEqual([
      '1: unknown column (gmnia)',
      '1: missing required column gmina (id,name,category,gmnia)',
    ]);
  });

  it('reports every problem of a record, and several records, each at its own line', () => {
    const r = problems(ok, 'bad id,,bank,9999999,1,,,,,,,,,,', ok.replace('ok-1', 'ok-3'));
    expect(r).toEqual([
      '3: bad id (bad id)',
      '3: missing name ()',
      '3: unknown category (bank)',
      '3: NIP must have 10 digits (found 1) (1)',
      '3: unknown TERYT code (9999999)',
    ]);
  });

  it('formats problems as file:line: reason (value) and what to do', () => {
    const r = validateEntityCsv('data/entities/list.csv', [HEADER, ok.replace('1261011', '1261019')].join('\n'), { territories });
    expect(formatProblem(r.problems[0])).toMatch(
      /^data\/entities\/list\.csv:2: unknown TERYT code \(value: "1261019"\)\n {4}→ .*code-history/,
    );
  });
});

describe('reading the CSV (csv-parse)', () => {
  it('drops a BOM, takes CRLF, keeps start lines across quoted line breaks and blank lines', () => {
    const text = '\uFEFF' + ['id,name,gmina', 'a,"two\r\nlines",1', '', 'b,"x, ""y""",2', 'c,z,3'].join('\r\n');
    expect(readCsvRecords(text)).toEqual([
      { line: 1, fields: ['id', 'name', 'gmina'] },
      { line: 2, fields: ['a', 'two\r\nlines', '1'] },
      { line: 5, fields: ['b', 'x, "y"', '2'] },
      { line: 6, fields: ['c', 'z', '3'] },
    ]);
  });

  it('reports a malformed file at its line, with what to do', () => {
    const r = problems(ok, 'ok-2,"unclosed,social-cooperative,1261011');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^3: malformed CSV: Quote Not Closed/);
    const bad = validateEntityCsv('data/entities/list.csv', [HEADER, ok, 'ok-2,"A"B,ngo,1261011'].join('\n'), { territories });
    expect(formatProblem(bad.problems[0])).toMatch(
      /^data\/entities\/list\.csv:3: malformed CSV: Invalid Closing Quote.*\n {4}→ put a field/,
    );
  });
});

describe('CSV round trip', () => {
  it('an entity written with entitiesToCsv reads back unchanged', () => {
    const r = validateEntityCsv(EXAMPLE, fs.readFileSync(EXAMPLE, 'utf8'), { territories });
    const placed = r.entities.map((e) => ({ ...e, location: e.location ?? { lat: 52, lon: 19, approximate: true } }));
    const again = validateEntityCsv('again.csv', entitiesToCsv(placed), { territories });
    expect(again.problems).toEqual([]);
    expect(again.entities).toEqual(r.entities);
  });
});

describe('hostile or careless input', () => {
  const H = 'id,name,category,gmina,operator,street,offer_description,website,email';
  const row = (fields: Partial<Record<'name' | 'operator' | 'street' | 'offer_description' | 'website' | 'email', string>>) =>
    [
      'ok-1',
      fields.name ?? 'Spółdzielnia A',
      'social-cooperative',
      '1261011',
      fields.operator ?? '',
      fields.street ?? '',
      fields.offer_description ?? '',
      fields.website ?? '',
      fields.email ?? '',
    ]
      .map((f) => (/[",\n\r]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f))
      .join(',');
  const read = (...rows: string[]) => validateEntityCsv('data/entities/list.csv', [H, ...rows].join('\n'), { territories });
  const found = (...rows: string[]) => read(...rows).problems.map((p) => `${p.line}: ${p.message} (${p.value})`);

  it('accepts plain contacts and a description over several lines', () => {
    const r = read(row({ website: 'https://a.pl/o-nas', email: 'biuro@a.pl', offer_description: 'Catering.\nSprzątanie.' }));
    expect(r.problems).toEqual([]);
    expect(r.entities[0].contact).toEqual({ website: 'https://a.pl/o-nas', email: 'biuro@a.pl' });
    expect(r.entities[0].offer.description).toBe('Catering.\nSprzątanie.');
  });

  it('refuses a javascript: website and an e-mail address that adds recipients or text', () => {
    expect(found(row({ website: 'javascript:alert(1)' }))).toEqual(['2: bad website address (javascript:alert(1))']);
    expect(found(row({ email: 'biuro@a.pl?cc=all@b.pl&body=Hi' }))).toEqual(['2: bad e-mail address (biuro@a.pl?cc=all@b.pl&body=Hi)']);
    expect(found(row({ email: 'biuro@a.pl,ktos@b.pl' }))).toEqual(['2: bad e-mail address (biuro@a.pl,ktos@b.pl)']);
  });

  it('refuses NUL, U+202E and line breaks in one-line fields, shown escaped', () => {
    expect(found(row({ name: 'Spółdzielnia\u0000A' }))).toEqual(['2: name: contains U+0000 (NUL) at character 13 (Spółdzielnia\\u{0}A)']);
    expect(found(row({ name: 'Fundacja \u202Eabc' }))).toEqual([
      '2: name: contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 10 (Fundacja \\u{202E}abc)',
    ]);
    expect(found(row({ name: 'Two\nlines' }))).toEqual(['2: name: contains U+000A (LINE FEED) at character 4 (Two\\u{A}lines)']);
    expect(found(row({ street: 'ul. A\u2067 1', operator: 'B\u007F' }))).toEqual([
      '2: operator: contains U+007F (DELETE) at character 2 (B\\u{7F})',
      '2: street: contains U+2067 (RIGHT-TO-LEFT ISOLATE) at character 6 (ul. A\\u{2067} 1)',
    ]);
    expect(found(row({ offer_description: 'ok\n\u202Ebad' }))[0]).toMatch(/^2: offer_description: contains U\+202E/);
    // Nothing invisible reaches the printed message.
    const message = read(row({ name: 'A\u202EB' }))
      .problems.map(formatProblem)
      .join('\n');
    expect(unsafeCharacter(message, { multiline: true })).toBeNull();
    expect(message).toContain('A\\u{202E}B');
  });

  it('a list saved with semicolons gets a "use commas" hint, not a column per name', () => {
    const r = validateEntityCsv('data/entities/lista.csv', 'id;name;category;gmina\nok-1;A;social-cooperative;1261011\n', { territories });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 1, message: 'the columns are separated by semicolons (;), not commas' });
    expect(r.problems[0].fix).toMatch(/use commas/);
  });

  it('reads a list whose extension is upper-case, and refuses by name any other file beside the lists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-entities-'));
    fs.writeFileSync(path.join(dir, 'real.CSV'), [H, row({})].join('\n'));
    fs.writeFileSync(path.join(dir, 'README.md'), '# notes');
    fs.mkdirSync(path.join(dir, 'example'));
    fs.writeFileSync(path.join(dir, 'example', 'x.txt'), 'not read');
    expect(listEntityFiles(dir)).toEqual([path.join(dir, 'real.CSV')]);
    expect(readEntityFiles(listEntityFiles(dir), territories).entities.map((e) => e.id)).toEqual(['ok-1']);
    fs.writeFileSync(path.join(dir, 'lista.xlsx'), 'PK');
    fs.writeFileSync(path.join(dir, 'lista.tsv'), 'id\tname');
    let error: unknown;
    try {
      listEntityFiles(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => path.basename(p.file))).toEqual(['lista.tsv', 'lista.xlsx']);
    expect((error as InputError).problems[0].message).toMatch(/not an entity list/);
    fs.rmSync(dir, { recursive: true });
  });

  it('the shipped folder holds nothing but lists and notes', () => {
    expect(() => listEntityFiles('data/entities')).not.toThrow();
  });
});
