// The directory of social economy entities (PES): controlled vocabularies with Polish
// and English labels, the entity record, and the JSON files the pipeline writes under
// public/data/<release>/entities/ for the directory, entity and territory pages.
//
// Input format (CSV in data/entities/) and the demo rules: data/entities/README.md.
// Reader, demo generator and emitter: scripts/pipeline/entities/.
//
// The zod schema is built on demand (entitySchema()), so a page or island that only needs
// labels and types does not bundle zod.
import { z } from 'zod';
import type { TerritoryRef } from '#core/data-types.ts';
import { checkKrs, checkNip, checkRegon } from '#core/identifiers.ts';

export interface Label {
  pl: string;
  en: string;
}

// ---------------------------------------------------------------------------------------
// PES categories. The Act on social economy of 5 August 2022, art. 2 pt 5, names social
// cooperatives; the reintegration units CIS, KIS, ZAZ and WTZ; worker cooperatives
// (including cooperatives of disabled and of blind people) and agricultural production
// cooperatives; and NGOs. Non-profit companies, rural women's circles (KGW) and, in some
// regions, sheltered workplaces (ZPCh) are commonly counted as well.

export const PES_CATEGORIES = [
  'social-cooperative',
  'cis',
  'kis',
  'zaz',
  'wtz',
  'worker-cooperative',
  'disabled-cooperative',
  'agricultural-cooperative',
  'ngo',
  'non-profit-company',
  'kgw',
  'zpch',
] as const;
export type PesCategory = (typeof PES_CATEGORIES)[number];

export interface CategoryInfo {
  label: Label;
  /** Plural, for counts and filters. */
  plural: Label;
  /** Short form for tight spaces (map legends, badges). */
  short: Label;
  /** Prefix of demo ids, e.g. demo-sps-1465011-2. */
  idPrefix: string;
  /** act-2022: listed in art. 2 pt 5; common: counted by convention. */
  basis: 'act-2022' | 'common';
  /** The count indicator whose gmina value equals the directory's count, if there is one. */
  countIndicator?: string;
  /** Entities of this category are normally entered in the KRS (demo records get a KRS number). */
  registersInKrs: boolean;
}

export const CATEGORY: Record<PesCategory, CategoryInfo> = {
  'social-cooperative': {
    label: { pl: 'Spółdzielnia socjalna', en: 'Social cooperative' },
    plural: { pl: 'Spółdzielnie socjalne', en: 'Social cooperatives' },
    short: { pl: 'Spółdz. socjalna', en: 'Social coop' },
    idPrefix: 'sps',
    basis: 'act-2022',
    countIndicator: 'SPS_KRS',
    registersInKrs: true,
  },
  cis: {
    label: { pl: 'Centrum integracji społecznej (CIS)', en: 'Social integration centre (CIS)' },
    plural: { pl: 'Centra integracji społecznej (CIS)', en: 'Social integration centres (CIS)' },
    short: { pl: 'CIS', en: 'CIS' },
    idPrefix: 'cis',
    basis: 'act-2022',
    countIndicator: 'CIS',
    registersInKrs: false,
  },
  kis: {
    label: { pl: 'Klub integracji społecznej (KIS)', en: 'Social integration club (KIS)' },
    plural: { pl: 'Kluby integracji społecznej (KIS)', en: 'Social integration clubs (KIS)' },
    short: { pl: 'KIS', en: 'KIS' },
    idPrefix: 'kis',
    basis: 'act-2022',
    countIndicator: 'KIS',
    registersInKrs: false,
  },
  zaz: {
    label: { pl: 'Zakład aktywności zawodowej (ZAZ)', en: 'Vocational activity establishment (ZAZ)' },
    plural: { pl: 'Zakłady aktywności zawodowej (ZAZ)', en: 'Vocational activity establishments (ZAZ)' },
    short: { pl: 'ZAZ', en: 'ZAZ' },
    idPrefix: 'zaz',
    basis: 'act-2022',
    countIndicator: 'ZAZ',
    registersInKrs: false,
  },
  wtz: {
    label: { pl: 'Warsztat terapii zajęciowej (WTZ)', en: 'Occupational therapy workshop (WTZ)' },
    plural: { pl: 'Warsztaty terapii zajęciowej (WTZ)', en: 'Occupational therapy workshops (WTZ)' },
    short: { pl: 'WTZ', en: 'WTZ' },
    idPrefix: 'wtz',
    basis: 'act-2022',
    countIndicator: 'WTZ',
    registersInKrs: false,
  },
  'worker-cooperative': {
    label: { pl: 'Spółdzielnia pracy', en: 'Worker cooperative' },
    plural: { pl: 'Spółdzielnie pracy', en: 'Worker cooperatives' },
    short: { pl: 'Spółdz. pracy', en: 'Worker coop' },
    idPrefix: 'spr',
    basis: 'act-2022',
    registersInKrs: true,
  },
  'disabled-cooperative': {
    label: { pl: 'Spółdzielnia inwalidów lub niewidomych', en: 'Cooperative of disabled or blind people' },
    plural: { pl: 'Spółdzielnie inwalidów i niewidomych', en: 'Cooperatives of disabled and blind people' },
    short: { pl: 'Spółdz. inwalidów', en: 'Disabled coop' },
    idPrefix: 'sin',
    basis: 'act-2022',
    registersInKrs: true,
  },
  'agricultural-cooperative': {
    label: { pl: 'Rolnicza spółdzielnia produkcyjna', en: 'Agricultural production cooperative' },
    plural: { pl: 'Rolnicze spółdzielnie produkcyjne', en: 'Agricultural production cooperatives' },
    short: { pl: 'RSP', en: 'Agri coop' },
    idPrefix: 'rsp',
    basis: 'act-2022',
    registersInKrs: true,
  },
  ngo: {
    label: {
      pl: 'Organizacja pozarządowa z działalnością gospodarczą lub odpłatną',
      en: 'NGO with economic or paid public-benefit activity',
    },
    plural: {
      pl: 'Organizacje pozarządowe z działalnością gospodarczą lub odpłatną',
      en: 'NGOs with economic or paid public-benefit activity',
    },
    short: { pl: 'NGO', en: 'NGO' },
    idPrefix: 'ngo',
    basis: 'act-2022',
    registersInKrs: true,
  },
  'non-profit-company': {
    label: { pl: 'Spółka non-profit', en: 'Non-profit company' },
    plural: { pl: 'Spółki non-profit', en: 'Non-profit companies' },
    short: { pl: 'Spółka non-profit', en: 'Non-profit co.' },
    idPrefix: 'snp',
    basis: 'common',
    registersInKrs: true,
  },
  kgw: {
    label: { pl: 'Koło gospodyń wiejskich (KGW)', en: "Rural women's circle (KGW)" },
    plural: { pl: 'Koła gospodyń wiejskich (KGW)', en: "Rural women's circles (KGW)" },
    short: { pl: 'KGW', en: 'KGW' },
    idPrefix: 'kgw',
    basis: 'common',
    registersInKrs: false,
  },
  zpch: {
    label: { pl: 'Zakład pracy chronionej (ZPCh)', en: 'Sheltered workplace (ZPCh)' },
    plural: { pl: 'Zakłady pracy chronionej (ZPCh)', en: 'Sheltered workplaces (ZPCh)' },
    short: { pl: 'ZPCh', en: 'ZPCh' },
    idPrefix: 'zpch',
    basis: 'common',
    registersInKrs: false,
  },
};

// ---------------------------------------------------------------------------------------
// Legal forms, and which of them each category may have.

export const LEGAL_FORMS = [
  'cooperative',
  'association',
  'foundation',
  'limited-company',
  'joint-stock-company',
  'kgw',
  'local-government-unit',
  'church-entity',
  'sole-trader',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM: Record<LegalForm, Label> = {
  cooperative: { pl: 'Spółdzielnia', en: 'Cooperative' },
  association: { pl: 'Stowarzyszenie', en: 'Association' },
  foundation: { pl: 'Fundacja', en: 'Foundation' },
  'limited-company': { pl: 'Spółka z ograniczoną odpowiedzialnością', en: 'Limited liability company' },
  'joint-stock-company': { pl: 'Spółka akcyjna', en: 'Joint-stock company' },
  kgw: { pl: 'Koło gospodyń wiejskich (osoba prawna)', en: "Rural women's circle (legal person)" },
  'local-government-unit': { pl: 'Jednostka organizacyjna samorządu', en: 'Local government unit' },
  'church-entity': { pl: 'Kościelna osoba prawna', en: 'Church legal person' },
  'sole-trader': { pl: 'Jednoosobowa działalność gospodarcza', en: 'Sole trader' },
  other: { pl: 'Inna', en: 'Other' },
};

/** Legal forms a category may have; a reintegration unit is run by an organisation of several kinds. */
export const LEGAL_FORMS_OF: Record<PesCategory, readonly LegalForm[]> = {
  'social-cooperative': ['cooperative'],
  cis: ['local-government-unit', 'association', 'foundation', 'church-entity', 'cooperative', 'limited-company', 'other'],
  kis: ['local-government-unit', 'association', 'foundation', 'church-entity', 'cooperative', 'limited-company', 'other'],
  zaz: ['local-government-unit', 'association', 'foundation', 'church-entity', 'cooperative', 'limited-company', 'other'],
  wtz: ['local-government-unit', 'association', 'foundation', 'church-entity', 'cooperative', 'other'],
  'worker-cooperative': ['cooperative'],
  'disabled-cooperative': ['cooperative'],
  'agricultural-cooperative': ['cooperative'],
  ngo: ['association', 'foundation', 'church-entity', 'other'],
  'non-profit-company': ['limited-company', 'joint-stock-company'],
  kgw: ['kgw', 'association'],
  zpch: ['limited-company', 'joint-stock-company', 'cooperative', 'sole-trader', 'association', 'foundation', 'other'],
};

// ---------------------------------------------------------------------------------------
// What entities offer.

export const OFFER_CATEGORIES = [
  'catering',
  'food',
  'cleaning',
  'construction',
  'green-areas',
  'care',
  'crafts',
  'printing',
  'tourism',
  'education',
  'it',
  'culture',
  'transport',
  'laundry',
  'manufacturing',
  'rehabilitation',
  'security',
  'office',
  'other',
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

export const OFFER: Record<OfferCategory, Label> = {
  catering: { pl: 'Gastronomia i catering', en: 'Catering and food service' },
  food: { pl: 'Produkcja żywności', en: 'Food production' },
  cleaning: { pl: 'Sprzątanie i utrzymanie czystości', en: 'Cleaning' },
  construction: { pl: 'Budownictwo i remonty', en: 'Construction and renovation' },
  'green-areas': { pl: 'Pielęgnacja terenów zielonych', en: 'Green-area care' },
  care: { pl: 'Usługi opiekuńcze', en: 'Care services' },
  crafts: { pl: 'Rękodzieło i rzemiosło', en: 'Crafts' },
  printing: { pl: 'Poligrafia', en: 'Printing' },
  tourism: { pl: 'Turystyka i noclegi', en: 'Tourism and accommodation' },
  education: { pl: 'Edukacja i szkolenia', en: 'Education and training' },
  it: { pl: 'Usługi informatyczne', en: 'IT services' },
  culture: { pl: 'Kultura i organizacja wydarzeń', en: 'Culture and events' },
  transport: { pl: 'Transport i przeprowadzki', en: 'Transport and removals' },
  laundry: { pl: 'Pralnia i krawiectwo', en: 'Laundry and tailoring' },
  manufacturing: { pl: 'Produkcja wyrobów', en: 'Manufacturing' },
  rehabilitation: { pl: 'Rehabilitacja i zdrowie', en: 'Rehabilitation and health' },
  security: { pl: 'Ochrona mienia', en: 'Security services' },
  office: { pl: 'Usługi biurowe i administracyjne', en: 'Office and administrative services' },
  other: { pl: 'Inne', en: 'Other' },
};

// ---------------------------------------------------------------------------------------
// Certificates. The national Social Economy Quality Mark (Znak Jakości Ekonomii
// Społecznej, awarded by the ministry since 2018 in categories I–IV for PES; category V is
// for local governments) and regional marks such as "Zakup Prospołeczny", valid one year.

export const CERTIFICATE_KINDS = ['quality-mark', 'zakup-prospoleczny', 'regional-other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE: Record<CertificateKind, { label: Label; countIndicator?: string; scope: 'national' | 'regional' }> = {
  'quality-mark': {
    label: { pl: 'Znak Jakości Ekonomii Społecznej', en: 'Social Economy Quality Mark' },
    countIndicator: 'ZJ_CERT',
    scope: 'national',
  },
  'zakup-prospoleczny': {
    label: { pl: 'Certyfikat „Zakup Prospołeczny”', en: '"Zakup Prospołeczny" (pro-social purchase) certificate' },
    countIndicator: 'ZP_CERT',
    scope: 'regional',
  },
  'regional-other': { label: { pl: 'Inny znak regionalny', en: 'Other regional mark' }, scope: 'regional' },
};

export const QUALITY_MARK_CATEGORIES = ['debut', 'employer', 'market-success', 'social-loan'] as const;
export type QualityMarkCategory = (typeof QUALITY_MARK_CATEGORIES)[number];

export const QUALITY_MARK_CATEGORY: Record<QualityMarkCategory, Label> = {
  debut: { pl: 'Kategoria I. Debiut roku', en: 'Category I. Debut of the year' },
  employer: { pl: 'Kategoria II. Najlepszy pracodawca', en: 'Category II. Best employer' },
  'market-success': { pl: 'Kategoria III. Sukces rynkowy', en: 'Category III. Market success' },
  'social-loan': { pl: 'Kategoria IV. Pożyczka z korzyścią społeczną', en: 'Category IV. Loan with social benefit' },
};

// ---------------------------------------------------------------------------------------
// The entity record.

export interface Certificate {
  kind: CertificateKind;
  /** Year awarded (the one year of validity for "Zakup Prospołeczny"). */
  year: number;
  /** Quality Mark only. */
  category?: QualityMarkCategory;
  /** regional-other only: the mark's name. */
  name?: string;
  /** Last year of validity, when known. Quality Mark: open-ended if absent; regional-other: the award year if absent. */
  validUntil?: number;
}

export interface SocialEnterpriseStatus {
  /** YYYY-MM-DD, date the voivode granted the status. */
  granted: string;
  /** YYYY-MM-DD, date the status ended (lost or given up); absent while it lasts. */
  ended?: string;
}

export interface Entity {
  /** Stable, URL-safe: lower-case letters, digits and single hyphens. Page: /podmiot/<id>/. */
  id: string;
  name: string;
  category: PesCategory;
  legalForm?: LegalForm;
  /** The organisation that runs the unit (CIS, KIS, ZAZ, WTZ), when it is not the entity itself. */
  operator?: string;
  /** Dominant activity, PKD code such as 56.29.Z. */
  pkd?: string;
  socialEnterprise?: SocialEnterpriseStatus;
  krs?: string;
  regon?: string;
  nip?: string;
  address?: { street?: string; postalCode?: string; locality?: string };
  /** 7-digit TERYT code of the gmina, as in data/geo/territories.json. */
  gmina: string;
  /** approximate: placed in the gmina by the build, not given by the source. */
  location: { lat: number; lon: number; approximate: boolean };
  offer: { categories: OfferCategory[]; description?: string };
  /** Accepts public contracts with social clauses. Absent: unknown. */
  socialClauses?: boolean;
  certificates: Certificate[];
  /** The supporting social economy support centre (OWES). */
  owes?: string;
  contact: { website?: string; email?: string; phone?: string };
  /** Where the record comes from (e.g. "KRS; OWES Kraków"); "demo" for generated records. */
  source?: string;
  /** YYYY-MM-DD, when the record was last checked. */
  verified?: string;
  demo: boolean;
}

/** Poland's bounding box with a margin: coordinates outside it are a typo. */
export const POLAND_BOUNDS = { latMin: 48.9, latMax: 55.0, lonMin: 14.0, lonMax: 24.3 };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PKD = /^\d{2}\.\d{2}\.[A-Z]$/;
const POSTAL = /^\d{2}-\d{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s]+$/;
const PHONE = /^\+?[\d\s()-]{9,20}$/;

/** A real calendar date in YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const FORMATS = { ID, PKD, POSTAL, EMAIL, WEBSITE, PHONE };

let schema: z.ZodType<Entity> | undefined;

/** The zod schema of Entity: the structure, vocabularies, identifier check digits and cross-field rules. */
export function entitySchema(): z.ZodType<Entity> {
  if (schema) return schema;
  const optText = z.string().min(1).optional();
  const date = z.string().refine(isDate, 'must be a real date YYYY-MM-DD');
  const identifier = (check: (s: string) => { ok: boolean; reason?: string }) =>
    z.string().superRefine((s, ctx) => {
      const r = check(s);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: (r as { reason: string }).reason });
      else if (!/^\d+$/.test(s)) ctx.addIssue({ code: 'custom', message: 'store the identifier as digits only' });
    });
  const year = z.number().int().min(1990).max(2100);
  const certificate = z
    .object({
      kind: z.enum(CERTIFICATE_KINDS),
      year,
      category: z.enum(QUALITY_MARK_CATEGORIES).optional(),
      name: optText,
      validUntil: year.optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.category && c.kind !== 'quality-mark') ctx.addIssue({ code: 'custom', message: 'only the Quality Mark has a category' });
      if (c.kind === 'regional-other' && !c.name) ctx.addIssue({ code: 'custom', message: 'a regional-other mark needs its name' });
      if (c.name && c.kind !== 'regional-other') ctx.addIssue({ code: 'custom', message: 'only a regional-other mark has a name' });
      if (c.kind === 'zakup-prospoleczny' && c.validUntil !== undefined)
        ctx.addIssue({ code: 'custom', message: '"Zakup Prospołeczny" is valid for its year only' });
      if (c.validUntil !== undefined && c.validUntil < c.year) ctx.addIssue({ code: 'custom', message: 'validUntil is before the award year' });
    });
  const s = z
    .object({
      id: z.string().max(80).regex(ID, 'lower-case letters, digits and single hyphens'),
      name: z.string().min(1),
      category: z.enum(PES_CATEGORIES),
      legalForm: z.enum(LEGAL_FORMS).optional(),
      operator: optText,
      pkd: z.string().regex(PKD, 'PKD code like 56.29.Z').optional(),
      socialEnterprise: z.object({ granted: date, ended: date.optional() }).strict().optional(),
      krs: identifier(checkKrs).optional(),
      regon: identifier(checkRegon).optional(),
      nip: identifier(checkNip).optional(),
      address: z
        .object({ street: optText, postalCode: z.string().regex(POSTAL, 'postal code NN-NNN').optional(), locality: optText })
        .strict()
        .optional(),
      gmina: z.string().regex(/^\d{7}$/, '7-digit gmina TERYT code'),
      location: z
        .object({
          lat: z.number().min(POLAND_BOUNDS.latMin).max(POLAND_BOUNDS.latMax),
          lon: z.number().min(POLAND_BOUNDS.lonMin).max(POLAND_BOUNDS.lonMax),
          approximate: z.boolean(),
        })
        .strict(),
      offer: z.object({ categories: z.array(z.enum(OFFER_CATEGORIES)), description: optText }).strict(),
      socialClauses: z.boolean().optional(),
      certificates: z.array(certificate),
      owes: optText,
      contact: z
        .object({
          website: z.string().regex(WEBSITE, 'a web address starting with http:// or https://').optional(),
          email: z.string().regex(EMAIL, 'an e-mail address').optional(),
          phone: z.string().regex(PHONE, 'digits, spaces, +, - and parentheses').optional(),
        })
        .strict(),
      source: optText,
      verified: date.optional(),
      demo: z.boolean(),
    })
    .strict()
    .superRefine((e, ctx) => {
      const se = e.socialEnterprise;
      if (se?.ended && se.ended < se.granted)
        ctx.addIssue({ code: 'custom', path: ['socialEnterprise', 'ended'], message: 'status ended before it was granted' });
      if (e.legalForm && !LEGAL_FORMS_OF[e.category].includes(e.legalForm))
        ctx.addIssue({
          code: 'custom',
          path: ['legalForm'],
          message: `a ${e.category} cannot have legal form ${e.legalForm} (allowed: ${LEGAL_FORMS_OF[e.category].join(', ')})`,
        });
      if (new Set(e.offer.categories).size !== e.offer.categories.length)
        ctx.addIssue({ code: 'custom', path: ['offer', 'categories'], message: 'an offer category is listed twice' });
    });
  schema = s as z.ZodType<Entity>;
  return schema;
}

// ---------------------------------------------------------------------------------------
// State at a date: what the directory counts.

/** The reference date of a release: the end of its latest year. */
export const asOfDate = (year: number): string => `${year}-12-31`;

/** Holds social enterprise status on the date (granted on or before, not ended on or before). */
export function isSocialEnterpriseOn(e: Pick<Entity, 'socialEnterprise'>, date: string): boolean {
  const s = e.socialEnterprise;
  return !!s && s.granted <= date && (!s.ended || s.ended > date);
}

/** Whether a certificate is valid in the year: Zakup Prospołeczny in its year only; the Quality Mark from its year until validUntil (open-ended if absent); other marks until validUntil, else their year. */
export function certificateValidIn(c: Certificate, year: number): boolean {
  if (c.year > year) return false;
  if (c.kind === 'zakup-prospoleczny') return c.year === year;
  if (c.kind === 'quality-mark') return c.validUntil === undefined || c.validUntil >= year;
  return (c.validUntil ?? c.year) >= year;
}

/** Certificate kinds held in the year, in vocabulary order, without repeats. */
export function certificatesHeldIn(e: Pick<Entity, 'certificates'>, year: number): CertificateKind[] {
  return CERTIFICATE_KINDS.filter((k) => e.certificates.some((c) => c.kind === k && certificateValidIn(c, year)));
}

// ---------------------------------------------------------------------------------------
// The JSON files under public/data/<release>/entities/.

/**
 * entities/index.json: the whole directory in columns, for the directory island. Column
 * arrays are aligned (entry i of every column is entity i); category, offer and cert hold
 * indexes into `vocab` so the file stays small. Decode with indexRows().
 */
export interface EntityIndex {
  release: string;
  /** Reference year: social enterprise status and certificates are as of its end. */
  year: number;
  asOf: string;
  /** demo: generated from the count indicators; real: read from data/entities/*.csv. */
  mode: 'demo' | 'real';
  count: number;
  vocab: { category: PesCategory[]; offer: OfferCategory[]; cert: CertificateKind[] };
  id: string[];
  name: string[];
  category: number[];
  gmina: string[];
  /** WGS84 degrees, 4 decimals (about 10 m). */
  lat: number[];
  lon: number[];
  /** 1: placed in the gmina by the build (no coordinates in the source). */
  approx: (0 | 1)[];
  offer: number[][];
  /** Certificates valid in `year`. */
  cert: number[][];
  /** 1: social enterprise status on `asOf`. */
  se: (0 | 1)[];
  /** Accepts contracts with social clauses: 1 yes, 0 no, null unknown. */
  clauses: (0 | 1 | null)[];
  demo: (0 | 1)[];
}

/** One row of the index, decoded. */
export interface EntityRow {
  id: string;
  name: string;
  category: PesCategory;
  gmina: string;
  /** Powiat and voivodeship codes, from the gmina code. */
  powiat: string;
  voivodeship: string;
  lat: number;
  lon: number;
  approximate: boolean;
  offer: OfferCategory[];
  certificates: CertificateKind[];
  socialEnterprise: boolean;
  socialClauses: boolean | null;
  demo: boolean;
}

export function indexRows(ix: EntityIndex): EntityRow[] {
  return ix.id.map((id, i) => ({
    id,
    name: ix.name[i],
    category: ix.vocab.category[ix.category[i]],
    gmina: ix.gmina[i],
    powiat: ix.gmina[i].slice(0, 4),
    voivodeship: ix.gmina[i].slice(0, 2),
    lat: ix.lat[i],
    lon: ix.lon[i],
    approximate: ix.approx[i] === 1,
    offer: ix.offer[i].map((k) => ix.vocab.offer[k]),
    certificates: ix.cert[i].map((k) => ix.vocab.cert[k]),
    socialEnterprise: ix.se[i] === 1,
    socialClauses: ix.clauses[i] === null ? null : ix.clauses[i] === 1,
    demo: ix.demo[i] === 1,
  }));
}

/**
 * entities/offer-text.json: the offer descriptions, aligned with index.json (text[i] belongs
 * to index id[i]; '' when none). Separate because it is most of the directory's bytes and
 * only text search needs it: load it when the user first types a query.
 */
export interface EntityOfferText {
  release: string;
  count: number;
  text: string[];
}

/** entities/<id>.json: one entity's full record for its page. */
export interface EntityFile {
  release: string;
  year: number;
  asOf: string;
  entity: Entity;
  /** Voivodeship, powiat, gmina: for breadcrumbs and the link to the gmina page. */
  place: TerritoryRef[];
  /** Social enterprise status on asOf. */
  socialEnterprise: boolean;
  /** Certificate kinds valid in year. */
  certificates: CertificateKind[];
}

/**
 * entities/by-territory.json: how many directory entries each territory has, by category.
 * Keys are "PL", voivodeship, powiat and gmina codes; a territory with none is absent
 * (read it as zeros). counts[code][k] is the count of categories[k].
 */
export interface EntitiesByTerritory {
  release: string;
  year: number;
  mode: 'demo' | 'real';
  categories: PesCategory[];
  counts: Record<string, number[]>;
  /** Entities with social enterprise status on the reference date. */
  socialEnterprises: Record<string, number>;
}

/** entities/checks.json: where the directory's count differs from the count indicator (real lists only; the demo has none by construction). */
export interface EntityCountDifference {
  indicator: string;
  code: string;
  directory: number;
  indicatorValue: number;
}

/** entities/checks.json */
export interface EntityChecks {
  release: string;
  year: number;
  mode: 'demo' | 'real';
  /** Per indicator: the national totals first (code "PL"), then each gmina that differs. */
  differences: EntityCountDifference[];
}

// ---------------------------------------------------------------------------------------
// Labels.

export type LabelLang = keyof Label;
export const categoryLabel = (c: PesCategory, lang: LabelLang): string => CATEGORY[c].label[lang];
export const offerLabel = (o: OfferCategory, lang: LabelLang): string => OFFER[o][lang];
export const certificateLabel = (k: CertificateKind, lang: LabelLang): string => CERTIFICATE[k].label[lang];
export const legalFormLabel = (f: LegalForm, lang: LabelLang): string => LEGAL_FORM[f][lang];
