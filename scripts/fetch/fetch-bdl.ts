// `npm run fetch:bdl`: for every indicator whose `bdl` block (indicators/*.yaml) names BDL
// variable ids, fetch each variable for the block's levels and the years of every release,
// check the variable is the one the catalogue means, and write one snapshot per variable to
// data/sources/bdl/<id>.json (format in data/README.md). Needs network; run by a maintainer,
// never by `npm test` or `npm run build`. The import then reads the snapshots like any source.
//   npm run fetch:bdl                      all variables with an id
//   npm run fetch:bdl -- --only=POP        one indicator
//   npm run fetch:bdl -- --subject=P1342   list a subject's variables (to find ids)
// Set BDL_CLIENT_ID to an API key for the higher rate limits.
import fs from 'node:fs';
import path from 'node:path';
import { maxOf, minOf } from '#core/arrays.ts';
import type { BdlSource } from '#core/catalogue.ts';
import type { Level } from '#core/territory.ts';
import { BDL_LEVEL, terytOfBdlUnit } from '#scripts/import/bdl-units.ts';
import { SNAPSHOT_FORMAT, type BdlSnapshot } from '#scripts/import/bdl-snapshot.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { listReleases, readYaml, releaseSchema } from '#scripts/pipeline/read-release.ts';
import { CLIENT_ID_ENV, createBdlClient, type BdlClient } from './bdl-client.ts';

/**
 * GET /variables/{id} → VariableDetails (Wkryst/gus-bdl-client swagger_client/models/variable_details.py;
 * a real one in AN0DA/pyLDB tests/access/samples/raw/samples_raw_variables.json `get_variable`).
 */
export interface VariableDetails {
  id: number;
  subjectId?: string;
  n1?: string;
  n2?: string;
  n3?: string;
  n4?: string;
  n5?: string;
  /** The lowest level the variable exists at (6 gmina, 5 powiat, …). */
  level?: number;
  measureUnitName?: string;
}

/**
 * GET /data/by-variable/{id} → SingleVariableData (swagger models/single_variable_data.py, unit_data,
 * year_value): paging is over units; `year` is a string, `val` a number, `attrId` the attribute.
 */
export interface SingleVariableData {
  totalRecords: number;
  page?: number;
  pageSize?: number;
  lastUpdate?: string;
  results?: { id: string; name: string; values: { year: string; val: number | null; attrId: number }[] }[];
}

/** The most the clients read use, and what the official R client hard-codes (R/get_request.R `page-Size=100`). */
export const PAGE_SIZE = 100;

export const dimensionsOf = (v: VariableDetails): string[] => [v.n1, v.n2, v.n3, v.n4, v.n5].filter((n): n is string => n !== undefined);

/** Why the variable BDL describes is not the one the catalogue block means; empty when it is. */
export function metadataMismatches(details: VariableDetails, expected: { dimensions: string[] }, block: BdlSource): string[] {
  const out: string[] = [];
  const got = dimensionsOf(details);
  if (got.join(';') !== expected.dimensions.join(';'))
    out.push(`BDL names it "${got.join(';')}", the catalogue expects "${expected.dimensions.join(';')}"`);
  if (details.measureUnitName !== block.unit) out.push(`BDL's unit is "${details.measureUnitName}", the catalogue expects "${block.unit}"`);
  if (block.subject && details.subjectId !== block.subject)
    out.push(`BDL files it under subject ${details.subjectId}, the catalogue expects ${block.subject}`);
  const deepest = maxOf(block.levels.map((l) => BDL_LEVEL[l]));
  if (details.level !== undefined && details.level < deepest)
    out.push(`BDL has it down to level ${details.level} only, the catalogue wants level ${deepest}`);
  return out;
}

export interface SnapshotRequest {
  /** For error messages: the catalogue file that asked for it. */
  file: string;
  variable: { id: number; dimensions: string[] };
  block: BdlSource;
  years: number[];
  lang?: 'pl' | 'en';
  /** Units per page; PAGE_SIZE unless a test pages through a few. */
  pageSize?: number;
}

/** Fetches one variable at every level of its block and returns the snapshot to write. */
export async function fetchSnapshot(client: BdlClient, req: SnapshotRequest, retrieved: Date): Promise<BdlSnapshot> {
  const { id } = req.variable;
  const lang = req.lang ?? 'pl';
  const pageSize = req.pageSize ?? PAGE_SIZE;
  const details = await client.getJson<VariableDetails>(`/variables/${id}`, { lang, format: 'json' }, `variable ${id} metadata`);
  const wrong = metadataMismatches(details, req.variable, req.block);
  if (wrong.length)
    throw new Error(`${req.file}: BDL variable ${id} is not the one the catalogue means: ${wrong.join('; ')}. Is the id right?`);

  const units: BdlSnapshot['units'] = [];
  const updates: string[] = [];
  for (const level of req.block.levels) {
    for (let page = 0, pages = 1; page < pages; page++) {
      const data = await client.getJson<SingleVariableData>(
        `/data/by-variable/${id}`,
        { 'unit-level': BDL_LEVEL[level], year: req.years, page, 'page-size': pageSize, lang, format: 'json' },
        `variable ${id}, level ${level}, page ${page}`,
      );
      pages = Math.ceil(data.totalRecords / pageSize);
      if (data.lastUpdate) updates.push(data.lastUpdate);
      for (const u of data.results ?? []) units.push(toUnit(u, level));
      // An empty page before the count is reached would loop over nothing; stop instead.
      if (!data.results?.length) break;
    }
  }
  return {
    format: SNAPSHOT_FORMAT,
    variable: {
      id,
      subjectId: details.subjectId,
      dimensions: dimensionsOf(details),
      measureUnitName: details.measureUnitName!,
      level: details.level,
    },
    retrieved: retrieved.toISOString(),
    lastUpdate: updates.sort().at(-1) ?? null,
    query: { url: client.url(`/data/by-variable/${id}`), levels: req.block.levels, years: req.years, pageSize, lang },
    units,
  };
}

function toUnit(u: NonNullable<SingleVariableData['results']>[number], level: Level): BdlSnapshot['units'][number] {
  return {
    level,
    id: u.id,
    name: u.name,
    // Kept as BDL gives it, an old code included; the import maps it through the code history.
    teryt: terytOfBdlUnit(u.id, level) ?? '',
    values: u.values.map((v) => ({ year: Number(v.year), val: v.val, attrId: v.attrId })),
  };
}

/** Every variable with an id in the catalogue, as requests for the given years. */
export function snapshotRequests(
  catalogue: readonly { id: string; bdl?: BdlSource }[],
  years: number[],
  only?: string,
): { requests: SnapshotRequest[]; withoutId: string[] } {
  const requests: SnapshotRequest[] = [];
  const withoutId: string[] = [];
  for (const ind of catalogue) {
    if (!ind.bdl || (only && ind.id !== only)) continue;
    for (const v of ind.bdl.variables) {
      const file = `indicators/${ind.id}.yaml`;
      if (v.id === undefined) withoutId.push(`${file}: "${v.dimensions.join(';')}"`);
      else requests.push({ file, variable: { id: v.id, dimensions: v.dimensions }, block: ind.bdl, years });
    }
  }
  return { requests, withoutId };
}

export const snapshotPath = (dir: string, variableId: number) => path.join(dir, `${variableId}.json`);

/** One unit per line, so a new snapshot's diff shows which units changed. */
export function formatSnapshot(s: BdlSnapshot): string {
  const { units, ...head } = s;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "units": [\n${units.map((u) => `    ${JSON.stringify(u)}`).join(',\n')}\n  ]\n}\n`;
}

async function main() {
  const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const client = createBdlClient({ fetch, clientId: process.env[CLIENT_ID_ENV] || undefined });
  const subject = args.get('subject');
  if (subject) {
    // GET /variables?subject-id= (Wkryst/gus-bdl-client swagger_client/api/variables_api.py)
    const list = await client.getJson<{ results: VariableDetails[] }>(
      '/variables',
      { 'subject-id': subject, 'page-size': PAGE_SIZE, lang: 'pl', format: 'json' },
      `variables of subject ${subject}`,
    );
    for (const v of list.results) console.log(`${v.id}\t${dimensionsOf(v).join(';')}\t[${v.measureUnitName}]\tlevel ${v.level}`);
    return;
  }
  const releases = listReleases().map((id) => readYaml(path.join('data/releases', id, 'release.yaml'), releaseSchema));
  const from = minOf(releases.map((r) => r.years.from));
  const to = maxOf(releases.map((r) => r.years.to));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const { requests, withoutId } = snapshotRequests(loadCatalogue(), years, args.get('only'));
  for (const w of withoutId) console.warn(`skipped, no BDL variable id yet: ${w}`);
  if (!requests.length) {
    console.log('Nothing to fetch: no `bdl` variable in indicators/*.yaml has an id.');
    return;
  }
  const dir = 'data/sources/bdl';
  fs.mkdirSync(dir, { recursive: true });
  for (const req of requests) {
    const snapshot = await fetchSnapshot(client, req, new Date());
    fs.writeFileSync(snapshotPath(dir, req.variable.id), formatSnapshot(snapshot));
    console.log(`${snapshotPath(dir, req.variable.id)}: ${snapshot.units.length} units, last update ${snapshot.lastUpdate ?? 'not given'}`);
  }
  console.log('Now run `npm run import` and read data/import-report.md.');
}

if (import.meta.main) {
  main().catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
