// The entity vocabularies and their labels, the zod schema, the state-at-a-date rules and the
// index decoding (src/features/directory/entity-*.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY,
  CERTIFICATE,
  CERTIFICATE_KINDS,
  LEGAL_FORMS,
  LEGAL_FORMS_OF,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
} from '#features/directory/entity-vocabularies.ts';
import type { Entity } from '#features/directory/entity-record.ts';
import { entitySchema } from '#features/directory/entity-schema.ts';
import { certificateValidIn, certificatesHeldIn, isDate, isSocialEnterpriseOn } from '#features/directory/entity-dates.ts';
import { indexRows, type EntityIndex } from '#features/directory/entity-files.ts';
import { pl } from '#i18n/pl/index.ts';
import { en } from '#i18n/en/index.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { COUNT_RULES } from '#scripts/pipeline/entities/counts.ts';
import { VOCABULARIES_FILE, vocabulariesMarkdown } from '#scripts/pipeline/entities/vocabularies.ts';

const base: Entity = {
  id: 'przyklad-1',
  name: 'Spółdzielnia Socjalna «Przykład»',
  category: 'social-cooperative',
  gmina: '1261011',
  location: { lat: 50.06, lon: 19.94, approximate: false },
  offer: { categories: ['catering'] },
  certificates: [],
  contact: {},
  demo: true,
};
const issues = (e: unknown) => {
  const r = entitySchema().safeParse(e);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('vocabularies', () => {
  /** [vocabulary, its codes, dictionary area and key prefix of its labels] */
  const labelled: [string, readonly string[], 'entity' | 'directory', string][] = [
    ['category', PES_CATEGORIES, 'entity', 'category'],
    ['category, short', PES_CATEGORIES, 'entity', 'categoryShort'],
    ['category, plural', PES_CATEGORIES, 'directory', 'categoryPlural'],
    ['legal form', LEGAL_FORMS, 'directory', 'legalForm'],
    ['offer', OFFER_CATEGORIES, 'entity', 'offer'],
    ['certificate', CERTIFICATE_KINDS, 'entity', 'certificate'],
    ['quality mark category', QUALITY_MARK_CATEGORIES, 'directory', 'qualityMark'],
  ];

  it('have unique kebab-case codes, each with a Polish and an English label', () => {
    for (const [name, codes, area, prefix] of labelled) {
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const dict of [pl, en]) {
        const labels: Record<string, string> = dict[area];
        const keys = Object.keys(labels).filter((k) => k.startsWith(`${prefix}.`));
        expect(keys.sort(), name).toEqual(codes.map((c) => `${prefix}.${c}`).sort());
        for (const k of keys) expect(labels[k].length, `${name} ${k}`).toBeGreaterThan(1);
      }
      for (const c of codes) expect(c).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const c of PES_CATEGORIES) for (const f of LEGAL_FORMS_OF[c]) expect(LEGAL_FORMS).toContain(f);
  });

  it('cover the PES categories of the 2022 Act (art. 2 pt 5) plus non-profit companies, KGW and ZPCh', () => {
    const act = PES_CATEGORIES.filter((c) => CATEGORY[c].basis === 'act-2022');
    expect(act).toEqual([
      'social-cooperative',
      'cis',
      'kis',
      'zaz',
      'wtz',
      'worker-cooperative',
      'disabled-cooperative',
      'agricultural-cooperative',
      'ngo',
    ]);
    expect(PES_CATEGORIES.filter((c) => CATEGORY[c].basis === 'common')).toEqual(['non-profit-company', 'kgw', 'zpch']);
    expect(new Set(PES_CATEGORIES.map((c) => CATEGORY[c].idPrefix)).size).toBe(PES_CATEGORIES.length);
  });

  it('tie categories and certificates to gmina-level integer count indicators of the catalogue', () => {
    const catalogue = new Map(loadCatalogue().map((i) => [i.id, i]));
    const ids = COUNT_RULES.map((r) => r.indicator);
    expect(ids).toEqual(['SPS_KRS', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'PS_ACT', 'ZJ_CERT', 'ZP_CERT']);
    for (const id of ids) {
      const ind = catalogue.get(id)!;
      expect(ind, id).toBeDefined();
      expect(ind.levels).toContain('gmina');
      expect(ind.integer).toBe(true);
      expect(ind.aggregation.rule).toBe('sum');
    }
    expect(CERTIFICATE['quality-mark'].countIndicator).toBe('ZJ_CERT');
    expect(CERTIFICATE['zakup-prospoleczny'].countIndicator).toBe('ZP_CERT');
  });

  it(`${VOCABULARIES_FILE} is up to date with the code`, () => {
    expect(fs.readFileSync(VOCABULARIES_FILE, 'utf8')).toBe(vocabulariesMarkdown());
  });
});

describe('entity schema', () => {
  it('accepts a minimal record and a full one', () => {
    expect(issues(base)).toEqual([]);
    const full: Entity = {
      ...base,
      legalForm: 'cooperative',
      pkd: '56.29.Z',
      socialEnterprise: { granted: '2023-02-15', ended: '2024-03-01' },
      krs: '9999990001',
      regon: '999900017',
      nip: '0009000102',
      address: { street: 'ul. Przykładowa 1', postalCode: '00-000', locality: 'Kraków' },
      offer: { categories: ['catering', 'cleaning'], description: 'Obiady.' },
      socialClauses: true,
      certificates: [
        { kind: 'quality-mark', year: 2022, category: 'employer' },
        { kind: 'zakup-prospoleczny', year: 2024 },
        { kind: 'regional-other', year: 2021, name: 'Znak', validUntil: 2022 },
      ],
      owes: 'OWES',
      contact: { website: 'https://example.org/', email: 'biuro@example.org', phone: '+48 000 000 001' },
      source: 'demo',
      verified: '2024-11-30',
    };
    expect(issues(full)).toEqual([]);
  });

  it('rejects bad identifiers, codes, dates and combinations', () => {
    expect(issues({ ...base, nip: '1234563219' })[0]).toMatch(/^nip: bad NIP check digit/);
    expect(issues({ ...base, regon: '487574911' })[0]).toMatch(/^regon: bad REGON check digit/);
    expect(issues({ ...base, krs: '12345' })[0]).toMatch(/^krs: KRS number must have 10 digits/);
    expect(issues({ ...base, nip: '123-456-32-18' })[0]).toMatch(/digits only/);
    expect(issues({ ...base, category: 'bank' })[0]).toMatch(/^category:/);
    expect(issues({ ...base, legalForm: 'foundation' })[0]).toMatch(/cannot have legal form foundation/);
    expect(issues({ ...base, gmina: '1261' })[0]).toMatch(/^gmina:/);
    expect(issues({ ...base, socialEnterprise: { granted: '2023-02-30' } })[0]).toMatch(/real date/);
    expect(issues({ ...base, socialEnterprise: { granted: '2023-02-01', ended: '2022-01-01' } })[0]).toMatch(/ended before it was granted/);
    expect(issues({ ...base, location: { lat: 19.9, lon: 50.1, approximate: false } }).length).toBeGreaterThan(0);
    expect(issues({ ...base, offer: { categories: ['catering', 'catering'] } })[0]).toMatch(/listed twice/);
    expect(issues({ ...base, certificates: [{ kind: 'zakup-prospoleczny', year: 2024, validUntil: 2025 }] })[0]).toMatch(/its year only/);
    expect(issues({ ...base, certificates: [{ kind: 'regional-other', year: 2024 }] })[0]).toMatch(/needs its name/);
    expect(issues({ ...base, certificates: [{ kind: 'zakup-prospoleczny', year: 2024, category: 'debut' }] })[0]).toMatch(
      /only the Quality Mark/,
    );
    expect(issues({ ...base, extra: 1 }).length).toBeGreaterThan(0);
    expect(issues({ ...base, id: 'Bad_Id' })[0]).toMatch(/^id:/);
  });

  it('checks calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2023-13-01')).toBe(false);
    expect(isDate('23-01-01')).toBe(false);
  });
});

describe('state on the reference date', () => {
  it('social enterprise status counts from the grant date until the day before it ends', () => {
    const e = { socialEnterprise: { granted: '2023-05-10', ended: '2024-12-31' } };
    expect(isSocialEnterpriseOn(e, '2023-05-09')).toBe(false);
    expect(isSocialEnterpriseOn(e, '2023-05-10')).toBe(true);
    expect(isSocialEnterpriseOn(e, '2024-12-30')).toBe(true);
    expect(isSocialEnterpriseOn(e, '2024-12-31')).toBe(false);
    expect(isSocialEnterpriseOn({ socialEnterprise: { granted: '2020-01-01' } }, '2030-01-01')).toBe(true);
    expect(isSocialEnterpriseOn({}, '2024-12-31')).toBe(false);
  });

  it('certificates: Zakup Prospołeczny one year, the Quality Mark open-ended unless limited, other marks their year unless limited', () => {
    expect(certificateValidIn({ kind: 'zakup-prospoleczny', year: 2024 }, 2024)).toBe(true);
    expect(certificateValidIn({ kind: 'zakup-prospoleczny', year: 2023 }, 2024)).toBe(false);
    expect(certificateValidIn({ kind: 'quality-mark', year: 2019 }, 2024)).toBe(true);
    expect(certificateValidIn({ kind: 'quality-mark', year: 2019, validUntil: 2021 }, 2024)).toBe(false);
    expect(certificateValidIn({ kind: 'quality-mark', year: 2025 }, 2024)).toBe(false);
    expect(certificateValidIn({ kind: 'regional-other', year: 2023, name: 'x' }, 2024)).toBe(false);
    expect(certificateValidIn({ kind: 'regional-other', year: 2023, name: 'x', validUntil: 2024 }, 2024)).toBe(true);
    expect(
      certificatesHeldIn(
        {
          certificates: [
            { kind: 'zakup-prospoleczny', year: 2024 },
            { kind: 'zakup-prospoleczny', year: 2023 },
            { kind: 'quality-mark', year: 2020 },
          ],
        },
        2024,
      ),
    ).toEqual(['quality-mark', 'zakup-prospoleczny']);
  });
});

describe('indexRows', () => {
  it('decodes the columnar index', () => {
    const ix: EntityIndex = {
      release: '2024',
      year: 2024,
      asOf: '2024-12-31',
      mode: 'demo',
      count: 2,
      vocab: { category: [...PES_CATEGORIES], offer: [...OFFER_CATEGORIES], cert: [...CERTIFICATE_KINDS] },
      id: ['a', 'b'],
      name: ['A', 'B'],
      category: [0, 4],
      gmina: ['1261011', '1211092'],
      lat: [50.06, 49.47],
      lon: [19.94, 20.03],
      approx: [0, 1],
      offer: [[0, 2], []],
      cert: [[1], []],
      se: [1, 0],
      clauses: [1, null],
      demo: [1, 1],
    };
    const rows = indexRows(ix);
    expect(rows[0]).toEqual({
      id: 'a',
      name: 'A',
      category: 'social-cooperative',
      gmina: '1261011',
      powiat: '1261',
      voivodeship: '12',
      lat: 50.06,
      lon: 19.94,
      approximate: false,
      offer: ['catering', 'cleaning'],
      certificates: ['zakup-prospoleczny'],
      socialEnterprise: true,
      socialClauses: true,
      demo: true,
    });
    expect(rows[1]).toMatchObject({ category: 'wtz', approximate: true, socialClauses: null, socialEnterprise: false });
  });
});
