// npm run geo: TERC editions + gmina boundaries -> data/geo/ (territory register, code
// history, one TopoJSON per level). All levels are merged from ONE simplified gmina
// topology so that gmina, powiat, voivodeship and country borders coincide exactly.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
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
  mapCode,
  parseManualCodeChanges,
  parseTerc,
  type TercEdition,
} from '#core/geo-register.ts';
import { LEVELS, type Level, type Territory } from '#core/territory.ts';
import { dissolveLevel, type Arcs, type DissolveReport, type PolygonArcs } from './dissolve-gminas.ts';
import { weldBorders, type WeldReport } from './weld-borders.ts';
import { pushAll } from '#core/arrays.ts';
import { arcRenumbering } from '#core/topology-arcs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = join(ROOT, 'data/sources');
const OUT = join(ROOT, 'data/geo');
const TERC_EDITIONS = ['2023-01-01', '2024-01-01', '2026-01-01'];

// Grid for building the topology: about 7 m, the precision of the source (4 decimals),
// so vertices that the border welding made equal stay equal and nothing else moves.
const BUILD_QUANTIZATION = 1e5;
// Visvalingam effective area below which a vertex is dropped, in steradians (0.1 km2).
// The source is already simplified to 0.003 degrees, so this removes only the least
// visible ~2% of vertices; more would start to deform town gminas of a few km2.
const MIN_WEIGHT = 0.1 / 6371 ** 2;
// A ring never falls below this many distinct vertices, so no gmina collapses.
const MIN_RING_VERTICES = 5;
// Output grid: about 34 m x 32 m, below a pixel on any national or voivodeship map.
const OUTPUT_QUANTIZATION = 2e4;

type Arc = number[][];
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

/** Gmina features keyed by their 7-digit code, borders welded; fails on any code mismatch. */
function gminaFeatures(register: Territory[]): { features: FeatureCollection<Polygon | MultiPolygon>; weld: WeldReport } {
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
  const weld = weldBorders(features);
  return { features: { type: 'FeatureCollection', features }, weld };
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

/** Dissolves gminas into one geometry per territory of a higher level. */
function mergeLevel(
  arcs: Arcs,
  gminas: MergedGeometry[],
  territories: Territory[],
  parentOf: (gminaCode: string) => string,
  report: DissolveReport,
): MergedGeometry[] {
  const groups = new Map<string, PolygonArcs[]>(territories.map((t) => [t.code, []]));
  for (const g of gminas) {
    const polygons = g.type === 'Polygon' ? [g.arcs as PolygonArcs] : (g.arcs as PolygonArcs[]);
    const group = groups.get(parentOf(g.id));
    if (!group) throw new Error(`gmina ${g.id} has no ${territories[0].level} in the register`);
    pushAll(group, polygons);
  }
  const dissolved = dissolveLevel(arcs, groups, report);
  return territories.map((t) => {
    const polygons = dissolved.get(t.code)!;
    if (polygons.length === 0) throw new Error(`no geometry for ${t.level} ${t.code}`);
    const properties = { name: t.name };
    return polygons.length === 1
      ? { type: 'Polygon', id: t.code, properties, arcs: polygons[0] }
      : { type: 'MultiPolygon', id: t.code, properties, arcs: polygons };
  });
}

/** Keeps only the arcs one level's objects use, renumbered in first-use order. */
function levelTopology(full: Topology, level: Level, geometries: unknown[]): Topology {
  const { ref: map, arcs } = arcRenumbering(full.arcs);
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
    arcs,
  } as Topology;
}

/** BDL gmina codes (RODZ 1/2/3) that neither the register nor the history can place. */
function unmappableBdlCodes(history: ReturnType<typeof buildCodeHistory>, register: Territory[]): string[] {
  const text = readText('population/bdl_ludnosc_ekonomiczne_grupy_wieku_gminy_2010-2019.csv');
  return text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code, name] = line.split(';').map((cell) => cell.replace(/"/g, ''));
      return { code, name };
    })
    .filter(({ code }) => /^\d{6}[123]$/.test(code) && mapCode(code, history, register) === undefined)
    .map(({ code, name }) => `${code} ${name}`);
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

  const { features, weld } = gminaFeatures(register);
  const built = buildTopology({ gmina: features }, BUILD_QUANTIZATION) as Topology;
  // presimplify takes the weight function as a second argument; its type definitions omit it.
  const presimplifyWith = presimplify as unknown as (t: Topology, weight: typeof sphericalTriangleArea) => Topology;
  const weighted = presimplifyWith(built, sphericalTriangleArea);
  const gminaObject = weighted.objects.gmina as { geometries: { id: string; type: string; arcs?: unknown }[] };
  const protectedRings = protectSmallRings(weighted.arcs as unknown as Arc[], gminaObject.geometries);
  const simplified = simplify(weighted, MIN_WEIGHT) as Topology;
  delete simplified.transform;

  const gminas = (simplified.objects.gmina as unknown as { geometries: MergedGeometry[] }).geometries;
  const dissolved: Record<string, DissolveReport> = {};
  const merge = (level: Level, parentOf: (code: string) => string) =>
    mergeLevel(simplified.arcs as unknown as Arcs, gminas, byLevel(level), parentOf, (dissolved[level] = { slivers: 0, holes: 0 }));
  const objects: Record<Level, MergedGeometry[]> = {
    gmina: gminas.map((g) => ({ type: g.type, id: String(g.id), properties: g.properties, arcs: g.arcs })),
    powiat: merge('powiat', (c) => c.slice(0, 4)),
    voivodeship: merge('voivodeship', (c) => c.slice(0, 2)),
    country: merge('country', () => 'PL'),
  };
  const quantized = quantize(simplified as Parameters<typeof quantize>[0], OUTPUT_QUANTIZATION) as Topology;

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
  const unmapped = unmappableBdlCodes(history, register);
  console.log(`BDL 2010-2019 gmina codes without a 2026 code: ${unmapped.length}${unmapped.length ? ` (${unmapped.join(', ')})` : ''}`);
  console.log(
    `Welded borders: ${weld.cornersPaired} corners paired, ${weld.cornersSnapped} snapped to junctions,`,
    `${weld.verticesRestored} dropped vertices restored, ${weld.sectionsUnified} border sections unified`,
    `(${weld.sectionsLeftApart} left apart: too far to be one border)`,
  );
  console.log(
    `Topology: ${built.arcs.length} arcs; ${countPoints(built)} -> ${countPoints(quantized)} vertices;`,
    `${protectedRings} small rings protected`,
  );
  console.log(
    'Dissolved levels (sliver rings dropped / enclave holes kept):',
    Object.entries(dissolved)
      .map(([level, r]) => `${level} ${r.slivers}/${r.holes}`)
      .join(', '),
  );
  for (const [name, bytes] of Object.entries(sizes))
    console.log(`  data/geo/${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
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
