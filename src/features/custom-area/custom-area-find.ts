// The keyboard way to build an area: find gminas and powiats by name (diacritics and
// case ignored, as in the site search) and tick them. Powiats come first: one tick adds
// all of their gminas.
import type { BuilderTerritory } from '#features/builder/builder-register.ts';
import { fold } from '#features/search/search-index.ts';

export interface Found {
  code: string;
  level: 'gmina' | 'powiat';
}

/** Gminas and powiats whose name (or code) starts a word with the query; at most `limit`. */
export function findTerritories(query: string, entries: readonly BuilderTerritory[], limit = 20): Found[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const byCode = /^\d+$/.test(q);
  const hits: { e: BuilderTerritory; score: number }[] = [];
  for (const e of entries) {
    if (e.level !== 'gmina' && e.level !== 'powiat') continue;
    let score = -1;
    if (byCode) score = e.code.startsWith(q) ? 0 : -1;
    else {
      const name = fold(e.name);
      if (name.startsWith(q)) score = 0;
      else if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) score = 1;
    }
    if (score >= 0) hits.push({ e, score: score * 2 + (e.level === 'powiat' ? 0 : 1) });
  }
  hits.sort((a, b) => a.score - b.score || a.e.code.localeCompare(b.e.code));
  return hits.slice(0, limit).map(({ e }) => ({ code: e.code, level: e.level as Found['level'] }));
}
