// Build-time access to the directory's JSON (public/data/<release>/entities/, written by
// the pipeline: scripts/pipeline/entities/). Read once per build and kept in memory, except the
// entity files, which are read per page. A release without a directory gives empty
// results, so the territory pages still build. URLs: src/core/urls.ts.
import path from 'node:path';
import {
  indexRows,
  type EntitiesByTerritory,
  type EntityFile,
  type EntityIndex,
  type EntityRow,
} from '#features/directory/entity-files.ts';
import { LocatorMaps } from '#features/territory/locator-map.ts';
import { isArchivalForm, once, readJsonIfExists, release, topologies } from './site-data.ts';
import type { Lang } from '#core/format.ts';
import { entityLinkPattern } from '#core/urls.ts';

/** Where this build links an entity's name: its page, or in the archival form (no entity pages) its JSON record. */
export const entityLinkOfBuild = (lang: Lang): string => entityLinkPattern(lang, isArchivalForm() ? release() : undefined);

const DATA = path.join(process.cwd(), 'public', 'data');
const dir = () => path.join(DATA, release(), 'entities');

export const entityIndex = () => once('entities:index', () => readJsonIfExists<EntityIndex>(path.join(dir(), 'index.json')));
export const entitiesByTerritory = () =>
  once('entities:byTerritory', () => readJsonIfExists<EntitiesByTerritory>(path.join(dir(), 'by-territory.json')));
export const entityRows = () =>
  once('entities:rows', () => {
    const ix = entityIndex();
    return ix ? indexRows(ix) : [];
  });

/** Rows by gmina code, for the lists on gmina pages. */
export const rowsByGmina = () =>
  once('entities:rowsByGmina', () => {
    const m = new Map<string, EntityRow[]>();
    for (const r of entityRows()) {
      const list = m.get(r.gmina);
      if (list) list.push(r);
      else m.set(r.gmina, [r]);
    }
    const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });
    for (const list of m.values()) list.sort((a, b) => collator.compare(a.name, b.name));
    return m;
  });

export function entityFile(id: string): EntityFile {
  const file = readJsonIfExists<EntityFile>(path.join(dir(), `${id}.json`));
  if (!file) throw new Error(`public/data/${release()}/entities/${id}.json is missing — run \`npm run data\` first`);
  return file;
}

/** Counts by category (aligned with by-territory.json `categories`) and social enterprises, for one territory code ("PL" for the country). */
export function countsFor(code: string): { counts: number[]; socialEnterprises: number } | undefined {
  const bt = entitiesByTerritory();
  if (!bt) return undefined;
  return { counts: bt.counts[code] ?? bt.categories.map(() => 0), socialEnterprises: bt.socialEnterprises[code] ?? 0 };
}

/**
 * The entity page's map: its gmina in the voivodeship (src/features/territory/locator-map.ts). Entities of
 * one gmina share it, so it is drawn once per gmina and language.
 */
let maps: LocatorMaps | undefined;
const locators = new Map<string, string>();
export function entityLocator(gmina: string, title: string, lang: Lang): string {
  const key = `${gmina}|${lang}`;
  let svg = locators.get(key);
  if (svg === undefined) {
    maps ??= new LocatorMaps(topologies());
    svg = maps.regionPanel('gmina', gmina, title, 'loc-podmiot');
    locators.set(key, svg);
  }
  return svg;
}
