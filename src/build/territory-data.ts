// Build-time inputs of a territory page: reads the pipeline's JSON (site-data.ts) and the
// chart renderer, and hands them to the pure territoryView() of the territory feature.
import { chartSvg } from './chart-render.ts';
import {
  catalogue,
  changesByNewCode,
  childrenOf,
  latestObs,
  manifest,
  registerByCode,
  release,
  territoryFile,
  topologies,
} from './site-data.ts';
import type { Lang } from '#core/format.ts';
import { DATA_FILE, dataPath } from '#core/urls.ts';
import { LocatorMaps } from '#features/territory/locator-map.ts';
import { territoryView as composeTerritoryView, type TerritoryView } from '#features/territory/territory-view.ts';

let maps: LocatorMaps | undefined;
const locatorMaps = () => (maps ??= new LocatorMaps(topologies()));

/** Everything the page of territory `code` shows, in `lang`. */
export function territoryView(code: string, lang: Lang): TerritoryView {
  const register = registerByCode();
  const entry = register.get(code);
  if (!entry) throw new Error(`unknown territory ${code}`);
  return composeTerritoryView(
    {
      entry,
      file: territoryFile(code),
      register,
      catalogue: catalogue(),
      children: childrenOf().get(code) ?? [],
      changes: changesByNewCode().get(code) ?? [],
      release: release(),
      published: manifest().published,
      latestObs,
      chartSvg,
      locatorMaps,
    },
    lang,
  );
}

/** The URL of a territory's data file in the release the pages show. */
export function territoryDataUrl(code: string): string {
  return dataPath(release(), DATA_FILE.territory(code));
}
