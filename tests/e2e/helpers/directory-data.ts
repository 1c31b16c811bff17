// Test helpers for the directory: the pipeline's entity JSON read directly, so the browser
// tests compare the page with the data rather than with the island's own code.
import fs from 'node:fs';
import path from 'node:path';
import type { EntitiesByTerritory, EntityFile, EntityIndex, EntityOfferText } from '#features/directory/entity-files.ts';
import { fold } from '#features/search/search-index.ts';
import { latestRelease } from './site-data.ts';

const dir = () => path.join(process.cwd(), 'public', 'data', latestRelease(), 'entities');
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir(), name), 'utf8')) as T;

export const entityIndex = () => read<EntityIndex>('index.json');
export const offerText = () => read<EntityOfferText>('offer-text.json');
export const byTerritory = () => read<EntitiesByTerritory>('by-territory.json');
export const entityFile = (id: string) => read<EntityFile>(`${id}.json`);

/** Index positions whose category is one of `categories` and whose gmina code starts with `area`. */
export function matching(ix: EntityIndex, opts: { categories?: string[]; area?: string; offer?: string[] }): number[] {
  const out: number[] = [];
  ix.id.forEach((_, i) => {
    if (opts.categories && !opts.categories.includes(ix.vocab.category[ix.category[i]])) return;
    if (opts.area && !ix.gmina[i].startsWith(opts.area)) return;
    if (opts.offer && !ix.offer[i].some((k) => opts.offer!.includes(ix.vocab.offer[k]))) return;
    out.push(i);
  });
  return out;
}

/** Positions whose name or offer description contains every folded word of the query. */
export function textMatches(query: string): number[] {
  const ix = entityIndex();
  const texts = offerText().text;
  const words = fold(query).split(' ').filter(Boolean);
  const out: number[] = [];
  ix.name.forEach((name, i) => {
    const hay = `${fold(name)} ${fold(texts[i] ?? '')}`;
    if (words.every((w) => hay.includes(w))) out.push(i);
  });
  return out;
}
