// Access of every gmina to the units of each kind: the straight-line (haversine, WGS84,
// mean Earth radius) distance from the gmina's reference point to the nearest unit, and
// the number of units within 10, 25 and 50 km. Units count wherever they are, across
// voivodeship and powiat borders.
//
// All pairs, no spatial index: 2,479 gminas × about 7,000 units of the seven kinds is under
// 20 million distance evaluations, a fraction of a second (the bench prints it), and a
// plain loop has nothing to get wrong.
import {
  ACCESS_KINDS,
  ACCESS_RADII,
  EARTH_RADIUS_KM,
  KIND_CATEGORY,
  type AccessKind,
  type DirectoryKind,
} from '#features/access/access-kinds.ts';
import type { EntityIndex } from '#features/directory/entity-files.ts';

const RAD = Math.PI / 180;

/** Great-circle distance in km between two WGS84 points (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface AccessUnits {
  lat: number[];
  lon: number[];
  /** Whether any unit of the kind is a demo record. */
  demo: boolean;
}

/** The units of each directory kind in the published directory index (coordinates as published, 4 decimals). */
export function unitsFromIndex(index: EntityIndex): Record<DirectoryKind, AccessUnits> {
  const kinds = Object.keys(KIND_CATEGORY) as DirectoryKind[];
  const out = Object.fromEntries(kinds.map((k): [DirectoryKind, AccessUnits] => [k, { lat: [], lon: [], demo: false }])) as Record<
    DirectoryKind,
    AccessUnits
  >;
  const byCategory = new Map<string, DirectoryKind>();
  for (const k of kinds) if (KIND_CATEGORY[k] !== 'social-enterprise-status') byCategory.set(KIND_CATEGORY[k], k);
  const add = (k: DirectoryKind, i: number) => {
    out[k].lat.push(index.lat[i]);
    out[k].lon.push(index.lon[i]);
    if (index.demo[i]) out[k].demo = true;
  };
  for (let i = 0; i < index.count; i++) {
    const k = byCategory.get(index.vocab.category[index.category[i]]);
    if (k) add(k, i);
    if (index.se[i]) add('social-enterprise', i);
  }
  return out;
}

export interface KindAccess {
  /** km to the nearest unit, unrounded; null when there is no unit at all. */
  distance: (number | null)[];
  /** Units within each radius (distance ≤ radius), by radius. */
  within: Record<number, number[]>;
  demo: boolean;
  units: number;
}

export type AccessTable = Record<AccessKind, KindAccess>;

/** Distances and counts for every point ([lat, lon]) and kind. */
export function computeAccess(points: readonly [number, number][], units: Record<AccessKind, AccessUnits>): AccessTable {
  const out = {} as AccessTable;
  for (const kind of ACCESS_KINDS) {
    const u = units[kind];
    const n = u.lat.length;
    const distance: (number | null)[] = [];
    const within: Record<number, number[]> = Object.fromEntries(ACCESS_RADII.map((r) => [r, []]));
    for (const [lat, lon] of points) {
      let best = Infinity;
      const counts = ACCESS_RADII.map(() => 0);
      for (let j = 0; j < n; j++) {
        const d = haversineKm(lat, lon, u.lat[j], u.lon[j]);
        if (d < best) best = d;
        for (let r = 0; r < ACCESS_RADII.length; r++) if (d <= ACCESS_RADII[r]) counts[r]++;
      }
      distance.push(n ? best : null);
      ACCESS_RADII.forEach((r, ri) => within[r].push(counts[ri]));
    }
    out[kind] = { distance, within, demo: u.demo, units: n };
  }
  return out;
}
