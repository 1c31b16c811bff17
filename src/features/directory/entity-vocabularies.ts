// The controlled vocabularies of the entity directory (PES): the codes a CSV in
// data/entities/ writes and what the build needs to know about each. Their labels are
// interface strings: src/i18n/{pl,en}/entity.ts (category, short form, offer,
// certificate) and src/i18n/{pl,en}/directory.ts (plural, legal form, Quality Mark
// category), looked up with the translator.
//
// Input format (CSV in data/entities/) and the demo rules: data/entities/README.md.

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
  'social-cooperative': { idPrefix: 'sps', basis: 'act-2022', countIndicator: 'SPS_KRS', registersInKrs: true },
  cis: { idPrefix: 'cis', basis: 'act-2022', countIndicator: 'CIS', registersInKrs: false },
  kis: { idPrefix: 'kis', basis: 'act-2022', countIndicator: 'KIS', registersInKrs: false },
  zaz: { idPrefix: 'zaz', basis: 'act-2022', countIndicator: 'ZAZ', registersInKrs: false },
  wtz: { idPrefix: 'wtz', basis: 'act-2022', countIndicator: 'WTZ', registersInKrs: false },
  'worker-cooperative': { idPrefix: 'spr', basis: 'act-2022', registersInKrs: true },
  'disabled-cooperative': { idPrefix: 'sin', basis: 'act-2022', registersInKrs: true },
  'agricultural-cooperative': { idPrefix: 'rsp', basis: 'act-2022', registersInKrs: true },
  ngo: { idPrefix: 'ngo', basis: 'act-2022', registersInKrs: true },
  'non-profit-company': { idPrefix: 'snp', basis: 'common', registersInKrs: true },
  kgw: { idPrefix: 'kgw', basis: 'common', registersInKrs: false },
  zpch: { idPrefix: 'zpch', basis: 'common', registersInKrs: false },
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

// ---------------------------------------------------------------------------------------
// Certificates. The national Social Economy Quality Mark (Znak Jakości Ekonomii
// Społecznej, awarded by the ministry since 2018 in categories I–IV for PES; category V is
// for local governments) and regional marks such as "Zakup Prospołeczny", valid one year.

export const CERTIFICATE_KINDS = ['quality-mark', 'zakup-prospoleczny', 'regional-other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE: Record<CertificateKind, { countIndicator?: string; scope: 'national' | 'regional' }> = {
  'quality-mark': { countIndicator: 'ZJ_CERT', scope: 'national' },
  'zakup-prospoleczny': { countIndicator: 'ZP_CERT', scope: 'regional' },
  'regional-other': { scope: 'regional' },
};

export const QUALITY_MARK_CATEGORIES = ['debut', 'employer', 'market-success', 'social-loan'] as const;
export type QualityMarkCategory = (typeof QUALITY_MARK_CATEGORIES)[number];
