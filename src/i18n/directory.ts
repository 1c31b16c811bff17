// Interface strings of the entity directory, the entity pages and the "entities located
// here" block of territory pages (issue 6), Polish first. Kept apart from src/i18n/i18n.ts
// to avoid edit collisions; same shape and the same {placeholder} rule as t() there.
// The island gets only the strings it needs (directoryStrings()), as plain props.
import { CATEGORY, CERTIFICATE, OFFER, type CertificateKind, type OfferCategory, type PesCategory } from '#features/directory/entities.ts';
import type { Lang } from '#core/format.ts';
import { fillTemplate } from '#core/template.ts';
import { pl as plDict } from './pl/index.ts';
import { en as enDict } from './en/index.ts';

const pl = plDict.directory;

type Keys = keyof typeof pl;

const en = enDict.directory;

export const DIRECTORY_UI: Record<Lang, Record<Keys, string>> = { pl, en };
export type DirectoryKey = Keys;

/** A directory string with {placeholders} filled in. */
export function td(lang: Lang, key: DirectoryKey, params: Record<string, string | number> = {}): string {
  return fill(DIRECTORY_UI[lang][key], params);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return fillTemplate(template, params);
}

/** The strings the directory island uses (only these are serialised into the page). */
export const ISLAND_KEYS = [
  'loading',
  'loadError',
  'filters',
  'skipToResults',
  'moreFilters',
  'textLabel',
  'textPlaceholder',
  'textLoading',
  'area',
  'voivodeship',
  'powiat',
  'gmina',
  'anyVoivodeship',
  'anyPowiat',
  'anyGmina',
  'category',
  'offer',
  'certificate',
  'seStatus',
  'seYes',
  'seNo',
  'clauses',
  'clausesYes',
  'clausesNo',
  'any',
  'reset',
  'views',
  'viewList',
  'viewMap',
  'viewArea',
  'sort',
  'sortName',
  'sortPlace',
  'found',
  'foundOf',
  'shown',
  'showMore',
  'listLabel',
  'listHint',
  'noResults',
  'exportLabel',
  'exportCsv',
  'exportJson',
  'exportNote',
  'seBadge',
  'clausesBadge',
  'offerNone',
  'mapTitle',
  'mapHelp',
  'mapApprox',
  'mapLoading',
  'mapError',
  'mapTable',
  'mapTableCaption',
  'mapColArea',
  'mapColCount',
  'mapZoomIn',
  'mapUp',
  'mapSelected',
  'mapClose',
  'mapMore',
  'poland',
  'areaTitle',
  'areaIntro',
  'areaNeedsTerritory',
  'areaNeighbours',
  'areaHereGmina',
  'areaHerePowiat',
  'areaNextGmina',
  'areaNextPowiat',
  'areaEmpty',
  'areaLoading',
  'demoTagTitle',
] as const satisfies readonly DirectoryKey[];

export type IslandKey = (typeof ISLAND_KEYS)[number];
export type DirectoryStrings = Record<IslandKey, string>;

export function directoryStrings(lang: Lang): DirectoryStrings {
  return Object.fromEntries(ISLAND_KEYS.map((k) => [k, DIRECTORY_UI[lang][k]])) as DirectoryStrings;
}

/** Vocabulary labels in one language, for the island (codes → labels). */
export interface DirectoryLabels {
  category: Record<PesCategory, string>;
  categoryShort: Record<PesCategory, string>;
  offer: Record<OfferCategory, string>;
  cert: Record<CertificateKind, string>;
}

const pick = <K extends string, V>(rec: Record<K, V>, get: (v: V) => string): Record<K, string> =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, get(v as V)])) as Record<K, string>;

export function directoryLabels(lang: Lang): DirectoryLabels {
  return {
    category: pick(CATEGORY, (c) => c.label[lang]),
    categoryShort: pick(CATEGORY, (c) => c.short[lang]),
    offer: pick(OFFER, (o) => o[lang]),
    cert: pick(CERTIFICATE, (c) => c.label[lang]),
  };
}
