// A short summary of a territory in correct Polish and in English, generated from the
// key figures the page shows. No sentence says anything that is not computed from a
// number in the page's tables: identity and size, the headline counts, their change,
// which ratios are notably above or below the parent and the country, and positions.
// The sentences are templates in the narrative dictionary; this module picks them and
// fills in the numbers, names and noun forms. Each sentence says whether any number it
// rests on is demonstration data, so the page can mark it: a demo figure must not read as
// an official one just because it sits in prose instead of a table.
import type { Lang } from '#core/format.ts';
import { countPhrase, formatNumber, ordinal, pluralForm, withPercentSign, type Noun } from '#core/format.ts';
import { translator } from '#i18n/index.ts';
import type { KeyFigure, Obs } from './key-figures.ts';
import { isIntensive } from './key-figures.ts';
import { displayName, inTerritory, kindLabel, shortName, type NamedTerritory } from '#core/names.ts';
import { INDICATOR_NOUNS, LEVEL_NOUNS_ACCUSATIVE as ACCUSATIVE, LEVEL_NOUNS_GENITIVE } from '#core/nouns.ts';
import { maxOf } from '#core/arrays.ts';
import { FLAG } from '#core/cells.ts';

/** One sentence of the summary; `demo` when a number it states or rests on is demonstration data. */
export interface NarrativeSentence {
  text: string;
  demo: boolean;
}

const isDemo = (o: Obs | undefined): boolean => !!o && (o.flags & FLAG.demo) !== 0;
const sentence = (text: string, demo: boolean): NarrativeSentence => ({ text, demo });

/** Relative difference from which a ratio counts as "notably" above or below. */
export const NOTABLE = 0.25;
/** The counts the summary names, in this order. */
export const HEADLINE_COUNTS = ['SPS_KRS', 'PS_ACT', 'REINT'] as const;
/** Indicator shown next to each child in the children sentence. */
export const CHILD_KEY = 'SPS_KRS';

export interface ChildFigure {
  territory: NamedTerritory;
  key: Record<string, Obs | undefined>;
}

export interface NarrativeInput {
  self: NamedTerritory;
  /** Country first, nearest parent last (as in the territory file). */
  parents: NamedTerritory[];
  figures: KeyFigure[];
  children?: ChildFigure[];
  lang: Lang;
}

/** "Spółdzielnie socjalne na 10 tys." -> "spółdzielnie socjalne na 10 tys."; keeps acronyms ("OWES", "PES"). */
export function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1].toLocaleLowerCase('pl') && s[1] !== s[1].toLocaleUpperCase('pl')
    ? s[0].toLocaleLowerCase('pl') + s.slice(1)
    : s;
}

/** Items joined with commas and `last` before the last one. */
const joinWith = (items: string[], last: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;

/** "a, b i c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  return joinWith(items, translator(lang)('narrative.and'));
}

const fmt = (f: KeyFigure, v: number, lang: Lang) => formatNumber(v, lang, f.indicator.decimals);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);
/** The form a noun takes for many of it: "liczba spółdzielni socjalnych", "the number of social cooperatives". */
const plural = (noun: Noun, lang: Lang) => pluralForm(5, lang, noun);

function identity(input: NarrativeInput): NarrativeSentence[] {
  const { self, parents, lang } = input;
  const t = translator(lang);
  const voiv = parents.find((p) => p.level === 'voivodeship');
  const powiat = parents.find((p) => p.level === 'powiat');
  const out: NarrativeSentence[] = [];
  const childCount = input.children?.length ?? 0;
  const gminaFigure = input.figures.find((f) => f.indicator.id === 'GMINA_COUNT');
  const gminaCount = gminaFigure?.latest.value ?? null;
  if (self.level === 'gmina') {
    const places = [powiat && !powiat.cityWithPowiatRights ? powiat : undefined, voiv]
      .filter((p): p is NamedTerritory => !!p)
      .map((p) => t('narrative.gminaPlace', { inside: inTerritory(p, lang), short: shortName(p, lang) }))
      .join(', ');
    const kind = kindLabel(self, lang);
    const article = t(/^[aeiou]/i.test(kind) ? 'narrative.articleVowel' : 'narrative.article');
    out.push(sentence(t(places ? 'narrative.gminaIn' : 'narrative.gmina', { name: self.name, kind, article, places }), false));
  } else if (self.level === 'powiat') {
    const where = voiv ? t('narrative.where', { inside: inTerritory(voiv, lang) }) : '';
    const comprises = childCount > 1 ? t('narrative.comprises', { count: countPhrase(childCount, lang, ACCUSATIVE.gmina) }) : '';
    out.push(
      sentence(t(self.cityWithPowiatRights ? 'narrative.cityPowiat' : 'narrative.powiat', { name: self.name, where, comprises }), false),
    );
  } else {
    const childNoun = self.level === 'voivodeship' ? ACCUSATIVE.powiat : ACCUSATIVE.voivodeship;
    const parts = [
      childCount ? countPhrase(childCount, lang, childNoun) : '',
      gminaCount !== null ? countPhrase(gminaCount, lang, ACCUSATIVE.gmina) : '',
    ].filter(Boolean);
    if (parts.length)
      out.push(
        sentence(
          t('narrative.comprisesAll', { name: capital(shortName(self, lang)), parts: joinList(parts, lang) }),
          gminaCount !== null && isDemo(gminaFigure?.latest),
        ),
      );
  }
  const pop = input.figures.find((f) => f.indicator.id === 'POP');
  if (pop && pop.latest.value !== null) {
    // The Polish verb agrees with the subject: "gmina liczyła", "powiat liczył", "miasto liczyło".
    const key =
      self.level === 'powiat' && self.cityWithPowiatRights
        ? 'narrative.populationCityPowiat'
        : (
            {
              country: 'narrative.populationCountry',
              voivodeship: 'narrative.populationVoivodeship',
              powiat: 'narrative.populationPowiat',
              gmina: 'narrative.populationGmina',
            } as const
          )[self.level];
    out.push(
      sentence(t(key, { year: pop.latest.year, count: countPhrase(pop.latest.value, lang, INDICATOR_NOUNS.POP) }), isDemo(pop.latest)),
    );
  }
  return out;
}

function headlineCounts(input: NarrativeInput): NarrativeSentence[] {
  const { lang } = input;
  const t = translator(lang);
  const figs = HEADLINE_COUNTS.map((id) => input.figures.find((f) => f.indicator.id === id)).filter(
    (f): f is KeyFigure => !!f && f.latest.value !== null,
  );
  if (!figs.length) return [];
  const years = new Set(figs.map((f) => f.latest.year));
  const oneYear = years.size === 1 ? figs[0].latest.year : null;
  const items = figs.map((f) => {
    const phrase = countPhrase(f.latest.value!, lang, INDICATOR_NOUNS[f.indicator.id], f.indicator.decimals);
    const count = `${phrase}${f.indicator.id === 'REINT' ? ' (CIS, KIS, ZAZ, WTZ)' : ''}`;
    return oneYear === null ? t('narrative.countInYear', { count, year: f.latest.year }) : count;
  });
  const out: NarrativeSentence[] = [];
  out.push(
    sentence(
      oneYear !== null
        ? t('narrative.latestInYear', { year: oneYear, items: joinList(items, lang) })
        : t('narrative.latest', { items: joinList(items, lang) }),
      figs.some((f) => isDemo(f.latest)),
    ),
  );

  const changed = figs.filter((f) => f.change !== undefined && f.previous);
  if (changed.length) {
    const prevYears = new Set(changed.map((f) => f.previous!.year));
    const samePrev = prevYears.size === 1 ? changed[0].previous!.year : null;
    const since = (f: KeyFigure) => (samePrev === null ? t('narrative.since', { year: f.previous!.year }) : '');
    const noun = (f: KeyFigure) => plural(INDICATOR_NOUNS[f.indicator.id], lang);
    const moved = changed.filter((f) => f.change !== 0);
    // Unchanged counts share one clause: "liczba X i Y nie zmieniła się".
    const still = samePrev === null ? [] : changed.filter((f) => f.change === 0);
    const alone = samePrev === null ? changed.filter((f) => f.change === 0) : [];
    const parts: string[] = [];
    for (const f of [...moved, ...alone]) {
      const c = f.change!;
      const key = c === 0 ? 'narrative.unchanged' : c > 0 ? 'narrative.rose' : 'narrative.fell';
      parts.push(t(key, { noun: noun(f), by: fmt(f, Math.abs(c), lang), since: since(f) }));
    }
    if (still.length) parts.push(t('narrative.unchanged', { noun: joinList(still.map(noun), lang), since: '' }));
    const body = joinWith(parts, t('narrative.andContrast'));
    out.push(
      sentence(
        samePrev !== null
          ? t('narrative.changesSince', { year: samePrev, changes: body })
          : t('narrative.changes', { changes: capital(body) }),
        changed.some((f) => isDemo(f.latest) || isDemo(f.previous)),
      ),
    );
  }
  return out;
}

interface Deviation {
  f: KeyFigure;
  rel: number;
  other: number;
}

function deviations(figures: KeyFigure[], which: 'parent' | 'country'): Deviation[] {
  const out: Deviation[] = [];
  for (const f of figures) {
    if (!isIntensive(f.indicator) || f.indicator.theme === 'context') continue;
    const rel = which === 'parent' ? f.vsParent : f.vsCountry;
    const other = f[which]?.value;
    if (rel === undefined || other === null || other === undefined || f.latest.value === null) continue;
    if (Math.abs(rel) >= NOTABLE) out.push({ f, rel, other });
  }
  return out.sort((a, b) => Math.abs(b.rel) - Math.abs(a.rel));
}

function comparison(input: NarrativeInput, which: 'parent' | 'country', ref: NamedTerritory): NarrativeSentence[] {
  const { lang } = input;
  const t = translator(lang);
  const devs = deviations(input.figures, which);
  const compared = input.figures.filter(
    (f) => isIntensive(f.indicator) && f.indicator.theme !== 'context' && (which === 'parent' ? f.vsParent : f.vsCountry) !== undefined,
  );
  if (!compared.length) return [];
  const demoIn = (figs: KeyFigure[]) => figs.some((f) => isDemo(f.latest) || isDemo(f[which]));
  const where = inTerritory(ref, lang);
  const item = (d: Deviation) =>
    t('narrative.comparedValue', {
      name: lowerFirst(d.f.indicator.name[lang]),
      value: fmt(d.f, d.f.latest.value!, lang),
      other: fmt(d.f, d.other, lang),
    });
  const percent = withPercentSign(String(NOTABLE * 100), lang);
  const above = devs.filter((d) => d.rel > 0).slice(0, 3);
  const below = devs.filter((d) => d.rel < 0).slice(0, 3);
  const out: NarrativeSentence[] = [];
  const figs = (ds: Deviation[]) => ds.map((d) => d.f);
  if (above.length)
    out.push(sentence(t('narrative.higher', { percent, where, items: joinList(above.map(item), lang) }), demoIn(figs(above))));
  if (below.length)
    out.push(sentence(t('narrative.lower', { percent, where, items: joinList(below.map(item), lang) }), demoIn(figs(below))));
  // "None differs" is a claim about every compared figure.
  if (!above.length && !below.length) out.push(sentence(t('narrative.noneDiffers', { percent, where }), demoIn(compared)));
  return out;
}

function positions(input: NarrativeInput): NarrativeSentence[] {
  const { self, lang } = input;
  const t = translator(lang);
  const useParent = self.level === 'gmina' || self.level === 'powiat';
  const parent = input.parents.at(-1);
  const candidates = input.figures
    .filter((f) => isIntensive(f.indicator) && f.indicator.theme !== 'context' && f.latest.value !== null && f.latest.value > 0)
    .map((f) => ({ f, r: useParent ? f.rank?.parent : f.rank?.level }))
    .filter((x): x is { f: KeyFigure; r: { rank: number; of: number } } => !!x.r && x.r.of >= 3);
  if (!candidates.length || self.level === 'country') return [];
  const best = [...candidates].sort((a, b) => a.r.rank / a.r.of - b.r.rank / b.r.of)[0];
  const worst = [...candidates].sort((a, b) => b.r.rank / b.r.of - a.r.rank / a.r.of)[0];
  const picks = best === worst || best.r.rank === worst.r.rank ? [best] : [best, worst];
  // Of three or more: the genitive plural ("spośród 19 gmin").
  const noun = plural(LEVEL_NOUNS_GENITIVE[self.level], lang);
  const scope = t(
    useParent && parent ? (parent.level === 'powiat' ? 'narrative.scopePowiat' : 'narrative.scopeVoivodeship') : 'narrative.scopeCountry',
    { noun },
  );
  return picks.map(({ f, r }) => {
    const position =
      r.rank === 1
        ? t('narrative.highest')
        : r.rank === r.of
          ? t('narrative.lowest')
          : t('narrative.nth', { ordinal: ordinal(r.rank, lang) });
    // A position rests on the other territories' values too; the figure's demo mark covers its row.
    return sentence(
      t('narrative.position', { name: f.indicator.name[lang], value: fmt(f, f.latest.value!, lang), position, of: r.of, scope }),
      f.demo || isDemo(f.latest),
    );
  });
}

function childrenSentence(input: NarrativeInput): NarrativeSentence[] {
  const { lang } = input;
  const kids = (input.children ?? []).filter((c) => c.key[CHILD_KEY]?.value !== null && c.key[CHILD_KEY]?.value !== undefined);
  if (kids.length < 2) return [];
  const max = maxOf(kids.map((c) => c.key[CHILD_KEY]!.value!));
  if (max <= 0) return [];
  const top = kids.filter((c) => c.key[CHILD_KEY]!.value === max);
  if (top.length > 3) return [];
  const year = top[0].key[CHILD_KEY]!.year;
  const names = joinList(
    top.map((c) => displayName(c.territory, lang)),
    lang,
  );
  const noun = plural(INDICATOR_NOUNS[CHILD_KEY], lang);
  const n = formatNumber(max, lang, 0);
  // "The most" compares every child, so any demo child value makes the claim a demo one.
  return [
    sentence(
      translator(lang)(top.length > 1 ? 'narrative.mostEach' : 'narrative.mostOne', { noun, year, names, n }),
      kids.some((c) => isDemo(c.key[CHILD_KEY])),
    ),
  ];
}

export function narrative(input: NarrativeInput): NarrativeSentence[] {
  const nearest = input.parents.at(-1);
  const country = input.parents.find((p) => p.level === 'country');
  return [
    ...identity(input),
    ...headlineCounts(input),
    // A city's gmina and its city powiat are the same place: comparing them says nothing.
    ...(nearest && nearest.level !== 'country' && !nearest.cityWithPowiatRights ? comparison(input, 'parent', nearest) : []),
    ...(country ? comparison(input, 'country', country) : []),
    ...positions(input),
    ...childrenSentence(input),
  ];
}
