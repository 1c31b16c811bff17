// URLs of the entity directory, next to src/core/urls.ts (which holds the rest of the
// portal's URL grammar):
//   /podmioty/[?filters]        the directory (filters: src/features/directory/directory-filter.ts)   /en/podmioty/
//   /podmiot/<id>/              one entity                                            /en/podmiot/<id>/
//   /podmioty/dane/…            the build's helper files for the directory island
import { withBase } from '#core/base.ts';
import type { Lang } from '#core/format.ts';
import { DATA_FILE, dataPath, langPrefix } from '#core/urls.ts';

// Page paths carry the build's base (/2023/podmioty/ in a release copy; src/core/base.ts).
const prefix = langPrefix;

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

/** The island's data files: the pipeline's JSON (shared) and the build's helper files (per copy). */
export function directoryDataUrls(release: string) {
  return {
    index: dataPath(release, DATA_FILE.entitiesIndex),
    offerText: dataPath(release, DATA_FILE.entitiesOfferText),
    places: withBase('/podmioty/dane/obszary.json'),
    neighbours: withBase('/podmioty/dane/sasiedzi.json'),
    /** + "PL.json" or "<voivodeship code>.json" */
    mapBase: withBase('/podmioty/dane/mapa/'),
  };
}
