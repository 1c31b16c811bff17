// Build-time inputs of the planning-area pages: reads the pipeline's area JSON
// (public/data/<release>/areas/) and hands it, with the chart renderer, to the pure
// areaView() of the areas feature.
import path from 'node:path';
import { chartSvg } from './chart-render.ts';
import { catalogue, latestObs, manifest, once, readJson, registerByCode, release, topologies } from './site-data.ts';
import type { Lang } from '#core/format.ts';
import { areaSlugParam, DATA_FILE, dataPath } from '#core/urls.ts';
import type { AreaFile, AreaIndexFile, AreaType } from '#features/areas/area-types.ts';
import { areaView as composeAreaView, type AreaView } from '#features/areas/area-view.ts';
import { AreaMaps } from '#features/areas/area-map.ts';

const releaseDir = () => path.join(process.cwd(), 'public', 'data', release());

/** Read on each call (a few tens of KB, once per route in a build), so `astro dev` sees a new pipeline run. */
export const areaIndex = (): AreaIndexFile => readJson<AreaIndexFile>(path.join(releaseDir(), DATA_FILE.areasIndex));

export function areaFile(type: AreaType, id: string): AreaFile {
  return readJson<AreaFile>(path.join(releaseDir(), DATA_FILE.area(type, id)));
}

/** Everything the page of one area shows, in `lang`. */
export function areaView(type: AreaType, id: string, lang: Lang): AreaView {
  return composeAreaView(
    {
      file: areaFile(type, id),
      register: registerByCode(),
      catalogue: catalogue(),
      release: release(),
      published: manifest().published,
      latestObs,
      chartSvg,
    },
    lang,
  );
}

/** The URLs of an area's JSON and of its type's CSV in the release the pages show. */
export function areaDataUrls(type: AreaType, id: string): { json: string; csv: string } {
  return { json: dataPath(release(), DATA_FILE.area(type, id)), csv: dataPath(release(), DATA_FILE.areaCsv(type)) };
}

/** getStaticPaths of /obszar/<type>/<id>-<slug>/: every area of every type. */
export function areaStaticPaths() {
  return areaIndex().types.flatMap((t) =>
    t.areas.map((a) => ({ params: { type: a.type, slug: areaSlugParam(a) }, props: { type: a.type, id: a.id } })),
  );
}

const areaMaps = () => once('areaMaps', () => new AreaMaps(topologies()));

/** The area's locator map: Poland with the area's members dissolved into one filled shape. */
export function areaLocatorSvg(file: AreaFile, title: string): string {
  return areaMaps().panel(
    file.area.memberLevel,
    file.members.map((m) => m.code),
    title,
    `loc-${file.area.type}-${file.area.id}`,
  );
}
