// Build-time geography for the directory island, computed once per build from
// public/data/geo/*.topo.json and written as small static JSON files by the endpoints in
// src/pages/podmioty/dane/:
//   mapa/PL.json      voivodeship outlines, simplified for a map about 640 px wide
//   mapa/<WW>.json    the gminas of one voivodeship, simplified for the same size
//   sasiedzi.json     for every gmina and powiat, the ones sharing a border (topojson neighbors)
import type { FeatureCollection } from 'geojson';
import { feature, neighbors, quantize } from 'topojson-client';
// @ts-expect-error -- topojson-server ships no type declarations
import { topology as buildTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import type { NeighboursFile } from './directory-area.ts';
import { arcRenumbering } from '#core/topology-arcs.ts';

type Arcs = number | number[] | number[][] | number[][][];

/**
 * The geometries of one object whose id passes `keep`, with only the arcs they use
 * (renumbered; a reversed arc ~i keeps its direction). Properties are dropped: the
 * island takes names from its own list.
 */
export function subsetTopology(topo: Topology, object: string, keep: (id: string) => boolean): Topology {
  const source = topo.objects[object] as GeometryCollection;
  const { ref, arcs } = arcRenumbering(topo.arcs);
  const remap = (a: Arcs): Arcs => (Array.isArray(a) ? ((a as Arcs[]).map(remap) as Arcs) : ref(a));
  const geometries = source.geometries
    .filter((g) => keep(String(g.id)))
    .map((g) => {
      const out = { type: g.type, id: String(g.id) } as GeometryObject & { arcs?: Arcs };
      if ('arcs' in g) out.arcs = remap(g.arcs as Arcs);
      return out;
    });
  return {
    type: 'Topology',
    ...(topo.transform ? { transform: topo.transform } : {}),
    objects: { [object]: { type: 'GeometryCollection', geometries } as GeometryCollection },
    arcs,
  } as Topology;
}

/**
 * Visvalingam simplification (weights in square degrees) and quantisation to a grid of
 * `q` × `q` points: integer, delta-encoded arcs, the smallest form topojson-client reads.
 */
export function compactTopology(topo: Topology, minWeight: number, q = 2000): Topology {
  return quantize(simplify(presimplify(topo), minWeight) as Topology<Objects<object>>, q) as Topology;
}

/** Weights for a map about 640 px wide: ~1 px² for Poland, and for one voivodeship. */
export const MAP_SIMPLIFY = { country: 0.0004, voivodeship: 0.00002 };

/**
 * The voivodeship outlines for the national map. The shipped voivodeship topology is
 * dissolved from gminas and keeps an arc end at every former gmina junction, which
 * simplification must keep; rebuilding it from its features leaves only the junctions
 * of voivodeships and halves the file.
 */
export function countryMap(voivodeships: Topology): Topology {
  const fc = feature(voivodeships, voivodeships.objects.voivodeship as GeometryCollection) as unknown as FeatureCollection;
  const bare = {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', id: String(f.id), properties: {}, geometry: f.geometry })),
  };
  const rebuilt = buildTopology({ voivodeship: bare }) as Topology;
  return compactTopology(rebuilt, MAP_SIMPLIFY.country);
}

/** The gminas of one voivodeship (TERYT prefix). */
export function voivodeshipMap(gminas: Topology, voivodeship: string): Topology {
  return compactTopology(
    subsetTopology(gminas, 'gmina', (id) => id.startsWith(voivodeship)),
    MAP_SIMPLIFY.voivodeship,
  );
}

/** Territories sharing a border (at least one arc), per level; codes in the topology's order. */
export function neighbourLists(topo: Topology, object: string): { codes: string[]; neighbours: number[][] } {
  const geometries = (topo.objects[object] as GeometryCollection).geometries;
  return { codes: geometries.map((g) => String(g.id)), neighbours: neighbors(geometries) };
}

export function neighboursFile(gminas: Topology, powiats: Topology): NeighboursFile {
  return { version: 1, gmina: neighbourLists(gminas, 'gmina'), powiat: neighbourLists(powiats, 'powiat') };
}
