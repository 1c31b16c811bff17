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
import type { Lang } from './format.ts';
import type { Level } from './territory.ts';

export const LEVEL_SEGMENT: Record<Exclude<Level, 'country'>, string> = {
  voivodeship: 'wojewodztwo',
  powiat: 'powiat',
  gmina: 'gmina',
};
export const COUNTRY_SEGMENT = 'polska';

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

export function homePath(lang: Lang): string {
  return `${prefix(lang)}/`;
}

export function territoryPath(t: { level: Level; code: string; slug: string }, lang: Lang): string {
  if (t.level === 'country') return `${prefix(lang)}/${COUNTRY_SEGMENT}/`;
  return `${prefix(lang)}/${LEVEL_SEGMENT[t.level]}/${t.code}-${t.slug}/`;
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

/** One index for both languages: labels are added in the browser. */
export const SEARCH_INDEX_PATH = '/search-index.json';

export function dataPath(release: string, rel: string): string {
  return `/data/${release}/${rel}`;
}

/** The same page in the other language: add or remove the /en prefix. */
export function switchLanguage(path: string, to: Lang): string {
  const bare = path === '/en' || path.startsWith('/en/') ? path.slice(3) || '/' : path;
  return to === 'en' ? `/en${bare}` : bare;
}

export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'pl';
}
