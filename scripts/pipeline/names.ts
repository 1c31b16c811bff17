// The territory-name files of a release, written by the pipeline beside territories.json
// (so they are listed in the manifest with their checksums). Each island fetches only the
// compact shape it needs instead of the whole register (territories.json is ~1 MB):
//   names/search.json    the search index, both languages (src/features/search/search-index.ts)
//   names/<level>.json   code, names and slug of one level, for the map's tooltips and table
//   names/places.json    every unit with its kind, for the directory's selects and rows
import { displayName } from '#core/names.ts';
import type { RegisterEntry } from '#core/data-types.ts';
import { DATA_FILE } from '#core/urls.ts';
import { buildPlaces } from '#features/directory/directory-places.ts';
import { type NamesFile } from '#features/indicator/map/map-data.ts';
import { MAP_LEVELS } from '#features/indicator/map/map-levels.ts';
import { buildSearchIndex } from '#features/search/search-index.ts';

/** [code, Polish name, English name or 0 when the same, slug] for every territory of a level. */
export function buildNamesFile(register: readonly RegisterEntry[], level: NamesFile['level']): NamesFile {
  return {
    level,
    items: register
      .filter((e) => e.level === level)
      .map((e) => {
        const en = displayName(e, 'en');
        return [e.code, e.displayName, en === e.displayName ? 0 : en, e.slug];
      }),
  };
}

/** Every name file of a release: [path inside the release folder, contents]. */
export function nameFiles(register: readonly RegisterEntry[]): [string, unknown][] {
  return [
    [DATA_FILE.searchIndex, buildSearchIndex(register)],
    ...MAP_LEVELS.map((level): [string, unknown] => [DATA_FILE.names(level), buildNamesFile(register, level)]),
    [DATA_FILE.places, buildPlaces(register)],
  ];
}
