// The portal's URL grammar and the paths of the files it ships, in one place so the
// pipeline, pages, islands, redirects and tests agree.
//
//   /                               home (Polish)          /en/                      home (English)
//   /polska/                        the country            /en/polska/
//   /wojewodztwo/<code>-<slug>/     a voivodeship          /en/wojewodztwo/12-malopolskie/
//   /powiat/<code>-<slug>/          a powiat               /en/powiat/1211-nowotarski/
//   /gmina/<code>-<slug>/           a gmina                /en/gmina/1211092-nowy-targ/
//   /<code>/                        any current or former TERYT code → the territory page
//   /wskaznik/<id>/                 an indicator           /en/wskaznik/sps-krs/
//   /wskaznik/<id>/?widok=tabela     its chart / map / table tab (TAB_PARAM; the builder takes ?…&widok=wykres)
//   /wskazniki/, /szukaj/, /dane/, /metodologia/, /deklaracja-dostepnosci/
//   /dane/pokrycie/                 data coverage: the share of real values
//   /dane/atom.xml, /wojewodztwo/<code>-<slug>/atom.xml   Atom feeds (root only; see below)
//   /zestawienia/[?state]           the table builder
//   /porownaj/[?r=&t=&y=]           compare 2–8 territories of any level
//   /moj-obszar/[?r=&c=]            "your own area": a profile of chosen gminas
//   /podmioty/[?filters], /podmiot/<id>/     the entity directory and one entity
//   /biale-plamy/[?rodzaj=&km=]     white spots: gminas with no unit of a kind within a distance
//   /programy/, /programy/<id>/     programme monitoring
//   /obszar/, /obszar/<type>/<id>-<slug>/   planning areas: NUTS 2, NUTS 3, OWES, LAG (lgd)
//   /embed/<page path>[?query]      the embed of a page (see "Embeds" below)
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
import type { CodeChange } from './geo-register.ts';
import type { Level } from './territory.ts';

export const LEVEL_SEGMENT: Record<Exclude<Level, 'country'>, string> = {
  voivodeship: 'wojewodztwo',
  powiat: 'powiat',
  gmina: 'gmina',
};
export const COUNTRY_SEGMENT = 'polska';

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

/** The anchor a former code's notice carries on its successor's page, so /<oldCode>/ can point right at it. */
export function changeAnchor(c: Pick<CodeChange, 'oldCode' | 'newCode' | 'change'>): string {
  return `kod-${c.oldCode || c.newCode}${c.change === 'renamed' ? '-nazwa' : ''}`;
}

export function indicatorSlug(id: string): string {
  return id.toLowerCase().replace(/_/g, '-');
}

export function indicatorPath(id: string, lang: Lang): string {
  return `${prefix(lang)}/wskaznik/${indicatorSlug(id)}/`;
}

/** An indicator page opened on its map at a level: `levelWord` as the map writes it (a level's path segment, or a planning-area type). */
export function indicatorMapPath(id: string, lang: Lang, levelWord: string): string {
  return `${indicatorPath(id, lang)}?${MAP_LEVEL_PARAM}=${encodeURIComponent(levelWord)}&${TAB_PARAM}=${TAB_WORD.map}`;
}

export function indicatorsPath(lang: Lang): string {
  return `${prefix(lang)}/wskazniki/`;
}

export function searchPath(lang: Lang): string {
  return `${prefix(lang)}/szukaj/`;
}

/** /dane/ — downloads and the list of releases with their notes. */
export function downloadsPath(lang: Lang, base = siteBase()): string {
  return `${prefix(lang, base)}/dane/`;
}

// ---------------------------------------------------------------- Atom feeds
//
// New releases and revisions, built only at the site root (the latest release): an older
// release's copy is frozen and has nothing new to announce, so these paths take no base.
//   /dane/atom.xml, /en/dane/atom.xml                          the whole site
//   /wojewodztwo/<code>-<slug>/atom.xml (and /en/…)            one voivodeship
export const FEED_FILE = 'atom.xml';

/** /dane/atom.xml — the site's feed of releases and revisions. */
export function siteFeedPath(lang: Lang): string {
  return `${downloadsPath(lang, '')}${FEED_FILE}`;
}

/** /wojewodztwo/12-malopolskie/atom.xml — one voivodeship's feed, beside its page. */
export function voivodeshipFeedPath(t: { level: 'voivodeship'; code: string; slug: string }, lang: Lang): string {
  return `${territoryPath(t, lang, '')}${FEED_FILE}`;
}

/** /dane/pokrycie/ — how much of the release is real, per indicator, level and year. */
export function coveragePath(lang: Lang): string {
  return `${prefix(lang)}/dane/pokrycie/`;
}

export function methodologyPath(lang: Lang): string {
  return `${prefix(lang)}/metodologia/`;
}

export function statementPath(lang: Lang): string {
  return `${prefix(lang)}/deklaracja-dostepnosci/`;
}

/** The builder page: /zestawienia/ and /en/zestawienia/ (its state goes in the query). */
export function builderPath(lang: Lang): string {
  return `${prefix(lang)}/zestawienia/`;
}

/** "Your own area": /moj-obszar/ and /en/moj-obszar/ (the area's gminas and release go in the query). */
export function customAreaPath(lang: Lang): string {
  return `${prefix(lang)}/moj-obszar/`;
}

/**
 * The comparison page: /porownaj/ and /en/porownaj/; its state goes in the query
 * (src/features/compare/compare-state.ts). `codes` preselects territories, e.g. the
 * "compare with…" link of a territory page: /porownaj/?t=1211092.
 */
export function comparePath(lang: Lang, codes: readonly string[] = []): string {
  return withQuery(`${prefix(lang)}/porownaj/`, { t: codes.join(',') }).replace(/%2C/gi, ',');
}

/** The comparison's embed, without its query (the comparison's state is appended to it). */
export function compareEmbedPath(lang: Lang): string {
  return toEmbedPath(comparePath(lang));
}

/** White spots: /biale-plamy/ and /en/biale-plamy/ (kind and distance go in the query: ?rodzaj=cis&km=25). */
export function whiteSpotsPath(lang: Lang, query = ''): string {
  return `${prefix(lang)}/biale-plamy/${query}`;
}

// ---------------------------------------------------------------- entity directory

/** /podmioty/ — the directory, with an optional query string from filtersToSearch(). */
export function directoryPath(lang: Lang, query = ''): string {
  return `${prefix(lang)}/podmioty/${query}`;
}

/** "/podmiot/" or "/en/podmiot/": an entity's page is this plus "<id>/". */
export function entityBase(lang: Lang): string {
  return `${prefix(lang)}/podmiot/`;
}

/** /podmiot/<id>/ — one entity. */
export function entityPath(id: string, lang: Lang): string {
  return `${entityBase(lang)}${id}/`;
}

/**
 * Where an entity's name links, with "{id}" for its id (a string, so islands take it as a
 * prop): its page — or, in the copy of an older release, which has no entity pages
 * (src/pages/podmiot/[id].astro, latestOnly), its JSON record in the release's data.
 */
export function entityLinkPattern(lang: Lang, archivedRelease?: string): string {
  return archivedRelease ? dataPath(archivedRelease, DATA_FILE.entity('{id}')) : `${entityBase(lang)}{id}/`;
}

export function entityHref(pattern: string, id: string): string {
  return pattern.replace('{id}', encodeURIComponent(id));
}

/**
 * The directory island's files: the pipeline's (shared by every copy) and the build's
 * geometry helpers under /podmioty/dane/ (per copy: src/pages/podmioty/dane/).
 */
export function directoryDataUrls(release: string) {
  return {
    index: dataPath(release, DATA_FILE.entitiesIndex),
    offerText: dataPath(release, DATA_FILE.entitiesOfferText),
    places: dataPath(release, DATA_FILE.places),
    neighbours: withBase('/podmioty/dane/sasiedzi.json'),
    /** + "PL.json" or "<voivodeship code>.json" */
    mapBase: withBase('/podmioty/dane/mapa/'),
  };
}

// ---------------------------------------------------------------- programmes

export const PROGRAMMES_SEGMENT = 'programy';

/** /programy/ — all programmes compared. */
export function programmesPath(lang: Lang): string {
  return `${prefix(lang)}/${PROGRAMMES_SEGMENT}/`;
}

/** /programy/<id>/ — one programme; an indicator's details are at #wskaznik-<indicator>. */
export function programmePath(id: string, lang: Lang): string {
  return `${prefix(lang)}/${PROGRAMMES_SEGMENT}/${id}/`;
}

/** Anchor of an indicator's details on its programme page. */
export const indicatorAnchor = (id: string) => `wskaznik-${id}`;

// ---------------------------------------------------------------- planning areas
//   /obszar/                          every planning area type and its areas
//   /obszar/<type>/<id>-<slug>/       one area: type nuts2, nuts3, owes or lgd (LAG)

export const AREAS_SEGMENT = 'obszar';

/** /obszar/ — the planning areas (NUTS 2, NUTS 3, OWES, LAG). */
export function areasPath(lang: Lang): string {
  return `${prefix(lang)}/${AREAS_SEGMENT}/`;
}

/** /obszar/<type>/<id>-<slug>/ — one planning area. */
export function areaPath(a: { type: string; id: string; slug: string }, lang: Lang): string {
  return `${prefix(lang)}/${AREAS_SEGMENT}/${a.type}/${areaSlugParam(a)}/`;
}

/** The path segment after the type, e.g. "pl213-miasto-krakow". */
export const areaSlugParam = (a: { id: string; slug: string }): string => (a.slug ? `${a.id}-${a.slug}` : a.id);

// ---------------------------------------------------------------- shipped files
//
// The pipeline writes one folder per release, public/data/<release>/, shared by every
// copy of the site and never prefixed with a base; /data/latest/ is a byte-for-byte copy
// of the latest. The boundaries are shared by all releases in /data/geo/. The paths below
// are relative to a release folder unless they say otherwise.

/** The folder name of the stable alias of the latest release. */
export const LATEST = 'latest';

/** A file of a release as a site URL: /data/<release>/<rel>. */
export function dataPath(release: string, rel: string): string {
  return `/data/${release}/${rel}`;
}

export const DATA_FILE = {
  manifest: 'manifest.json',
  datapackage: 'datapackage.json',
  indicators: 'indicators.json',
  indicatorsCsv: 'indicators.csv',
  territories: 'territories.json',
  searchIndex: 'names/search.json',
  /** The register as the table builder reads it (src/features/builder/builder-register.ts). */
  builderRegister: 'names/builder.json',
  names: (level: Level) => `names/${level}.json`,
  places: 'names/places.json',
  changesJson: 'changes.json',
  changesCsv: 'changes.csv',
  checks: 'checks.json',
  coverage: 'coverage.json',
  territory: (code: string) => `territory/${code}.json`,
  level: (level: Level) => `level/${level}.json`,
  levelIndicator: (level: Level, indicator: string) => `level/${level}/${indicator}.json`,
  levelCsv: (level: Level) => `download/${level}.csv`,
  levelXlsx: (level: Level) => `download/${level}.xlsx`,
  topology: (level: Level) => `geo/${level}.topo.json`,
  /** The map's whole-country boundaries, projected and simplified (only in /data/geo/, not in a release's folder). */
  overviewTopology: (level: Level) => `geo/${level}.overview.json`,
  geoJson: (level: Level) => `geo/${level}.geojson`,
  indicatorZip: (id: string) => `indicator/${id}.zip`,
  entitiesIndex: 'entities/index.json',
  entitiesOfferText: 'entities/offer-text.json',
  entitiesByTerritory: 'entities/by-territory.json',
  entitiesChecks: 'entities/checks.json',
  entity: (id: string) => `entities/${id}.json`,
  programmesIndex: 'programmes/index.json',
  programme: (id: string) => `programmes/${id}.json`,
  areasIndex: 'areas/index.json',
  area: (type: string, id: string) => `areas/${type}/${id}.json`,
  areaTable: (type: string) => `areas/${type}.json`,
  areaCsv: (type: string) => `download/areas-${type}.csv`,
  /** The indicator map's level of a planning-area type: boundaries, names, one file per indicator. */
  areaOverview: (type: string) => `areas/map/${type}.overview.json`,
  areaNames: (type: string) => `areas/map/${type}.names.json`,
  areaIndicator: (type: string, indicator: string) => `areas/map/${type}/${indicator}.json`,
  accessWhiteSpots: 'access/white-spots.json',
  accessCsv: 'access/access.csv',
  /** The OWES offices the access indicators measured to (demo ones marked). */
  accessOwesOffices: 'access/owes-offices.csv',
} as const;

/** The boundaries the map islands draw, shared by every release: /data/geo/<level>.topo.json. */
export const topologyPath = (level: Level): string => `/data/geo/${level}.topo.json`;
/** The same boundaries projected and simplified for the whole-country map (scripts/pipeline/map-topology.ts): /data/geo/<level>.overview.json. */
export const overviewTopologyPath = (level: Level): string => `/data/${DATA_FILE.overviewTopology(level)}`;
/** The same boundaries as GeoJSON, for download: /data/geo/<level>.geojson. */
export const geoJsonPath = (level: Level): string => `/data/geo/${level}.geojson`;

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

// ---------------------------------------------------------------- embeds
//
// An embed is at "/embed" + the full page's path, with the same query, placed after the
// language and release prefixes:
//   /gmina/1211092-nowy-targ/?wskaznik=SPS_KRS   →  /embed/gmina/1211092-nowy-targ/?wskaznik=SPS_KRS
//   /en/wskaznik/sps-krs/?poziom=powiat&rok=2023 →  /en/embed/wskaznik/sps-krs/?poziom=powiat&rok=2023
//   /2023/en/programy/kpres/                     →  /2023/en/embed/programy/kpres/

export const EMBED_SEGMENT = 'embed';

/** Release copy ("/2023") and language ("/en") prefixes of a path, in that order. */
const PREFIX = /^((?:\/\d{4})?(?:\/en)?)(\/.*)?$/;

/** The part of a path before its page: "/2023/en" of "/2023/en/polska/", "" of "/polska/". */
function splitPrefix(path: string): { prefix: string; rest: string } {
  const m = PREFIX.exec(path);
  // Every path starting with "/" matches (both groups are optional); the rest keeps its "/".
  return m ? { prefix: m[1], rest: m[2] ?? '/' } : { prefix: '', rest: path };
}

/** Whether a path (query and hash allowed) is an embed page. */
export function isEmbedPath(path: string): boolean {
  const { rest } = splitPrefix(path.split(/[?#]/)[0]);
  return rest === `/${EMBED_SEGMENT}` || rest.startsWith(`/${EMBED_SEGMENT}/`);
}

/** The embed of a full page: "/embed" inserted after the release and language prefixes; query and hash kept. */
export function toEmbedPath(fullPath: string): string {
  if (!fullPath.startsWith('/')) throw new Error(`not an absolute path: ${fullPath}`);
  const cut = fullPath.search(/[?#]/);
  const path = cut < 0 ? fullPath : fullPath.slice(0, cut);
  const tail = cut < 0 ? '' : fullPath.slice(cut);
  if (isEmbedPath(path)) return fullPath;
  const { prefix, rest } = splitPrefix(path);
  return `${prefix}/${EMBED_SEGMENT}${rest}${tail}`;
}

/** The full page of an embed: the inverse of toEmbedPath; a path that is no embed is returned as it is. */
export function fromEmbedPath(embedPath: string): string {
  const cut = embedPath.search(/[?#]/);
  const path = cut < 0 ? embedPath : embedPath.slice(0, cut);
  const tail = cut < 0 ? '' : embedPath.slice(cut);
  if (!isEmbedPath(path)) return embedPath;
  const { prefix, rest } = splitPrefix(path);
  const page = rest.slice(EMBED_SEGMENT.length + 1) || '/';
  return `${prefix}${page}${tail}`;
}

/** A path with query parameters (empty and undefined values left out), in the given order. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

/** Query parameter of the chart embeds (territory and programme): the indicator shown. */
export const INDICATOR_PARAM = 'wskaznik';

/**
 * Query parameter of the chart / map / table tabs (indicator page, builder): the view shown,
 * e.g. /wskaznik/sps-krs/?widok=tabela, /zestawienia/?…&widok=wykres. Left out for a page's default view.
 */
export const TAB_PARAM = 'widok';
/** The indicator map's level in the query (?poziom=powiat, ?poziom=nuts3). */
export const MAP_LEVEL_PARAM = 'poziom';
/** The tab names as the address spells them. */
export const TAB_WORD = { chart: 'wykres', map: 'mapa', table: 'tabela' } as const;
export type TabView = keyof typeof TAB_WORD;

export function territoryEmbedPath(t: { level: Level; code: string; slug: string }, lang: Lang, indicator?: string): string {
  return withQuery(toEmbedPath(territoryPath(t, lang)), { [INDICATOR_PARAM]: indicator });
}

export function indicatorMapEmbedPath(id: string, lang: Lang, query: Record<string, string | number | undefined> = {}): string {
  return withQuery(toEmbedPath(indicatorPath(id, lang)), query);
}

export function programmeEmbedPath(id: string, lang: Lang, indicator?: string): string {
  return withQuery(toEmbedPath(programmePath(id, lang)), { [INDICATOR_PARAM]: indicator });
}

/** The tabulation embed, without its query (the builder's state is appended to it). */
export function tabulationEmbedPath(lang: Lang): string {
  return toEmbedPath(builderPath(lang));
}

/** The embed of a custom area, without its query (the area's state is appended to it). */
export function customAreaEmbedPath(lang: Lang): string {
  return toEmbedPath(customAreaPath(lang));
}

/** Query parameters of an embed that belong to the host, not to the view (dropped from the link back). */
export const HOST_PARAMS = ['id'];

/** The link from an embed back to its full page: the page's path with the embed's view state (its query, minus host parameters). */
export function backHref(fullPath: string, search: string): string {
  const q = new URLSearchParams(search);
  for (const p of HOST_PARAMS) q.delete(p);
  const s = q.toString();
  return s ? `${fullPath.split('?')[0]}?${s}` : fullPath;
}
