// The portal's URL grammar, in one place so pages, islands, redirects and tests agree.
//
//   /                               home (Polish)          /en/                      home (English)
//   /polska/                        the country            /en/polska/
//   /wojewodztwo/<code>-<slug>/     a voivodeship          /en/wojewodztwo/12-malopolskie/
//   /powiat/<code>-<slug>/          a powiat               /en/powiat/1211-nowotarski/
//   /gmina/<code>-<slug>/           a gmina                /en/gmina/1211092-nowy-targ/
//   /<code>/                        any current or former TERYT code → the territory page
//   /wskaznik/<id>/                 an indicator           /en/wskaznik/sps-krs/
//   /data/<release>/...             the pipeline's JSON (see data/README.md)
//
// English pages keep the Polish path segments: a territory has one slug, and switching
// language only adds or removes the /en prefix.
//
// An older release is built as a copy with the same structure under /<year>/ (see
// src/core/base.ts): every page path here carries the build's base, e.g.
// /2023/en/gmina/1211092-nowy-targ/. Only /data/… is shared and never prefixed.
import { siteBase, stripBase, withBase } from './base.ts';
import type { Lang } from './format.ts';
import type { Level } from './territory.ts';

export const LEVEL_SEGMENT: Record<Exclude<Level, 'country'>, string> = {
  voivodeship: 'wojewodztwo',
  powiat: 'powiat',
  gmina: 'gmina',
};
export const COUNTRY_SEGMENT = 'polska';

/** The start of every page path of a language in this build: "", "/en", "/2023", "/2023/en". */
/** "", "/en", "/2023" or "/2023/en"; `base` defaults to this build's (pass '' for a root path). */
export const langPrefix = (lang: Lang, base = siteBase()): string => `${base}${lang === 'en' ? '/en' : ''}`;
const prefix = langPrefix;

export function homePath(lang: Lang): string {
  return `${prefix(lang)}/`;
}

export function territoryPath(t: { level: Level; code: string; slug: string }, lang: Lang, base = siteBase()): string {
  if (t.level === 'country') return `${prefix(lang, base)}/${COUNTRY_SEGMENT}/`;
  return `${prefix(lang, base)}/${LEVEL_SEGMENT[t.level]}/${t.code}-${t.slug}/`;
}

/** The path segment after the level, e.g. "1211092-nowy-targ". */
export function territorySlugParam(t: { code: string; slug: string }): string {
  return `${t.code}-${t.slug}`;
}

export function codePath(code: string, lang: Lang = 'pl'): string {
  return `${prefix(lang)}/${code}/`;
}

export function indicatorSlug(id: string): string {
  return id.toLowerCase().replace(/_/g, '-');
}

export function indicatorPath(id: string, lang: Lang): string {
  return `${prefix(lang)}/wskaznik/${indicatorSlug(id)}/`;
}

export function indicatorsPath(lang: Lang): string {
  return `${prefix(lang)}/wskazniki/`;
}

export function searchPath(lang: Lang): string {
  return `${prefix(lang)}/szukaj/`;
}

/** /dane/ — downloads and the list of releases with their notes. */
export function downloadsPath(lang: Lang): string {
  return `${prefix(lang)}/dane/`;
}

/** One index for both languages (labels are added in the browser), built with each release copy. */
export const searchIndexPath = (): string => withBase('/search-index.json');
/** The search index of this build (a constant in a build, where the base is fixed). */
export const SEARCH_INDEX_PATH = searchIndexPath();

/** The pipeline's files: one folder per release at the site root, shared by every copy. */
export function dataPath(release: string, rel: string): string {
  return `/data/${release}/${rel}`;
}

const isEn = (p: string) => p === '/en' || p.startsWith('/en/');

/** The same page in the other language: add or remove the /en prefix (after the base). */
export function switchLanguage(path: string, to: Lang): string {
  const inBase = stripBase(path);
  const bare = isEn(inBase) ? inBase.slice(3) || '/' : inBase;
  return withBase(to === 'en' ? `/en${bare}` : bare, inBase === path ? '' : siteBase());
}

export function langOfPath(path: string): Lang {
  return isEn(stripBase(path)) ? 'en' : 'pl';
}
