// The planning areas as levels of the indicator map: the files the pipeline writes for
// them (scripts/pipeline/areas/area-map-files.ts) and which types can map an indicator.
// Pure; read by the map island and, at build time, by the indicator pages.
import type { LevelFile } from '#core/data-types.ts';
import { AREA_TYPE_ORDER, type AreaIndexFile, type AreaStatus, type AreaType } from './area-types.ts';

/** public/data/<release>/areas/map/<type>/<indicator>.json: a territory level file's shape, with area ids as codes. */
export type AreaLevelFile = Omit<LevelFile, 'level'> & { level: AreaType };

/** public/data/<release>/areas/map/<type>.names.json: [id, name, 0, slug] per area, and whether the definition is demo. */
export interface AreaMapNames {
  level: AreaType;
  status: AreaStatus;
  items: [string, string, 0, string][];
}

/** The area types whose table carries the indicator, in the index's order. */
export function areaMapLevels(index: Pick<AreaIndexFile, 'types'>, indicator: string): AreaType[] {
  return AREA_TYPE_ORDER.filter((type) => index.types.find((t) => t.type === type)?.indicators?.includes(indicator));
}
