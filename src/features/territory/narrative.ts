// A short summary of a territory in correct Polish and in English, generated from the
// key figures the page shows. No sentence says anything that is not computed from a
// number in the page's tables: identity and size, the headline counts, their change,
// which ratios are notably above or below the parent and the country, and positions.
import type { Lang } from '#core/format.ts';
import { countPhrase, formatNumber, ordinal } from '#core/format.ts';
import type { KeyFigure, Obs } from './key-figures.ts';
import { isIntensive } from './key-figures.ts';
import { displayName, inTerritory, kindLabel, shortName, type NamedTerritory } from '#core/names.ts';
import { INDICATOR_NOUNS, LEVEL_NOUNS_ACCUSATIVE as ACCUSATIVE, LEVEL_NOUNS_GENITIVE } from '#core/nouns.ts';

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

const NBSP = '\u00a0';

/** Subject noun and past-tense ending agreeing with it: "gmina liczyła", "powiat liczył", "województwo liczyło". */
function subject(t: NamedTerritory): { noun: string; pastSuffix: 'a' | '' | 'o' } {
  if (t.level === 'country') return { noun: 'Polska', pastSuffix: 'a' };
  if (t.level === 'voivodeship') return { noun: 'województwo', pastSuffix: 'o' };
  if (t.level === 'powiat') return t.cityWithPowiatRights ? { noun: 'miasto', pastSuffix: 'o' } : { noun: 'powiat', pastSuffix: '' };
  return { noun: 'gmina', pastSuffix: 'a' };
}

/** "Spółdzielnie socjalne na 10 tys." -> "spółdzielnie socjalne na 10 tys."; keeps acronyms ("OWES", "PES"). */
export function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1].toLocaleLowerCase('pl') && s[1] !== s[1].toLocaleUpperCase('pl')
    ? s[0].toLocaleLowerCase('pl') + s.slice(1)
    : s;
}

/** "a, b i c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'pl' ? ' i ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

const fmt = (f: KeyFigure, v: number, lang: Lang) => formatNumber(v, lang, f.indicator.decimals);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('pl') + s.slice(1);

function identity(input: NarrativeInput): string[] {
  const { self, parents, lang } = input;
  const voiv = parents.find((p) => p.level === 'voivodeship');
  const powiat = parents.find((p) => p.level === 'powiat');
  const out: string[] = [];
  const childCount = input.children?.length ?? 0;
  const gminaCount = input.figures.find((f) => f.indicator.id === 'GMINA_COUNT')?.latest.value ?? null;
  if (lang === 'pl') {
    if (self.level === 'gmina') {
      const where = [powiat && !powiat.cityWithPowiatRights ? inTerritory(powiat, 'pl') : '', voiv ? inTerritory(voiv, 'pl') : '']
        .filter(Boolean)
        .join(', ');
      out.push(`${self.name} to ${kindLabel(self, 'pl')}${where ? ` ${where}` : ''}.`);
    } else if (self.level === 'powiat') {
      const lead = self.cityWithPowiatRights ? `${self.name} to miasto na prawach powiatu` : `Powiat ${self.name} leży`;
      const has = childCount > 1 ? ` i obejmuje ${countPhrase(childCount, 'pl', ACCUSATIVE.gmina)}` : '';
      out.push(`${lead}${voiv ? ` ${inTerritory(voiv, 'pl')}` : ''}${has}.`);
    } else if (self.level === 'voivodeship') {
      const parts = [childCount ? countPhrase(childCount, 'pl', ACCUSATIVE.powiat) : '', gminaCount !== null ? countPhrase(gminaCount, 'pl', ACCUSATIVE.gmina) : '']
        .filter(Boolean);
      if (parts.length) out.push(`Województwo ${self.name} obejmuje ${joinList(parts, 'pl')}.`);
    } else {
      const parts = [childCount ? countPhrase(childCount, 'pl', ACCUSATIVE.voivodeship) : '', gminaCount !== null ? countPhrase(gminaCount, 'pl', ACCUSATIVE.gmina) : '']
        .filter(Boolean);
      if (parts.length) out.push(`Polska obejmuje ${joinList(parts, 'pl')}.`);
    }
  } else {
    if (self.level === 'gmina') {
      const where = [powiat && !powiat.cityWithPowiatRights ? shortName(powiat, 'en') : '', voiv ? shortName(voiv, 'en') : ''].filter(Boolean).join(', ');
      out.push(`${self.name} is ${/^[aeiou]/i.test(kindLabel(self, 'en')) ? 'an' : 'a'} ${kindLabel(self, 'en')}${where ? ` in ${where}` : ''}.`);
    } else if (self.level === 'powiat') {
      const lead = self.cityWithPowiatRights ? `${self.name} is a city with powiat rights` : `Powiat ${self.name} lies`;
      const has = childCount > 1 ? ` and comprises ${countPhrase(childCount, 'en', ACCUSATIVE.gmina)}` : '';
      out.push(`${lead}${voiv ? ` in ${shortName(voiv, 'en')}` : ''}${has}.`);
    } else {
      const childNoun = self.level === 'voivodeship' ? ACCUSATIVE.powiat : ACCUSATIVE.voivodeship;
      const parts = [childCount ? countPhrase(childCount, 'en', childNoun) : '', gminaCount !== null ? countPhrase(gminaCount, 'en', ACCUSATIVE.gmina) : ''].filter(Boolean);
      if (parts.length) out.push(`${shortName(self, 'en')} comprises ${joinList(parts, 'en')}.`);
    }
  }
  const pop = input.figures.find((f) => f.indicator.id === 'POP');
  if (pop && pop.latest.value !== null) {
    if (lang === 'pl') {
      const s = subject(self);
      const subj = self.level === 'country' ? 'Polska' : s.noun;
      out.push(`W ${pop.latest.year} r. ${subj} liczył${s.pastSuffix} ${countPhrase(pop.latest.value, 'pl', INDICATOR_NOUNS.POP)}.`);
    } else {
      out.push(`In ${pop.latest.year} it had ${countPhrase(pop.latest.value, 'en', INDICATOR_NOUNS.POP)}.`);
    }
  }
  return out;
}

function headlineCounts(input: NarrativeInput): string[] {
  const { lang } = input;
  const figs = HEADLINE_COUNTS.map((id) => input.figures.find((f) => f.indicator.id === id)).filter(
    (f): f is KeyFigure => !!f && f.latest.value !== null,
  );
  if (!figs.length) return [];
  const years = new Set(figs.map((f) => f.latest.year));
  const oneYear = years.size === 1 ? figs[0].latest.year : null;
  const items = figs.map((f) => {
    const phrase = countPhrase(f.latest.value!, lang, INDICATOR_NOUNS[f.indicator.id], f.indicator.decimals);
    const extra = f.indicator.id === 'REINT' ? ' (CIS, KIS, ZAZ, WTZ)' : '';
    return `${phrase}${extra}${oneYear === null ? ` (${f.latest.year})` : ''}`;
  });
  const out: string[] = [];
  if (lang === 'pl') out.push(`${oneYear !== null ? `Stan w ${oneYear} r.` : 'Stan w ostatnim roku z danymi'}: ${joinList(items, 'pl')}.`);
  else out.push(`${oneYear !== null ? `Latest figures (${oneYear})` : 'Latest figures'}: ${joinList(items, 'en')}.`);

  const changed = figs.filter((f) => f.change !== undefined && f.previous);
  if (changed.length) {
    const prevYears = new Set(changed.map((f) => f.previous!.year));
    const samePrev = prevYears.size === 1 ? changed[0].previous!.year : null;
    const since = (f: KeyFigure) =>
      samePrev === null ? (lang === 'pl' ? ` (od ${f.previous!.year} r.)` : ` (since ${f.previous!.year})`) : '';
    const noun = (f: KeyFigure) => (lang === 'pl' ? INDICATOR_NOUNS[f.indicator.id].pl.many : INDICATOR_NOUNS[f.indicator.id].en.other);
    const moved = changed.filter((f) => f.change !== 0);
    // Unchanged counts share one clause: "liczba X i Y nie zmieniła się".
    const still = samePrev === null ? [] : changed.filter((f) => f.change === 0);
    const alone = samePrev === null ? changed.filter((f) => f.change === 0) : [];
    const parts: string[] = [];
    for (const f of [...moved, ...alone]) {
      const c = f.change!;
      if (lang === 'pl') {
        parts.push(c === 0 ? `liczba ${noun(f)} nie zmieniła się${since(f)}` : `liczba ${noun(f)} ${c > 0 ? 'wzrosła' : 'spadła'} o ${fmt(f, Math.abs(c), 'pl')}${since(f)}`);
      } else {
        parts.push(c === 0 ? `the number of ${noun(f)} did not change${since(f)}` : `the number of ${noun(f)} ${c > 0 ? 'rose' : 'fell'} by ${fmt(f, Math.abs(c), 'en')}${since(f)}`);
      }
    }
    if (still.length) {
      parts.push(
        lang === 'pl'
          ? `liczba ${joinList(still.map(noun), 'pl')} nie zmieniła się`
          : `the number of ${joinList(still.map(noun), 'en')} did not change`,
      );
    }
    if (lang === 'pl') {
      const lead = samePrev !== null ? `W porównaniu z ${samePrev} r. ` : '';
      const body = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, a ${parts.at(-1)}` : parts[0];
      out.push(`${lead}${lead ? body : capital(body)}.`);
    } else {
      const lead = samePrev !== null ? `Compared with ${samePrev}, ` : '';
      const body = joinList(parts, 'en');
      out.push(`${lead}${lead ? body : capital(body)}.`);
    }
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

function comparison(input: NarrativeInput, which: 'parent' | 'country', ref: NamedTerritory): string[] {
  const { lang } = input;
  const devs = deviations(input.figures, which);
  const comparable = input.figures.some(
    (f) => isIntensive(f.indicator) && f.indicator.theme !== 'context' && (which === 'parent' ? f.vsParent : f.vsCountry) !== undefined,
  );
  if (!comparable) return [];
  const where = inTerritory(ref, lang);
  const item = (d: Deviation) => {
    const name = lang === 'pl' ? lowerFirst(d.f.indicator.name.pl) : lowerFirst(d.f.indicator.name.en);
    const vs = lang === 'pl' ? 'wobec' : 'vs';
    return `${name} (${fmt(d.f, d.f.latest.value!, lang)} ${vs} ${fmt(d.f, d.other, lang)})`;
  };
  const pct = `${NOTABLE * 100}${lang === 'pl' ? NBSP : ''}%`;
  const above = devs.filter((d) => d.rel > 0).slice(0, 3);
  const below = devs.filter((d) => d.rel < 0).slice(0, 3);
  const out: string[] = [];
  if (lang === 'pl') {
    if (above.length) out.push(`Wyraźnie wyżej (o co najmniej ${pct}) niż ${where}: ${joinList(above.map(item), 'pl')}.`);
    if (below.length) out.push(`Wyraźnie niżej (o co najmniej ${pct}) niż ${where}: ${joinList(below.map(item), 'pl')}.`);
    if (!above.length && !below.length) out.push(`Żaden wskaźnik względny nie odbiega o ${pct} lub więcej od wartości ${where}.`);
  } else {
    if (above.length) out.push(`Notably higher (by ${pct} or more) than ${where}: ${joinList(above.map(item), 'en')}.`);
    if (below.length) out.push(`Notably lower (by ${pct} or more) than ${where}: ${joinList(below.map(item), 'en')}.`);
    if (!above.length && !below.length) out.push(`No ratio indicator differs by ${pct} or more from the value ${where}.`);
  }
  return out;
}

function positions(input: NarrativeInput): string[] {
  const { self, lang } = input;
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
  const words = LEVEL_NOUNS_GENITIVE[self.level];
  const scope =
    lang === 'pl'
      ? useParent && parent
        ? `${words.pl.many} ${parent.level === 'powiat' ? 'w powiecie' : 'w województwie'}`
        : `${words.pl.many} w kraju`
      : useParent && parent
        ? `${words.en.other} ${parent.level === 'powiat' ? 'in the powiat' : 'in the voivodeship'}`
        : `${words.en.other} in Poland`;
  return picks.map(({ f, r }) => {
    const value = fmt(f, f.latest.value!, lang);
    if (lang === 'pl') {
      const pos = r.rank === 1 ? 'najwyższy' : r.rank === r.of ? 'najniższy' : `${ordinal(r.rank, 'pl')} co do wielkości`;
      return `Wskaźnik „${f.indicator.name.pl}” (${value}) jest tu ${pos} spośród ${r.of} ${scope}.`;
    }
    const pos = r.rank === 1 ? 'the highest' : r.rank === r.of ? 'the lowest' : `the ${ordinal(r.rank, 'en')} highest`;
    return `“${f.indicator.name.en}” (${value}) is ${pos} of the ${r.of} ${scope}.`;
  });
}

function childrenSentence(input: NarrativeInput): string[] {
  const { lang } = input;
  const kids = (input.children ?? []).filter((c) => c.key[CHILD_KEY]?.value !== null && c.key[CHILD_KEY]?.value !== undefined);
  if (kids.length < 2) return [];
  const max = Math.max(...kids.map((c) => c.key[CHILD_KEY]!.value!));
  if (max <= 0) return [];
  const top = kids.filter((c) => c.key[CHILD_KEY]!.value === max);
  if (top.length > 3) return [];
  const year = top[0].key[CHILD_KEY]!.year;
  const names = joinList(top.map((c) => displayName(c.territory, lang)), lang);
  const noun = INDICATOR_NOUNS[CHILD_KEY];
  const n = formatNumber(max, lang, 0);
  if (lang === 'pl') return [`Najwięcej ${noun.pl.many} (${year}): ${names} — ${top.length > 1 ? `po ${n}` : n}.`];
  return [`Most ${noun.en.other} (${year}): ${names} — ${n}${top.length > 1 ? ' each' : ''}.`];
}

export function narrative(input: NarrativeInput): string[] {
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

