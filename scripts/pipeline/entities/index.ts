// The directory of social economy entities in the pipeline: one entry to build, one to emit.
//
//   const entities = buildEntities({ register, gminaCounts: countsFromSeries(seriesFromBuild(build, catalogue), year),
//     year, seed: info.demoSeed, topology: gminaTopology, entitiesDir: 'data/entities' });
//   if (entities.problems.length) throw new InputError(entities.problems);
//   emitEntities(entities, out.write, { release: id, register });
//
// writes public/data/<release>/entities/index.json, by-territory.json, checks.json and
// <id>.json per entity (types in src/features/directory/entity-files.ts).
//
// With no *.csv in entitiesDir the directory is generated from the count indicators
// (scripts/pipeline/entities/demo.ts) and must match them exactly: a difference is a problem. With
// a real list, the list is used as it is and the differences go to checks.json.
import type { TerritoryRef } from '#core/data-types.ts';
import { CERTIFICATE_KINDS, OFFER_CATEGORIES, PES_CATEGORIES } from '#features/directory/entity-vocabularies.ts';
import type { Entity } from '#features/directory/entity-record.ts';
import { entitySchema } from '#features/directory/entity-schema.ts';
import { asOfDate, certificatesHeldIn, isSocialEnterpriseOn } from '#features/directory/entity-dates.ts';
import type {
  EntitiesByTerritory,
  EntityChecks,
  EntityCountDifference,
  EntityFile,
  EntityIndex,
  EntityOfferText,
} from '#features/directory/entity-files.ts';
import { COUNTRY_CODE, type Territory } from '#core/territory.ts';
import type { Topology } from 'topojson-specification';
import type { InputProblem } from '#scripts/pipeline/source-row.ts';
import { compareCounts, type GminaCounts } from './counts.ts';
import { generateDemoEntities } from './demo.ts';
import { gminaPlacer, placeEntities } from './place.ts';
import { listEntityFiles, readEntityFiles, type ReadEntity } from './read-csv.ts';
import { DATA_FILE } from '#core/urls.ts';
import { pushAll } from '#core/arrays.ts';

export { RESERVED_IDS } from './read-csv.ts';

export { countsFromLevelFiles, countsFromSeries, type GminaCounts } from './counts.ts';

export interface BuildEntitiesInput {
  register: Territory[];
  /** Count indicator values of a gmina in `year` (SPS_KRS, CIS, KIS, ZAZ, WTZ, PS_ACT, ZJ_CERT, ZP_CERT; POP for weights). */
  gminaCounts: GminaCounts;
  /** The release's latest year. */
  year: number;
  /** The release's demoSeed. */
  seed: string;
  /** data/geo/gmina.topo.json, parsed. */
  topology: Topology;
  /** data/entities: a real list is every *.csv directly in it. */
  entitiesDir: string;
}

export interface BuiltEntities {
  mode: 'demo' | 'real';
  year: number;
  /** Sorted by id. */
  entities: Entity[];
  problems: InputProblem[];
  /** Directory count vs count indicator; always empty for the demo. */
  countCheck: EntityCountDifference[];
}

export function buildEntities(input: BuildEntitiesInput): BuiltEntities {
  const { register, gminaCounts, year, seed, topology, entitiesDir } = input;
  const territories = new Map(register.map((t) => [t.code, t]));
  const files = listEntityFiles(entitiesDir);
  const mode: BuiltEntities['mode'] = files.length ? 'real' : 'demo';
  const problems: InputProblem[] = [];
  let read: ReadEntity[];
  let origins: { file: string; line: number }[];
  if (mode === 'real') {
    const r = readEntityFiles(files, territories);
    read = r.entities;
    origins = r.origins;
    pushAll(problems, r.problems);
  } else {
    read = generateDemoEntities({ register, counts: gminaCounts, year, seed });
    origins = read.map((e) => ({ file: `scripts/pipeline/entities/demo.ts (generated ${e.id})`, line: 0 }));
  }

  const placer = gminaPlacer(topology, seed);
  read.forEach((e, i) => {
    if (!e.location && !placer.has(e.gmina))
      problems.push({
        ...origins[i],
        line: origins[i].line || undefined,
        value: e.gmina,
        message: 'gmina has no boundary in data/geo/gmina.topo.json',
        fix: 'give lat and lon, or rebuild data/geo (npm run geo)',
      });
  });
  if (problems.length) return { mode, year, entities: [], problems, countCheck: [] };

  const entities = placeEntities(read, placer)
    .map(canonicalEntity)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (mode === 'demo')
    entities.forEach((e) => {
      const r = entitySchema().safeParse(e);
      if (!r.success)
        for (const issue of r.error.issues)
          problems.push({
            file: 'scripts/pipeline/entities/demo.ts',
            value: e.id,
            message: `generated entity invalid: ${issue.path.join('.')}: ${issue.message}`,
            fix: 'fix the demo generator',
          });
    });

  const gminaCodes = register.filter((t) => t.level === 'gmina').map((t) => t.code);
  const countCheck = compareCounts(entities, gminaCodes, gminaCounts, year);
  if (mode === 'demo')
    for (const d of countCheck.filter((c) => c.code !== COUNTRY_CODE))
      problems.push({
        file: 'scripts/pipeline/entities/demo.ts',
        value: `${d.indicator} ${d.code}`,
        message: `demo directory has ${d.directory} where the indicator has ${d.indicatorValue}`,
        fix: 'fix the demo generator: it must match the count indicators exactly',
      });
  return { mode, year, entities, problems, countCheck };
}

/** The entity with its keys in the order of the Entity interface and no undefined values, so files read well and diff cleanly. */
export function canonicalEntity(e: Entity): Entity {
  const order: (keyof Entity)[] = [
    'id',
    'name',
    'category',
    'legalForm',
    'operator',
    'pkd',
    'socialEnterprise',
    'krs',
    'regon',
    'nip',
    'address',
    'gmina',
    'location',
    'offer',
    'socialClauses',
    'certificates',
    'owes',
    'contact',
    'source',
    'verified',
    'demo',
  ];
  const out: Record<string, unknown> = {};
  for (const k of order) if (e[k] !== undefined) out[k] = e[k];
  const loc = e.location;
  out.location = { lat: loc.lat, lon: loc.lon, approximate: loc.approximate };
  return JSON.parse(JSON.stringify(out)) as Entity;
}

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

export function buildIndex(built: BuiltEntities, release: string): EntityIndex {
  const { entities, year } = built;
  const asOf = asOfDate(year);
  const vocab = { category: [...PES_CATEGORIES], offer: [...OFFER_CATEGORIES], cert: [...CERTIFICATE_KINDS] };
  const idx = <T>(xs: readonly T[]) => new Map(xs.map((x, i) => [x, i]));
  const cat = idx(vocab.category);
  const off = idx(vocab.offer);
  const crt = idx(vocab.cert);
  return {
    release,
    year,
    asOf,
    mode: built.mode,
    count: entities.length,
    vocab,
    id: entities.map((e) => e.id),
    name: entities.map((e) => e.name),
    category: entities.map((e) => cat.get(e.category)!),
    gmina: entities.map((e) => e.gmina),
    lat: entities.map((e) => Math.round(e.location.lat * 1e4) / 1e4),
    lon: entities.map((e) => Math.round(e.location.lon * 1e4) / 1e4),
    approx: entities.map((e) => bit(e.location.approximate)),
    offer: entities.map((e) => e.offer.categories.map((o) => off.get(o)!)),
    cert: entities.map((e) => certificatesHeldIn(e, year).map((k) => crt.get(k)!)),
    se: entities.map((e) => bit(isSocialEnterpriseOn(e, asOf))),
    clauses: entities.map((e) => (e.socialClauses === undefined ? null : bit(e.socialClauses))),
    demo: entities.map((e) => bit(e.demo)),
  };
}

export function buildByTerritory(built: BuiltEntities, release: string, register: Territory[]): EntitiesByTerritory {
  const byCode = new Map(register.map((t) => [t.code, t]));
  const cat = new Map(PES_CATEGORIES.map((c, i) => [c, i]));
  const counts: Record<string, number[]> = {};
  const socialEnterprises: Record<string, number> = {};
  const asOf = asOfDate(built.year);
  for (const e of built.entities) {
    const g = byCode.get(e.gmina);
    const codes = [...(g?.parents ?? [COUNTRY_CODE]), e.gmina];
    const se = isSocialEnterpriseOn(e, asOf);
    for (const code of codes) {
      (counts[code] ??= PES_CATEGORIES.map(() => 0))[cat.get(e.category)!]++;
      if (se) socialEnterprises[code] = (socialEnterprises[code] ?? 0) + 1;
    }
  }
  const sorted = <T>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a === 'PL' ? -1 : b === 'PL' ? 1 : a.localeCompare(b))));
  return {
    release,
    year: built.year,
    mode: built.mode,
    categories: [...PES_CATEGORIES],
    counts: sorted(counts),
    socialEnterprises: sorted(socialEnterprises),
  };
}

export function buildEntityFile(e: Entity, ctx: { release: string; year: number; byCode: Map<string, Territory> }): EntityFile {
  const g = ctx.byCode.get(e.gmina);
  const ref = (t: Territory): TerritoryRef => ({ code: t.code, level: t.level, name: t.name, displayName: t.displayName, slug: t.slug });
  const place = g ? [...g.parents.filter((p) => p !== COUNTRY_CODE).map((p) => ctx.byCode.get(p)!), g].map(ref) : [];
  const asOf = asOfDate(ctx.year);
  return {
    release: ctx.release,
    year: ctx.year,
    asOf,
    entity: e,
    place,
    socialEnterprise: isSocialEnterpriseOn(e, asOf),
    certificates: certificatesHeldIn(e, ctx.year),
  };
}

/** Writes entities/index.json, offer-text.json, by-territory.json, checks.json and <id>.json through the pipeline's writer (paths relative to the release folder). */
export function emitEntities(
  built: BuiltEntities,
  write: (relPath: string, data: unknown) => void,
  ctx: { release: string; register: Territory[] },
): void {
  const byCode = new Map(ctx.register.map((t) => [t.code, t]));
  write(DATA_FILE.entitiesIndex, buildIndex(built, ctx.release));
  const text: EntityOfferText = {
    release: ctx.release,
    count: built.entities.length,
    text: built.entities.map((e) => e.offer.description ?? ''),
  };
  write(DATA_FILE.entitiesOfferText, text);
  write(DATA_FILE.entitiesByTerritory, buildByTerritory(built, ctx.release, ctx.register));
  const checks: EntityChecks = { release: ctx.release, year: built.year, mode: built.mode, differences: built.countCheck };
  write(DATA_FILE.entitiesChecks, checks);
  for (const e of built.entities) write(`entities/${e.id}.json`, buildEntityFile(e, { release: ctx.release, year: built.year, byCode }));
}
