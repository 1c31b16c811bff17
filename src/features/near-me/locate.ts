// Which gmina contains a point: the pure part of "near me". Runs in the browser on the
// boundaries the site already ships (/data/geo/gmina.topo.json, geometry id = TERYT code),
// so the visitor's coordinates never leave the page.
//
// d3-geo works on the sphere and reads a ring's winding: a polygon whose area comes out
// above a hemisphere is the whole globe minus the gmina, and would "contain" Berlin. The
// shipped boundaries are wound as d3 expects (the pipeline rewinds them), but a polygon
// wound the other way is reversed here rather than trusted, so a later change of the
// boundary files cannot turn every point into a hit.
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LonLat = [longitude: number, latitude: number];

interface Candidate {
  code: string;
  /** Lon/lat box, to skip the spherical test for the ~2,470 gminas far from the point. */
  box: [number, number, number, number];
  geometry: Polygon | MultiPolygon;
}

/** A polygon's rings reversed when, read as d3 reads them, it covers more than half the sphere. */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

function boxOf(polygons: Position[][][]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons)
    for (const [x, y] of poly[0] ?? []) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

/** The gminas of a topology as searchable candidates (holes kept; winding checked). */
export function gminaCandidates(topology: Topology, object = 'gmina'): Candidate[] {
  const fc = feature(topology, topology.objects[object] as GeometryCollection);
  const out: Candidate[] = [];
  for (const f of fc.features as Feature<Polygon | MultiPolygon | null>[]) {
    const g = f.geometry;
    if (!g || f.id === undefined) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const rewound = polygons.map(rewindPolygon);
    out.push({
      code: String(f.id),
      box: boxOf(rewound),
      geometry: g.type === 'Polygon' ? { type: 'Polygon', coordinates: rewound[0] } : { type: 'MultiPolygon', coordinates: rewound },
    });
  }
  // One answer for a point on a shared border: the lowest code, whatever the file's order.
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** The TERYT code of the gmina containing the point, or undefined (outside Poland, or in no gmina of the file). */
export function gminaAt(candidates: readonly Candidate[], [lon, lat]: LonLat): string | undefined {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  for (const c of candidates) {
    const [x0, y0, x1, y1] = c.box;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (geoContains(c.geometry, [lon, lat])) return c.code;
  }
  return undefined;
}
