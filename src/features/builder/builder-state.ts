// The tabulation builder's state ("Zestawienia") and its URL codec. The whole table —
// release, level, indicators, territorial filter, years, layout, sort, totals, chart —
// lives in the query string, so a permalink restores exactly the same table, and the
// same query drives the tabulation embed (embedUrl; the snippet is src/features/embed/embed.ts's).
//
//   /zestawienia/?v=1&r=2024&l=gmina&i=SPS_KRS,POP&y=2019-2024&w=12&k=rural
//                 &rows=powiat,territory&cols=year,indicator&sort=c3-desc&tot=1&sub=1&ch=bar
//
// decodeState only parses; normaliseState checks the parsed state against the release
// (its catalogue, years and register) and reports what it had to drop.
//
// A pasted list of codes is written compactly when the register is at hand (CodeIndex):
// "*" for every territory of the level, "12*" for every one in voivodeship 12, "1201*"
// for every gmina of powiat 1201, single codes otherwise. All 2,479 gminas are then
// "c=*" instead of 20,000 characters that a server refuses (431). Plain code lists,
// as older links have them, decode as before.
import type { Indicator } from '#core/catalogue.ts';
import type { Lang } from '#core/format.ts';
import { LEVELS, levelOfCode, type GminaKind, type Level } from '#core/territory.ts';
import { tabulationEmbedPath, builderPath, TAB_PARAM, TAB_WORD } from '#core/urls.ts';
import { parseTab, type TabView } from '#features/tabs/tab-state.ts';

/** Codec version: bump when a parameter changes meaning, keep decoding the old one. */
export const STATE_VERSION = 1;

/** Planning areas (src/features/areas/) a powiat or gmina lies in, from RegisterEntry.areas. */
export const AREA_DIMS = ['nuts2', 'nuts3', 'owes', 'lgd'] as const;
/** What can go to rows or columns: the territory, its grouping fields, the year and the indicator. */
export const DIMS = [
  'territory',
  'voivodeship',
  'powiat',
  'kind',
  'popClass',
  'nuts2',
  'nuts3',
  'owes',
  'lgd',
  'year',
  'indicator',
] as const;
export type Dim = (typeof DIMS)[number];
/** Dimensions whose values are territories or groups of them (they are aggregated over in totals). */
export const TERRITORIAL_DIMS: readonly Dim[] = ['territory', 'voivodeship', 'powiat', 'kind', 'popClass', ...AREA_DIMS];
export const isTerritorialDim = (d: Dim): boolean => TERRITORIAL_DIMS.includes(d);

export const GMINA_KINDS: readonly GminaKind[] = ['urban', 'urban-rural', 'rural'];
export const CHART_TYPES = ['bar', 'line', 'map', 'none'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
/** What an embed shows; the builder page always shows both. */
export const VIEWS = ['both', 'table', 'chart'] as const;
export type View = (typeof VIEWS)[number];
/** The builder page's tabs (src/features/tabs/), in order; the first is the default. */
export const BUILDER_TABS = ['table', 'chart'] as const satisfies readonly TabView[];
export type BuilderTab = (typeof BUILDER_TABS)[number];

export interface SortSpec {
  /** "r<i>": the i-th row header column; "c<i>": the i-th value column of the result. */
  key: string;
  dir: 'asc' | 'desc';
}

export interface BuilderState {
  release: string;
  level: Level;
  indicators: string[];
  /** Voivodeships and/or powiats the territories must lie in; empty = the whole country. */
  within: string[];
  /** Gmina kinds kept (gmina level only); empty = all. */
  kinds: GminaKind[];
  /** A pasted list of codes of the data level; empty = no list. */
  codes: string[];
  /** Inclusive year range; null = every year of the release. */
  years: { from: number; to: number } | null;
  rows: Dim[];
  cols: Dim[];
  sort: SortSpec | null;
  totals: boolean;
  subtotals: boolean;
  chart: ChartType;
  /** Indicator and year the chart shows; absent = the first indicator, the last year. */
  chartIndicator?: string;
  chartYear?: number;
  view: View;
  /** The builder page's tab (?widok=wykres); absent = the table. The embed shows `view` instead. */
  tab?: BuilderTab;
}

export function defaultState(release: string): BuilderState {
  return {
    release,
    level: 'voivodeship',
    indicators: ['SPS_KRS'],
    within: [],
    kinds: [],
    codes: [],
    years: null,
    rows: ['territory'],
    cols: ['year'],
    sort: null,
    totals: true,
    subtotals: false,
    chart: 'line',
    view: 'both',
  };
}

/** Dimensions that make sense at a level (a voivodeship is not grouped by voivodeship). */
export function dimsForLevel(level: Level): Dim[] {
  switch (level) {
    case 'country':
      return ['territory', 'year', 'indicator'];
    case 'voivodeship':
      return ['territory', 'popClass', 'year', 'indicator'];
    case 'powiat':
      return ['territory', 'voivodeship', 'popClass', 'nuts2', 'nuts3', 'owes', 'year', 'indicator'];
    case 'gmina':
      return ['territory', 'voivodeship', 'powiat', 'kind', 'popClass', 'nuts2', 'nuts3', 'owes', 'lgd', 'year', 'indicator'];
  }
}

/** Levels whose codes may narrow a level's territories ("within"): the levels above it, bar the country. */
export function withinLevels(level: Level): Level[] {
  return { country: [], voivodeship: [], powiat: ['voivodeship'], gmina: ['voivodeship', 'powiat'] }[level] as Level[];
}

// ---------------------------------------------------------------- code lists

/**
 * Links longer than this get a warning. 2,000 characters is the lowest limit still met
 * in practice: older browsers stop near 2,083, the Sitemaps protocol allows 2,048, and
 * servers and CDNs count the whole request line against 4–8 KB header limits (the
 * Netlify-style 431 "request header fields too large"); e-mail and chat programs
 * often break longer links.
 */
export const URL_SAFE_LENGTH = 2000;

export const linkTooLong = (url: string): boolean => url.length > URL_SAFE_LENGTH;

/** The codes of every level of a release, in register order (what "*" tokens expand to). */
export interface CodeIndex {
  levelCodes: (level: Level) => readonly string[];
}

export function codeIndex(entries: readonly { code: string; level: Level }[]): CodeIndex {
  const byLevel = new Map<Level, string[]>();
  for (const e of entries) {
    let list = byLevel.get(e.level);
    if (!list) byLevel.set(e.level, (list = []));
    list.push(e.code);
  }
  return { levelCodes: (level) => byLevel.get(level) ?? [] };
}

/** "*", "12*" or "1201*": every code of the level, or every one starting with the prefix. */
const CODE_TOKEN = /^(\d{2}|\d{4})?\*$/;
export const isCodeToken = (x: string): boolean => CODE_TOKEN.test(x);

/** Prefixes that can stand for a group of a level's codes: the voivodeship, and for gminas the powiat. */
function groupPrefixes(code: string): string[] {
  return code.length === 7 ? [code.slice(0, 2), code.slice(0, 4)] : code.length === 4 ? [code.slice(0, 2)] : [];
}

/**
 * A code list as tokens: "*" when it holds every code of the level, "12*" for a whole
 * voivodeship, "1201*" for a whole powiat's gminas, the codes themselves otherwise.
 * expandCodes(compactCodes(x, all), all) holds the same codes as x (in register order).
 */
export function compactCodes(codes: readonly string[], all: readonly string[]): string[] {
  const chosen = new Set(codes);
  const inLevel = new Set(all);
  const known = all.filter((c) => chosen.has(c));
  const unknown = codes.filter((c) => !inLevel.has(c));
  if (known.length === all.length && all.length > 0) return ['*', ...unknown];
  // How many codes each prefix has in the level, and how many of them are chosen.
  const total = new Map<string, number>();
  const picked = new Map<string, number>();
  for (const c of all)
    for (const p of groupPrefixes(c)) {
      total.set(p, (total.get(p) ?? 0) + 1);
      if (chosen.has(c)) picked.set(p, (picked.get(p) ?? 0) + 1);
    }
  const whole = (p: string) => (picked.get(p) ?? 0) === total.get(p);
  const out: string[] = [];
  const written = new Set<string>();
  for (const c of known) {
    const token = groupPrefixes(c).find(whole);
    const item = token === undefined ? c : `${token}*`;
    if (!written.has(item)) {
      written.add(item);
      out.push(item);
    }
  }
  return [...out, ...unknown];
}

/** Tokens back to codes ("*", "12*", "1201*" against the level's codes); plain codes pass through. */
export function expandCodes(tokens: readonly string[], all: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of tokens) {
    if (!isCodeToken(x)) {
      out.add(x);
      continue;
    }
    const prefix = x.slice(0, -1);
    for (const c of all) if (c.startsWith(prefix)) out.add(c);
  }
  return [...out];
}

// ---------------------------------------------------------------- codec

const list = (s: string | null): string[] =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/**
 * The query string (without "?") for a state. Only what differs from the defaults of
 * the layout is written, in a fixed order, so equal states give equal URLs. Commas and
 * colons stay readable: both are allowed in a query. With the release's CodeIndex, a
 * code list is written compactly (compactCodes).
 */
export function encodeState(s: BuilderState, index?: CodeIndex): string {
  const p: [string, string][] = [
    ['v', String(STATE_VERSION)],
    ['r', s.release],
    ['l', s.level],
    ['i', s.indicators.join(',')],
  ];
  if (s.years) p.push(['y', s.years.from === s.years.to ? String(s.years.from) : `${s.years.from}-${s.years.to}`]);
  if (s.within.length) p.push(['w', s.within.join(',')]);
  if (s.kinds.length) p.push(['k', s.kinds.join(',')]);
  if (s.codes.length) p.push(['c', (index ? compactCodes(s.codes, index.levelCodes(s.level)) : s.codes).join(',')]);
  p.push(['rows', s.rows.join(',')], ['cols', s.cols.join(',')]);
  if (s.sort) p.push(['sort', `${s.sort.key}-${s.sort.dir}`]);
  p.push(['tot', s.totals ? '1' : '0'], ['sub', s.subtotals ? '1' : '0'], ['ch', s.chart]);
  if (s.chartIndicator) p.push(['chi', s.chartIndicator]);
  if (s.chartYear !== undefined) p.push(['chy', String(s.chartYear)]);
  if (s.view !== 'both') p.push(['view', s.view]);
  if (s.tab && s.tab !== BUILDER_TABS[0]) p.push([TAB_PARAM, TAB_WORD[s.tab]]);
  return p.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`).join('&');
}

export interface DecodeResult {
  state: BuilderState;
  /** Parameters that could not be read, in plain words (English; the UI shows a generic note). */
  problems: string[];
  /** Whether the query held any builder state at all. */
  present: boolean;
}

/** Parses a query string ("?r=…" or "r=…"); anything unreadable falls back to the default and is reported. */
export function decodeState(query: string, fallbackRelease: string): DecodeResult {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const problems: string[] = [];
  const present = ['r', 'l', 'i', 'rows', 'cols'].some((k) => q.has(k));
  const s = defaultState(q.get('r')?.trim() || fallbackRelease);
  const version = Number(q.get('v') ?? STATE_VERSION);
  if (version > STATE_VERSION) problems.push(`link version ${version} is newer than this page (${STATE_VERSION})`);

  const level = q.get('l');
  if (level !== null) {
    if ((LEVELS as readonly string[]).includes(level)) s.level = level as Level;
    else problems.push(`unknown level "${level}"`);
  }
  if (q.has('i')) s.indicators = uniq(list(q.get('i')).map((x) => x.toUpperCase()));

  const y = q.get('y');
  if (y) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(y);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2] ?? m[1]);
      s.years = { from: Math.min(a, b), to: Math.max(a, b) };
    } else problems.push(`unreadable years "${y}"`);
  }
  s.within = uniq(list(q.get('w')));
  const kinds = list(q.get('k'));
  s.kinds = uniq(kinds.filter((k): k is GminaKind => (GMINA_KINDS as readonly string[]).includes(k)));
  if (kinds.length !== s.kinds.length) problems.push(`unknown gmina kind in "${q.get('k')}"`);
  s.codes = uniq(list(q.get('c')));

  const dims = (key: string): Dim[] | undefined => {
    if (!q.has(key)) return undefined;
    const raw = list(q.get(key));
    const ok = raw.filter((d): d is Dim => (DIMS as readonly string[]).includes(d));
    if (ok.length !== raw.length) problems.push(`unknown field in ${key}="${q.get(key)}"`);
    return ok;
  };
  const rows = dims('rows');
  const cols = dims('cols');
  if (rows) s.rows = rows;
  if (cols) s.cols = cols;

  const sort = q.get('sort');
  if (sort) {
    const m = /^([rc]\d{1,4})-(asc|desc)$/.exec(sort);
    if (m) s.sort = { key: m[1], dir: m[2] as 'asc' | 'desc' };
    else problems.push(`unreadable sort "${sort}"`);
  }
  if (q.has('tot')) s.totals = q.get('tot') !== '0';
  if (q.has('sub')) s.subtotals = q.get('sub') === '1';
  const ch = q.get('ch');
  if (ch) {
    if ((CHART_TYPES as readonly string[]).includes(ch)) s.chart = ch as ChartType;
    else problems.push(`unknown chart "${ch}"`);
  }
  const chi = q.get('chi');
  if (chi) s.chartIndicator = chi.toUpperCase();
  const chy = q.get('chy');
  if (chy && /^\d{4}$/.test(chy)) s.chartYear = Number(chy);
  const view = q.get('view');
  if (view && (VIEWS as readonly string[]).includes(view)) s.view = view as View;
  const tab = parseTab(q.toString(), BUILDER_TABS, BUILDER_TABS[0]) as BuilderTab;
  if (tab !== BUILDER_TABS[0]) s.tab = tab;
  return { state: s, problems, present };
}

// ---------------------------------------------------------------- normalisation

export interface NormaliseContext {
  /** Years of the state's release. */
  years: number[];
  catalogue: ReadonlyMap<string, Indicator>;
  /** Whether a code exists in the release's register. */
  hasCode: (code: string) => boolean;
  /** The release's codes per level, to expand "*", "12*" and "1201*" in a code list; without it such tokens are reported. */
  index?: CodeIndex;
}

export interface Problem {
  /** Machine-readable kind, for the interface to word it. */
  kind: 'indicator-unknown' | 'indicator-level' | 'year' | 'within' | 'code' | 'dim' | 'kinds';
  /** The offending values. */
  items: string[];
}

/**
 * Makes a state consistent with its release: indicators that exist at the level, years
 * inside the release, filter codes that exist and fit the level, dimensions the level
 * has, the year and the indicator placed somewhere, at least one row dimension.
 */
export function normaliseState(input: BuilderState, ctx: NormaliseContext): { state: BuilderState; problems: Problem[] } {
  const s: BuilderState = structuredClone(input);
  const problems: Problem[] = [];
  const report = (kind: Problem['kind'], items: string[]) => items.length && problems.push({ kind, items });

  const unknown = s.indicators.filter((id) => !ctx.catalogue.has(id));
  const wrongLevel = s.indicators.filter((id) => ctx.catalogue.has(id) && !ctx.catalogue.get(id)!.levels.includes(s.level));
  report('indicator-unknown', unknown);
  report('indicator-level', wrongLevel);
  s.indicators = s.indicators.filter((id) => ctx.catalogue.get(id)?.levels.includes(s.level));

  if (s.years && ctx.years.length) {
    const first = ctx.years[0];
    const last = ctx.years[ctx.years.length - 1];
    const from = Math.max(s.years.from, first);
    const to = Math.min(s.years.to, last);
    if (from > to) {
      report('year', [s.years.from === s.years.to ? String(s.years.from) : `${s.years.from}–${s.years.to}`]);
      s.years = { from: last, to: last };
    } else {
      if (from !== s.years.from || to !== s.years.to) report('year', [`${s.years.from}–${s.years.to}`]);
      s.years = { from, to };
    }
  }

  const allowedWithin = withinLevels(s.level);
  const badWithin = s.within.filter((c) => !ctx.hasCode(c) || !allowedWithin.includes(levelOfCode(c)!));
  report('within', badWithin);
  s.within = s.within.filter((c) => !badWithin.includes(c));
  if (s.level !== 'gmina' && s.kinds.length) {
    report('kinds', s.kinds);
    s.kinds = [];
  }
  if (s.kinds.length === GMINA_KINDS.length) s.kinds = [];
  if (ctx.index) s.codes = expandCodes(s.codes, ctx.index.levelCodes(s.level));
  const badCodes = s.codes.filter((c) => !ctx.hasCode(c) || levelOfCode(c) !== s.level);
  report('code', badCodes);
  s.codes = s.codes.filter((c) => !badCodes.includes(c));

  const allowed = dimsForLevel(s.level);
  const seen = new Set<Dim>();
  const keep = (ds: Dim[]) =>
    ds.filter((d) => {
      if (!allowed.includes(d) || seen.has(d)) return false;
      seen.add(d);
      return true;
    });
  const dropped = [...s.rows, ...s.cols].filter((d) => !allowed.includes(d));
  report('dim', uniq(dropped));
  s.rows = keep(s.rows);
  s.cols = keep(s.cols);
  // The year and the indicator are never aggregated over: they always have a place. The
  // indicator goes outermost in the columns, so its name and unit head its years once
  // instead of repeating over every year column.
  if (!seen.has('year')) s.cols.push('year');
  if (!seen.has('indicator')) s.cols.unshift('indicator');
  if (s.rows.length === 0) s.rows.push(s.cols.splice(Math.max(0, s.cols.indexOf('year')), 1)[0]);
  if (s.sort && !/^[rc]\d+$/.test(s.sort.key)) s.sort = null;
  if (s.sort?.key.startsWith('r') && Number(s.sort.key.slice(1)) >= s.rows.length) s.sort = null;
  if (s.chartIndicator && !s.indicators.includes(s.chartIndicator)) delete s.chartIndicator;
  if (s.chartYear !== undefined && !selectedYears(s, ctx.years).includes(s.chartYear)) delete s.chartYear;
  return { state: s, problems };
}

/** The years a state covers, from the release's years. */
export function selectedYears(s: Pick<BuilderState, 'years'>, releaseYears: readonly number[]): number[] {
  return s.years ? releaseYears.filter((y) => y >= s.years!.from && y <= s.years!.to) : [...releaseYears];
}

/** Indicators to load: the chosen ones plus what their aggregation needs (numerators, denominators, weights). */
export function indicatorsToLoad(ids: readonly string[], catalogue: ReadonlyMap<string, Indicator>, level: Level): string[] {
  const out = new Set<string>();
  const visit = (id: string) => {
    const ind = catalogue.get(id);
    if (!ind || out.has(id) || !ind.levels.includes(level)) return;
    out.add(id);
    const a = ind.aggregation;
    if (a.rule === 'ratio') [a.numerator, a.denominator].forEach(visit);
    if (a.rule === 'weighted-mean') visit(a.weight);
  };
  ids.forEach(visit);
  return [...out];
}

// ---------------------------------------------------------------- addresses

export function permalink(s: BuilderState, lang: Lang, site: string, index?: CodeIndex): string {
  return new URL(`${builderPath(lang)}?${encodeState(s, index)}`, site).href;
}

/**
 * The builder's table of one territory's time series: its indicators in rows, every year of
 * the release in columns, a line chart beside. A site-relative address (in an older
 * release's copy, that copy's builder).
 */
export function seriesTablePath(
  lang: Lang,
  release: string,
  territory: { level: Level; code: string },
  indicators: readonly string[],
): string {
  const state: BuilderState = {
    ...defaultState(release),
    level: territory.level,
    indicators: [...indicators],
    codes: [territory.code],
    rows: ['territory', 'indicator'],
    cols: ['year'],
    totals: false,
  };
  return `${builderPath(lang)}?${encodeState(state)}`;
}

export function embedUrl(s: BuilderState, lang: Lang, site: string, index?: CodeIndex): string {
  return new URL(`${tabulationEmbedPath(lang)}?${encodeState(s, index)}`, site).href;
}
