// Territory search: a prebuilt index (one static JSON file for both languages) and the
// query function the search island runs in the browser. Matching ignores case and
// Polish diacritics ("lodz" finds "Łódź", "zabki" finds "Ząbki"); results carry the
// kind and parent, which tell apart the many gminas that share a name.
import type { RegisterEntry } from '#core/data-types.ts';
import type { Lang } from '#core/format.ts';
import { displayName as territoryDisplayName, territoryKindLabel, voivodeshipShort } from '#core/names.ts';
import { territoryPath } from '#core/urls.ts';
import type { Level } from '#core/territory.ts';

/** Kind of unit, as one short token. */
export type SearchKind = 'country' | 'voivodeship' | 'powiat' | 'city-powiat' | 'urban' | 'rural' | 'urban-rural';

/** [code, name, displayName, slug, kind, nearest parent code, population class lower bound] */
export type SearchItem = [string, string, string, string, SearchKind, string, number];

export interface SearchIndexFile {
  version: 1;
  items: SearchItem[];
}

export function kindOf(e: Pick<RegisterEntry, 'level' | 'kind' | 'cityWithPowiatRights'>): SearchKind {
  if (e.level === 'gmina') return e.kind ?? 'rural';
  if (e.level === 'powiat') return e.cityWithPowiatRights ? 'city-powiat' : 'powiat';
  return e.level;
}

export function buildSearchIndex(register: readonly RegisterEntry[]): SearchIndexFile {
  return {
    version: 1,
    items: register.map((e) => [
      e.code,
      e.name,
      e.displayName,
      e.slug,
      kindOf(e),
      e.parents.at(-1) ?? '',
      Number(e.popClass?.split(/[-+]/)[0] ?? 0),
    ]),
  };
}

/** Lower case, no diacritics (ł → l, which NFD does not decompose), words split on anything else. */
export function fold(s: string): string {
  return s
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LEVEL_OF_KIND: Record<SearchKind, Level> = {
  country: 'country',
  voivodeship: 'voivodeship',
  powiat: 'powiat',
  'city-powiat': 'powiat',
  urban: 'gmina',
  rural: 'gmina',
  'urban-rural': 'gmina',
};
/** Among equally good matches: gminas (most searches are for a town), then powiats, voivodeships. */
const LEVEL_ORDER: Record<Level, number> = { gmina: 0, powiat: 1, voivodeship: 2, country: 3 };

export interface SearchHit {
  code: string;
  name: string;
  displayName: string;
  level: Level;
  kind: SearchKind;
  /** "gmina wiejska · powiat nowotarski · woj. małopolskie" */
  context: string;
  href: string;
}

interface Prepared {
  item: SearchItem;
  name: string;
  words: string[];
  all: string;
}

/**
 * Words a visitor may add to tell same-named units apart ("Nowy Targ miasto", "Nowy Targ
 * gmina wiejska", "Kraków powiat"). Matched whatever the interface language, since people
 * type Polish terms on the English site too, so they live with the matcher rather than in
 * one language's dictionary. Folded like the query (no diacritics, hyphens split).
 */
const KIND_WORDS: Record<SearchKind, string> = {
  country: 'kraj polska country poland',
  voivodeship: 'wojewodztwo voivodeship region',
  powiat: 'powiat ziemski county',
  'city-powiat': 'miasto na prawach powiatu city county town',
  urban: 'gmina miejska miasto urban town',
  rural: 'gmina wiejska wies rural',
  'urban-rural': 'gmina miejsko wiejska miasto urban rural town',
};

export class TerritorySearch {
  private prepared: Prepared[];
  private byCode: Map<string, SearchItem>;

  constructor(index: SearchIndexFile) {
    this.byCode = new Map(index.items.map((i) => [i[0], i]));
    this.prepared = index.items.map((item) => {
      const name = fold(item[1]);
      const all = fold(`${item[2]} ${item[1]} ${KIND_WORDS[item[4]]}`);
      return { item, name, words: name.split(' '), all };
    });
  }

  /** 0 = exact name, 1 = name starts with it, 2 = a word of the name does, 3 = every word found in name, qualifiers and kind words. */
  private score(p: Prepared, q: string, tokens: string[]): number {
    if (p.name === q) return 0;
    if (p.name.startsWith(q)) return 1;
    if (tokens.every((t) => p.words.some((w) => w.startsWith(t)))) return 2;
    const allWords = p.all.split(' ');
    if (tokens.every((t) => allWords.some((w) => w.startsWith(t)))) return 3;
    return -1;
  }

  search(query: string, lang: Lang, limit = 10): SearchHit[] {
    const q = fold(query);
    if (!q) return [];
    const hits: { p: Prepared; s: number }[] = [];
    if (/^\d+$/.test(q.replace(/ /g, ''))) {
      const digits = q.replace(/ /g, '');
      for (const p of this.prepared) if (p.item[0].startsWith(digits)) hits.push({ p, s: p.item[0] === digits ? 0 : 1 });
    } else {
      const tokens = q.split(' ');
      for (const p of this.prepared) {
        const s = this.score(p, q, tokens);
        if (s >= 0) hits.push({ p, s });
      }
    }
    hits.sort(
      (a, b) =>
        a.s - b.s ||
        LEVEL_ORDER[LEVEL_OF_KIND[a.p.item[4]]] - LEVEL_ORDER[LEVEL_OF_KIND[b.p.item[4]]] ||
        b.p.item[6] - a.p.item[6] ||
        a.p.item[2].localeCompare(b.p.item[2], 'pl'),
    );
    return hits.slice(0, limit).map(({ p }) => this.hit(p.item, lang));
  }

  /** The hit of one TERYT code (e.g. the gmina found at the visitor's location); undefined when this release has no such unit. */
  hitOf(code: string, lang: Lang): SearchHit | undefined {
    const item = this.byCode.get(code);
    return item && this.hit(item, lang);
  }

  hit(item: SearchItem, lang: Lang): SearchHit {
    const [code, name, displayName, slug, kind] = item;
    const level = LEVEL_OF_KIND[kind];
    return {
      code,
      name,
      // The index holds the Polish display names; a voivodeship's is also given in English.
      displayName: level === 'voivodeship' ? territoryDisplayName({ code, level, name, displayName }, lang) : displayName,
      level,
      kind,
      context: this.context(item, lang),
      href: territoryPath({ level, code, slug }, lang),
    };
  }

  private context(item: SearchItem, lang: Lang): string {
    const parts: string[] = [kindText(item[4], lang)];
    let parent = this.byCode.get(item[5]);
    while (parent && parent[4] !== 'country') {
      if (parent[4] === 'voivodeship') parts.push(voivodeshipShort(parent[1], lang));
      else if (parent[4] === 'powiat') parts.push(`powiat ${parent[1]}`);
      parent = this.byCode.get(parent[5]);
    }
    return parts.join(' · ');
  }
}

export function kindText(kind: SearchKind, lang: Lang): string {
  return territoryKindLabel(kind, lang);
}
