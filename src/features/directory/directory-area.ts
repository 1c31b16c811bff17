// "What social economy entities offer in my area": the entities of a gmina or powiat and
// of the territories that share a border with it, grouped by offer category. The
// neighbours come from the TopoJSON (topojson-client neighbors), computed once per build
// into /podmioty/dane/sasiedzi.json (src/pages/podmioty/dane/sasiedzi.json.ts).
import { OFFER_CATEGORIES, type OfferCategory } from './entity-vocabularies.ts';
import type { DirRow } from './directory-filter.ts';

/** /podmioty/dane/sasiedzi.json: per level, the codes and, for each, the indexes of its neighbours. */
export interface NeighboursFile {
  version: 1;
  gmina: { codes: string[]; neighbours: number[][] };
  powiat: { codes: string[]; neighbours: number[][] };
}

/** The codes that share a border with a gmina (7 digits) or powiat (4 digits), sorted. */
export function neighboursOf(file: NeighboursFile, code: string): string[] {
  const level = code.length === 7 ? file.gmina : code.length === 4 ? file.powiat : undefined;
  if (!level) return [];
  const i = level.codes.indexOf(code);
  if (i < 0) return [];
  return level.neighbours[i].map((j) => level.codes[j]).sort();
}

export interface AreaEntry {
  row: DirRow;
  /** The territory (of the chosen level) the entity lies in. */
  where: string;
  /** In the chosen territory itself, not a neighbour. */
  home: boolean;
}

export interface AreaGroup {
  /** null: entities that give no offer category. */
  offer: OfferCategory | null;
  entries: AreaEntry[];
}

/** The entities (already filtered by everything except the area) that lie in a territory or its neighbours. */
export function areaEntries(rows: readonly DirRow[], code: string, neighbours: readonly string[]): AreaEntry[] {
  const level = code.length === 7 ? 'gmina' : 'powiat';
  const set = new Set([code, ...neighbours]);
  const out: AreaEntry[] = [];
  for (const row of rows) {
    const where = level === 'gmina' ? row.gmina : row.powiat;
    if (set.has(where)) out.push({ row, where, home: where === code });
  }
  return out;
}

/**
 * Groups by offer category in vocabulary order (empty groups left out); an entity with
 * several categories is in each. Within a group: the territory's own entities first,
 * then by neighbour code, then in the order given (the caller's sort).
 */
export function groupByOffer(entries: readonly AreaEntry[]): AreaGroup[] {
  const groups = new Map<OfferCategory | null, AreaEntry[]>();
  for (const e of entries) {
    const keys = e.row.offer.length ? e.row.offer : [null];
    for (const k of keys) {
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
  }
  const order: (OfferCategory | null)[] = [...OFFER_CATEGORIES, null];
  return order
    .filter((k) => groups.has(k))
    .map((offer) => ({
      offer,
      entries: groups
        .get(offer)!
        .map((e, n) => ({ e, n }))
        .sort((a, b) => Number(b.e.home) - Number(a.e.home) || (a.e.where < b.e.where ? -1 : a.e.where > b.e.where ? 1 : a.n - b.n))
        .map((x) => x.e),
    }));
}
