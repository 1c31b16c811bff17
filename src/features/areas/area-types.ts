// Planning areas (NUTS 2, NUTS 3, OWES service areas, LAG areas): the kinds, and the JSON
// the pipeline ships for them (public/data/<release>/areas/…). Pure; read by the pipeline
// (scripts/pipeline/areas/), the pages and the table builder.
import type { Level } from '#core/territory.ts';
import type { Series, TerritoryRef } from '#core/data-types.ts';

export type AreaType = 'nuts2' | 'nuts3' | 'owes' | 'lgd';
export const AREA_TYPE_ORDER: readonly AreaType[] = ['nuts2', 'nuts3', 'owes', 'lgd'];
export type AreaStatus = 'real' | 'demo';

export const AREA_TYPES: Record<AreaType, { memberLevel: Extract<Level, 'powiat' | 'gmina'>; label: string }> = {
  nuts2: { memberLevel: 'powiat', label: 'NUTS 2' },
  nuts3: { memberLevel: 'powiat', label: 'NUTS 3' },
  owes: { memberLevel: 'powiat', label: 'OWES' },
  lgd: { memberLevel: 'gmina', label: 'LAG' },
};

export const isAreaType = (s: string): s is AreaType => (AREA_TYPE_ORDER as readonly string[]).includes(s);

export interface AreaRef {
  type: AreaType;
  id: string;
  name: string;
  slug: string;
  status: AreaStatus;
}

/** public/data/<release>/areas/index.json: every area of every type, with its members. */
export interface AreaIndexFile {
  release: string;
  types: {
    type: AreaType;
    memberLevel: 'powiat' | 'gmina';
    status: AreaStatus;
    /** The definition file, relative to the repository (data/areas/… or data/sources/…). */
    definition: string;
    areas: (AreaRef & { members: string[]; voivodeships: string[] })[];
    /** The indicators aggregated for this type (each has a map file, area-map-data.ts). */
    indicators: string[];
  }[];
}

/**
 * public/data/<release>/areas/<type>/<id>.json: one area's series, aggregated from its
 * members by the catalogue's rules (src/core/aggregate.ts), beside the voivodeship's (when
 * all members lie in one) and the country's — the same series shapes as a territory file.
 */
export interface AreaFile {
  release: string;
  years: number[];
  area: AreaRef & { memberLevel: 'powiat' | 'gmina'; definition: string };
  /** Country first; the voivodeship last when every member lies in it. */
  parents: TerritoryRef[];
  series: Record<string, Series>;
  /** The voivodeship's series when parents has one, else the country's. */
  parentSeries?: Record<string, Series>;
  /** The country's series when parentSeries is the voivodeship's. */
  countrySeries?: Record<string, Series>;
  /** Members with their latest value of a few key indicators (as a territory's children). */
  members: (TerritoryRef & { key: Record<string, number | null> })[];
  /** Whether any value in this file is demonstration data, or the definition itself is. */
  hasDemo: boolean;
}
