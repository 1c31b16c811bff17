// npm run geo: TERC editions + gmina boundaries -> data/geo/ (territory register, code
// history, one TopoJSON per level). All levels are merged from ONE simplified gmina
// topology so that gmina, powiat, voivodeship and country borders coincide exactly.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { mergeArcs, quantize } from 'topojson-client';
// @ts-expect-error -- topojson-server ships no type declarations
import { topology as buildTopology } from 'topojson-server';
// @ts-expect-error -- topojson-simplify ships no type declarations
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import {
  buildCodeHistory,
  buildRegister,
  codeHistoryToCsv,
  findBoundaryMismatches,
  gminaCodeByPrefix,
  hasMismatch,
  parseManualCodeChanges,
  parseTerc,
  type TercEdition,
} from '../src/lib/geo-register.ts';
import { LEVELS, type Level, type Territory } from '../src/lib/territory.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data/sources');
const OUT = join(ROOT, 'data/geo');
const TERC_EDITIONS = ['2023-01-01', '2024-01-01', '2026-01-01'];

// Snapping grid for building the topology: about 11 m (lat) x 7 m (lon). Coarse enough
// to weld vertices that the per-gmina simplification left a few metres apart, fine
// enough not to merge distinct vertices of the source (4 decimals).
const BUILD_QUANTIZATION = 1e5;
// Visvalingam effective area below which a vertex is dropped, in steradians:
// 0.02 km2 / (6371 km)^2. Keeps town gminas of a few km2 recognisable.
const MIN_WEIGHT = 0.02 / 6371 ** 2;
// A ring never falls below this many distinct vertices, so no gmina collapses.
const MIN_RING_VERTICES = 5;
// Output grid: about 28 m x 18 m, well below a pixel on any national or regional map.
const OUTPUT_QUANTIZATION = 4e4;
// Holes smaller than this (steradians, ~0.5 km2) left by merging neighbours are slivers.
const SLIVER_AREA = 0.5 / 6371 ** 2;

type Arc = number[][];
type PolygonArcs = number[][];
interface MergedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id: string;
  properties: { name: string };
  arcs: PolygonArcs | PolygonArcs[];
}

function readText(path: string): string {
  return readFileSync(join(SOURCES, path), 'utf8');
}

function fail(message: string, lists: Record<string, string[]>): never {
  console.error(`build-geo: ${message}`);
  for (const [label, items] of Object.entries(lists)) {
    if (items.length > 0) console.error(`  ${label} (${items.length}): ${items.join(', ')}`);
  }
  process.exit(1);
}

// d3-geo (and so Observable Plot) reads clockwise exterior rings; the source follows
// RFC 7946 (counter-clockwise), which d3 would draw as the whole globe minus the gmina.
function toD3Winding(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reverse(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverse) };
}

function gminaFeatures(register: Territory[]): FeatureCollection<Polygon | MultiPolygon> {
  const source = JSON.parse(readText('boundaries/gminy_2025_simplified.geojson')) as FeatureCollection<
    Polygon | MultiPolygon,
    { teryt: string }
  >;
  const boundaryCodes = source.features.map((f) => String(f.properties.teryt));
  const mismatch = findBoundaryMismatches(boundaryCodes, register);
  if (hasMismatch(mismatch)) {
    fail('gmina boundaries and TERC 2026 do not match', { ...mismatch });
  }
  const codeOf = gminaCodeByPrefix(register);
  const nameOf = new Map(register.map((t) => [t.code, t.name]));
  const features: Feature<Polygon | MultiPolygon>[] = source.features.map((f) => {
    const code = codeOf.get(String(f.properties.teryt))!;
    // TERC names win over the geometry's (Bratian, not "Nowe Miasto Lubawskie").
    return { type: 'Feature', id: code, properties: { name: nameOf.get(code)! }, geometry: toD3Winding(f.geometry) };
  });
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const weld = weldSharedBorders(features);
  console.log(
    `Welded borders: ${weld.junctions} dropped junctions restored, ${weld.welded} border sections unified`,
    `(${weld.skipped} left apart: too far to be one border)`,
  );
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------- border welding

// The source simplified each gmina on its own, so between two vertices that both
// neighbours kept, one of them often dropped points the other kept: a sliver gap or
// overlap up to 2 x 0.003 degrees wide. Quantization cannot weld that; making both
// neighbours use the same (more detailed) path between their common vertices can.
const WELD_TOLERANCE = 0.0065;

interface Section {
  ring: number;
  feature: number;
  start: number;
  /** Open ring positions start..end (cyclic), both ends shared with the neighbour. */
  end: number;
  path: Position[];
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

function closeTo(points: Position[], line: Position[]): boolean {
  return points.every((p) => line.slice(1).some((b, i) => segmentDistance(p, line[i], b) <= WELD_TOLERANCE));
}

function weldSharedBorders(features: Feature<Polygon | MultiPolygon>[]): { junctions: number; welded: number; skipped: number } {
  const rings: { feature: number; coords: Position[] }[] = [];
  features.forEach((f, feature) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) rings.push({ feature, coords: ring.slice(0, -1) });
  });
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const owners = new Map<string, Set<number>>();
  for (const r of rings) {
    for (const p of r.coords) {
      const k = key(p);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(r.feature);
    }
  }

  const junctions = insertDroppedJunctions(rings, owners, key);

  const sections = new Map<string, Section[]>();
  rings.forEach((r, ring) => {
    const n = r.coords.length;
    const neighbours = new Set(r.coords.flatMap((p) => [...owners.get(key(p))!]).filter((g) => g !== r.feature));
    for (const g of neighbours) {
      const positions = r.coords.flatMap((p, i) => (owners.get(key(p))!.has(g) ? [i] : []));
      if (positions.length < 2) continue;
      positions.forEach((start, k) => {
        const end = positions[(k + 1) % positions.length];
        const length = (end - start + n) % n || n;
        const path = Array.from({ length: length + 1 }, (_, i) => r.coords[(start + i) % n]);
        if (!path.slice(1, -1).every((p) => owners.get(key(p))!.size === 1)) return;
        const id = `${Math.min(r.feature, g)}|${Math.max(r.feature, g)}|${[key(path[0]), key(path.at(-1)!)].sort().join('|')}`;
        sections.set(id, [...(sections.get(id) ?? []), { ring, feature: r.feature, start, end, path }]);
      });
    }
  });

  const replacements = new Map<number, { start: number; end: number; inner: Position[] }[]>();
  let welded = 0;
  let skipped = 0;
  for (const pair of sections.values()) {
    if (pair.length !== 2 || pair[0].feature === pair[1].feature) continue;
    const [a, b] = pair;
    const bPath = key(b.path[0]) === key(a.path[0]) ? b.path : [...b.path].reverse();
    if (bPath.map(key).join(';') === a.path.map(key).join(';')) continue;
    if (!closeTo(a.path, bPath) || !closeTo(bPath, a.path)) {
      skipped++;
      continue;
    }
    const aWins = a.path.length > b.path.length || (a.path.length === b.path.length && a.feature < b.feature);
    const [winner, loser] = aWins ? [a, b] : [b, a];
    const inner = key(winner.path[0]) === key(loser.path[0]) ? winner.path : [...winner.path].reverse();
    const list = replacements.get(loser.ring) ?? [];
    list.push({ start: loser.start, end: loser.end, inner: inner.slice(1, -1) });
    replacements.set(loser.ring, list);
    welded++;
  }

  for (const [ring, list] of replacements) {
    const coords = rings[ring].coords;
    const n = coords.length;
    const insertAfter = new Map<number, Position[]>();
    const removed = new Set<number>();
    for (const { start, end, inner } of list.sort((x, y) => x.start - y.start)) {
      const span = Array.from({ length: ((end - start + n) % n || n) - 1 }, (_, i) => (start + 1 + i) % n);
      if (insertAfter.has(start) || span.some((i) => removed.has(i))) continue;
      span.forEach((i) => removed.add(i));
      insertAfter.set(start, inner);
    }
    const next: Position[] = [];
    coords.forEach((p, i) => {
      if (!removed.has(i)) next.push(p);
      next.push(...(insertAfter.get(i) ?? []));
    });
    rings[ring].coords = next;
  }

  // Write the rings back in the order they were read.
  let i = 0;
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (let k = 0; k < polygon.length; k++) {
        const open = rings[i++].coords;
        polygon[k] = [...open, open[0]];
      }
    }
  }
  return { junctions, welded, skipped };
}

/**
 * Where three gminas meet, one of them often dropped the junction vertex and cuts the
 * corner, leaving a sliver triangle. Put the junction back into that ring's segment when
 * the junction belongs to the neighbours at both ends of the segment.
 */
function insertDroppedJunctions(
  rings: { feature: number; coords: Position[] }[],
  owners: Map<string, Set<number>>,
  key: (p: Position) => string,
): number {
  const CELL = 0.01;
  const cellKey = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  const grid = new Map<string, Position[]>();
  const seen = new Set<string>();
  for (const r of rings) {
    for (const p of r.coords) {
      const k = key(p);
      if (seen.has(k) || owners.get(k)!.size < 2) continue; // a junction is shared
      seen.add(k);
      const c = cellKey(p[0], p[1]);
      grid.set(c, [...(grid.get(c) ?? []), p]);
    }
  }
  const edges = new Set<string>();
  for (const r of rings) {
    r.coords.forEach((p, i) => {
      const q = r.coords[(i + 1) % r.coords.length];
      edges.add(`${r.feature}|${key(p)}|${key(q)}`).add(`${r.feature}|${key(q)}|${key(p)}`);
    });
  }
  // v is the corner the ring cut only if the neighbours' own borders run a -> v and v -> b.
  const joins = (neighbours: number[], end: Position, v: Position) =>
    neighbours.some((g) => edges.has(`${g}|${key(end)}|${key(v)}`));

  let inserted = 0;
  for (const r of rings) {
    const next: Position[] = [];
    const n = r.coords.length;
    r.coords.forEach((a, i) => {
      next.push(a);
      const b = r.coords[(i + 1) % n];
      const endOwners = (p: Position) => [...owners.get(key(p))!].filter((g) => g !== r.feature);
      const [ownA, ownB] = [endOwners(a), endOwners(b)];
      if (ownA.length === 0 || ownB.length === 0) return;
      const found: { t: number; p: Position }[] = [];
      const [x0, x1] = [Math.min(a[0], b[0]) - WELD_TOLERANCE, Math.max(a[0], b[0]) + WELD_TOLERANCE];
      const [y0, y1] = [Math.min(a[1], b[1]) - WELD_TOLERANCE, Math.max(a[1], b[1]) + WELD_TOLERANCE];
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
          for (const v of grid.get(`${cx},${cy}`) ?? []) {
            const own = owners.get(key(v))!;
            if (own.has(r.feature) || !joins(ownA, a, v) || !joins(ownB, b, v)) continue;
            const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
            const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / (dx * dx + dy * dy);
            if (t > 0 && t < 1 && segmentDistance(v, a, b) <= WELD_TOLERANCE) found.push({ t, p: v });
          }
        }
      }
      for (const { p } of found.sort((u, w) => u.t - w.t)) {
        next.push(p);
        owners.get(key(p))!.add(r.feature);
        inserted++;
      }
    });
    r.coords = next;
  }
  return inserted;
}

function ringsOf(g: { type: string; arcs?: unknown }): PolygonArcs {
  if (g.type === 'Polygon') return g.arcs as PolygonArcs;
  if (g.type === 'MultiPolygon') return (g.arcs as PolygonArcs[]).flat();
  return [];
}

/** Raises vertex weights so that every ring keeps MIN_RING_VERTICES after simplify(). */
function protectSmallRings(arcs: Arc[], geometries: { type: string; arcs?: unknown }[]): number {
  let protectedRings = 0;
  for (const ring of geometries.flatMap(ringsOf)) {
    const interior = ring.flatMap((i) => {
      const arc = arcs[i < 0 ? ~i : i];
      return arc.slice(1, -1);
    });
    const kept = ring.length + interior.filter((p) => p[2] >= MIN_WEIGHT).length;
    if (kept >= MIN_RING_VERTICES) continue;
    protectedRings++;
    const candidates = interior.filter((p) => p[2] < MIN_WEIGHT).sort((a, b) => b[2] - a[2]);
    for (const p of candidates.slice(0, MIN_RING_VERTICES - kept)) p[2] = Infinity;
  }
  return protectedRings;
}

function sphericalRingArea(topology: Topology, ring: number[]): number {
  // Area of a ring on the unit sphere via the planar shoelace on radians scaled by
  // cos(latitude): accurate enough to tell a sliver from a real enclave.
  const coords: number[][] = [];
  for (const i of ring) {
    const arc = topology.arcs[i < 0 ? ~i : i] as unknown as number[][];
    const points = i < 0 ? [...arc].reverse() : arc;
    coords.push(...(coords.length ? points.slice(1) : points));
  }
  const rad = Math.PI / 180;
  let sum = 0;
  for (let k = 0; k + 1 < coords.length; k++) {
    const [x0, y0] = coords[k];
    const [x1, y1] = coords[k + 1];
    sum += (x0 * Math.cos(y0 * rad) * y1 - x1 * Math.cos(y1 * rad) * y0) * rad * rad;
  }
  return Math.abs(sum) / 2;
}

/**
 * Dissolves gminas into one geometry per parent code. Tiny holes are gaps that the
 * source's per-gmina simplification left between neighbours; real enclaves (a city
 * with powiat rights inside its powiat) are far larger, so only slivers are dropped.
 */
function mergeLevel(
  topology: Topology,
  gminas: { id: string; type: string; arcs?: unknown }[],
  territories: Territory[],
  parentOf: (gminaCode: string) => string,
  slivers: { dropped: number },
): MergedGeometry[] {
  const groups = new Map<string, typeof gminas>();
  for (const g of gminas) {
    const key = parentOf(g.id);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  return territories.map((t) => {
    const members = groups.get(t.code);
    if (!members) throw new Error(`no gminas for ${t.level} ${t.code}`);
    const merged = mergeArcs(topology, members as unknown as Parameters<typeof mergeArcs>[1]);
    const polygons = (merged.arcs as unknown as PolygonArcs[]).map((polygon) =>
      polygon.filter((ring, k) => {
        const sliver = k > 0 && sphericalRingArea(topology, ring) < SLIVER_AREA;
        if (sliver) slivers.dropped++;
        return !sliver;
      }),
    );
    const properties = { name: t.name };
    return polygons.length === 1
      ? { type: 'Polygon', id: t.code, properties, arcs: polygons[0] }
      : { type: 'MultiPolygon', id: t.code, properties, arcs: polygons };
  });
}

/** Keeps only the arcs one level's objects use, renumbered in first-use order. */
function levelTopology(full: Topology, level: Level, geometries: unknown[]): Topology {
  const renumber = new Map<number, number>();
  const arcs: unknown[] = [];
  const map = (i: number): number => {
    const index = i < 0 ? ~i : i;
    let n = renumber.get(index);
    if (n === undefined) {
      n = arcs.length;
      renumber.set(index, n);
      arcs.push(full.arcs[index]);
    }
    return i < 0 ? ~n : n;
  };
  const remap = (g: MergedGeometry) => {
    const arcsOut =
      g.type === 'Polygon'
        ? (g.arcs as PolygonArcs).map((ring) => ring.map(map))
        : (g.arcs as PolygonArcs[]).map((polygon) => polygon.map((ring) => ring.map(map)));
    // Fixed key order keeps the output byte-stable.
    return { type: g.type, id: g.id, properties: { name: g.properties.name }, arcs: arcsOut };
  };
  const objectGeometries = (geometries as MergedGeometry[]).map(remap);
  return {
    type: 'Topology',
    bbox: full.bbox,
    transform: full.transform,
    objects: { [level]: { type: 'GeometryCollection', geometries: objectGeometries } },
    arcs: arcs as Topology['arcs'],
  } as Topology;
}

function writeOut(name: string, content: string): number {
  writeFileSync(join(OUT, name), content);
  return Buffer.byteLength(content);
}

function main(): void {
  const editions: TercEdition[] = TERC_EDITIONS.map((asOf) => ({
    asOf,
    records: parseTerc(readText(`teryt/TERC_Urzedowy_${asOf}.csv`)),
  }));
  const register = buildRegister(editions.at(-1)!.records);
  const manual = parseManualCodeChanges(readFileSync(join(OUT, 'manual-code-changes.csv'), 'utf8'));
  const history = buildCodeHistory(editions, manual);
  const byLevel = (level: Level) => register.filter((t) => t.level === level);

  const features = gminaFeatures(register);
  const built = buildTopology({ gmina: features }, BUILD_QUANTIZATION) as Topology;
  const weighted = presimplify(built, sphericalTriangleArea) as Topology;
  const gminaObject = weighted.objects.gmina as { geometries: { id: string; type: string; arcs?: unknown }[] };
  const protectedRings = protectSmallRings(weighted.arcs as unknown as Arc[], gminaObject.geometries);
  const simplified = simplify(weighted, MIN_WEIGHT) as Topology;
  delete simplified.transform;

  const gminas = (simplified.objects.gmina as unknown as { geometries: MergedGeometry[] }).geometries;
  const slivers = { dropped: 0 };
  const objects: Record<Level, MergedGeometry[]> = {
    gmina: gminas.map((g) => ({ type: g.type, id: String(g.id), properties: g.properties, arcs: g.arcs })),
    powiat: mergeLevel(simplified, gminas, byLevel('powiat'), (c) => c.slice(0, 4), slivers),
    voivodeship: mergeLevel(simplified, gminas, byLevel('voivodeship'), (c) => c.slice(0, 2), slivers),
    country: mergeLevel(simplified, gminas, byLevel('country'), () => 'PL', slivers),
  };
  const quantized = quantize(simplified, OUTPUT_QUANTIZATION) as Topology;

  mkdirSync(OUT, { recursive: true });
  const sizes: Record<string, number> = {};
  sizes['territories.json'] = writeOut('territories.json', jsonLines(register.map(stableTerritory)));
  sizes['code-history.csv'] = writeOut('code-history.csv', codeHistoryToCsv(history));
  for (const level of [...LEVELS].reverse()) {
    const name = `${level}.topo.json`;
    sizes[name] = writeOut(name, JSON.stringify(levelTopology(quantized, level, objects[level])));
  }

  console.log('Territories:', LEVELS.map((l) => `${l} ${byLevel(l).length}`).join(', '));
  console.log(
    'Gmina kinds:',
    (['urban', 'rural', 'urban-rural'] as const).map((k) => `${k} ${register.filter((t) => t.kind === k).length}`).join(', '),
    `| cities with powiat rights ${register.filter((t) => t.level === 'powiat' && t.cityWithPowiatRights).length}`,
  );
  const changes = new Map<string, number>();
  for (const r of history) changes.set(`${r.change}/${r.source}`, (changes.get(`${r.change}/${r.source}`) ?? 0) + 1);
  console.log(`Code history: ${history.length} rows (${[...changes].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(
    `Topology: ${built.arcs.length} arcs; ${countPoints(built)} -> ${countPoints(quantized)} vertices;`,
    `${protectedRings} small rings protected; ${slivers.dropped} sliver holes dropped from merged levels`,
  );
  for (const [name, bytes] of Object.entries(sizes)) console.log(`  data/geo/${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
}

// One territory per line: small, and a change shows as a one-line diff.
function jsonLines(items: unknown[]): string {
  return `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`;
}

function countPoints(t: Topology): number {
  return (t.arcs as unknown as unknown[][]).reduce((n, arc) => n + arc.length, 0);
}

function stableTerritory(t: Territory): Territory {
  return {
    code: t.code,
    level: t.level,
    name: t.name,
    displayName: t.displayName,
    slug: t.slug,
    ...(t.kind !== undefined && { kind: t.kind }),
    ...(t.cityWithPowiatRights !== undefined && { cityWithPowiatRights: t.cityWithPowiatRights }),
    parents: t.parents,
  };
}

main();
