// The kinds of unit whose distance from each gmina the access indicators measure, the
// radii they count within, the catalogue ids they publish under, and the shape of the
// white-spots file the pipeline writes (public/data/<release>/access/white-spots.json).
//
// OWES offices are not in the entity register (it names an entity's supporting OWES, not
// where its office is): they come from data/areas/owes-offices.csv, or, while that file is
// missing, one demonstration office per OWES area (scripts/pipeline/access/owes-offices.ts).
import type { PesCategory } from '#features/directory/entity-vocabularies.ts';

export const ACCESS_KINDS = ['cis', 'kis', 'zaz', 'wtz', 'social-cooperative', 'social-enterprise', 'owes'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** Where the OWES offices are (owes-offices.ts reads it); absent, each OWES area gets a demo office. */
export const OWES_OFFICES_FILE = 'data/areas/owes-offices.csv';

/** Map colours (access.css has the same): a white spot, and a gmina with a unit within reach. */
export const WHITE_SPOT_COLOUR = '#b3261e';
export const COVERED_COLOUR = '#f3f5f8';

/** Radii (km) the counts are taken within; 25 km is the catalogue's, all three go to the CSV. */
export const ACCESS_RADII = [10, 25, 50] as const;
export type AccessRadius = (typeof ACCESS_RADII)[number];
/** The radius of the count published as a catalogue indicator. */
export const CATALOGUE_RADIUS: AccessRadius = 25;

/** Mean Earth radius (IUGG, km) of the haversine distance on WGS84 coordinates. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The kinds whose units are entities of the directory. */
export type DirectoryKind = Exclude<AccessKind, 'owes'>;
/** Directory category of a kind; a social enterprise is any entity holding the status on 31 December. */
export const KIND_CATEGORY: Record<DirectoryKind, PesCategory | 'social-enterprise-status'> = {
  cis: 'cis',
  kis: 'kis',
  zaz: 'zaz',
  wtz: 'wtz',
  'social-cooperative': 'social-cooperative',
  'social-enterprise': 'social-enterprise-status',
};

const ID_PART: Record<AccessKind, string> = {
  cis: 'CIS',
  kis: 'KIS',
  zaz: 'ZAZ',
  wtz: 'WTZ',
  'social-cooperative': 'SPS',
  'social-enterprise': 'PS',
  owes: 'OWES',
};

/** Catalogue ids: distance to the nearest unit (km) and number of units within 25 km. */
export const accessIndicatorIds = (kind: AccessKind) => ({
  distance: `ACC_${ID_PART[kind]}_KM`,
  within: `ACC_${ID_PART[kind]}_N${CATALOGUE_RADIUS}`,
});
export const ACCESS_INDICATOR_IDS: string[] = ACCESS_KINDS.flatMap((k) => Object.values(accessIndicatorIds(k)));

/** public/data/<release>/access/white-spots.json: one column per field, aligned with `codes`. */
export interface WhiteSpotsFile {
  release: string;
  /** The year the entity register describes (31 December), the release's latest. */
  year: number;
  /** 'demo' when the register is the demonstration one: every distance is then demo. */
  mode: 'demo' | 'real';
  kinds: AccessKind[];
  /** Units of each kind in the register (OWES: offices in their own file). */
  units: Record<AccessKind, number>;
  /** Kinds with any demo unit: every kind while the register is demo; OWES while its offices are. */
  demoKinds: AccessKind[];
  /** Gmina TERYT codes; voivodeship = first 2 digits, powiat = first 4. */
  codes: string[];
  /** Reference point of each gmina, [lat, lon] to 4 decimals. */
  point: [number, number][];
  /** Distance (km, 1 decimal) to the nearest unit of each kind; null when the register has none. */
  distance: Record<AccessKind, (number | null)[]>;
  /** Population (POP) of `popYear` per gmina, and whether that figure is demo (1). */
  popYear: number;
  pop: (number | null)[];
  popDemo: (0 | 1)[];
  /** Names of the voivodeships, powiats and gminas, by code. */
  names: Record<string, string>;
  /** The previous release's distances computed the same way, for the change; absent for the first release. */
  previous?: { release: string; year: number; mode: 'demo' | 'real'; distance: Record<AccessKind, (number | null)[]> };
}
