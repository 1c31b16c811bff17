// URLs of the entity directory, next to src/lib/urls.ts (which holds the rest of the
// portal's URL grammar):
//   /podmioty/[?filters]        the directory (filters: src/lib/directory-filter.ts)   /en/podmioty/
//   /podmiot/<id>/              one entity                                            /en/podmiot/<id>/
//   /podmioty/dane/…            the build's helper files for the directory island
import type { Lang } from './format.ts';
import { dataPath } from './urls.ts';

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

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

/** The island's data files: the pipeline's JSON and the build's helper files. */
export function directoryDataUrls(release: string) {
  return {
    index: dataPath(release, 'entities/index.json'),
    offerText: dataPath(release, 'entities/offer-text.json'),
    places: '/podmioty/dane/obszary.json',
    neighbours: '/podmioty/dane/sasiedzi.json',
    /** + "PL.json" or "<voivodeship code>.json" */
    mapBase: '/podmioty/dane/mapa/',
  };
}
