// GeoJSON for GIS users, from the TopoJSON the site's maps use. RFC 7946: WGS 84
// longitude/latitude, exterior rings counter-clockwise and holes clockwise (d3 and the
// TopoJSON use the opposite winding, which QGIS and validators would flag). Coordinates
// are rounded to 4 decimals (about 11 m in latitude, 7 m in longitude at 52°N): finer
// than the TopoJSON's quantization grid (~0.0003° × 0.0005°), so nothing is lost.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Level } from '#core/territory.ts';

type Position = number[];
type Ring = Position[];

export interface GeoFeature {
  type: 'Feature';
  id: string;
  properties: { teryt: string; name: string; level: Level };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** Twice the signed area of a ring in the plane: positive when counter-clockwise. */
export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a;
}

/** Rounds a ring and drops points that rounding made equal to the previous one; keeps it closed. */
export function roundRing(ring: Ring, decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const p of ring) {
    const q = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  // A ring needs 4 positions (3 distinct + closing); a sliver that rounding collapsed keeps its
  // unrounded shape instead of disappearing.
  return out.length >= 4 ? out : ring.map((p) => [p[0], p[1]]);
}

/** RFC 7946 winding: the first ring (exterior) counter-clockwise, the others (holes) clockwise. */
export function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((r, i) => {
    const ccw = ringArea(r) > 0;
    return (i === 0) === ccw ? r : [...r].reverse();
  });
}

/** One level's TopoJSON as a GeoJSON FeatureCollection; names from the register when it has the code. */
export function topoToGeoJson(topology: Topology, level: Level, names: Map<string, string>, decimals = 4): GeoCollection {
  const object = topology.objects[level] as GeometryCollection<{ name?: string }> | undefined;
  if (!object) throw new Error(`TopoJSON has no object "${level}" (has: ${Object.keys(topology.objects).join(', ')})`);
  const fc = feature(topology, object);
  const polygon = (rings: Ring[]) => rewindPolygon(rings.map((r) => roundRing(r, decimals)));
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): GeoFeature => {
      const code = String(f.id);
      const g = f.geometry;
      let geometry: GeoFeature['geometry'];
      if (g.type === 'Polygon') geometry = { type: 'Polygon', coordinates: polygon(g.coordinates) };
      else if (g.type === 'MultiPolygon') geometry = { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) };
      else throw new Error(`${level} ${code}: unexpected geometry ${g.type}`);
      return { type: 'Feature', id: code, properties: { teryt: code, name: names.get(code) ?? f.properties?.name ?? '', level }, geometry };
    }),
  };
}
