// Pure functions that turn the TERC register (GUS TERYT) into the portal's territory
// register and code history. No file access here: scripts/geo/build-geo.ts does the I/O,
// so everything below can be tested on inline fixtures.

import { COUNTRY_CODE, type GminaKind, type Territory } from './territory.ts';
import { parseCsv as parseCsvRecords, toCsv } from './csv.ts';

// ---------------------------------------------------------------- TERC parsing

export interface TercRecord {
  woj: string;
  pow: string;
  gmi: string;
  rodz: string;
  name: string;
  nameExtra: string;
  asOf: string;
}

const TERC_HEADER = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'];

/** Parses a TERC_Urzedowy CSV (BOM, `;`, CRLF). Throws on anything unexpected. */
export function parseTerc(text: string): TercRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split(';');
  if (header.join(';') !== TERC_HEADER.join(';')) {
    throw new Error(`TERC header is "${lines[0]}", expected "${TERC_HEADER.join(';')}"`);
  }
  const records: TercRecord[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = lines[i].split(';');
    if (cells.length !== TERC_HEADER.length) {
      throw new Error(`TERC line ${i + 1} has ${cells.length} fields: "${lines[i]}"`);
    }
    const [woj, pow, gmi, rodz, name, nameExtra, asOf] = cells.map((c) => c.trim());
    records.push({ woj, pow, gmi, rodz, name, nameExtra, asOf });
  }
  return records;
}

const GMINA_KIND_BY_RODZ: Record<string, GminaKind> = { '1': 'urban', '2': 'rural', '3': 'urban-rural' };

/** Only RODZ 1/2/3 rows are gminas; 4/5 are parts of urban-rural gminas, 8/9 city districts. */
export function isGminaRecord(r: TercRecord): boolean {
  return r.gmi !== '' && r.rodz in GMINA_KIND_BY_RODZ;
}

export function tercCode(r: TercRecord): string {
  if (r.pow === '') return r.woj;
  if (r.gmi === '') return r.woj + r.pow;
  return r.woj + r.pow + r.gmi + r.rodz;
}

/** POW 61 and above are cities with powiat rights (TERC convention). */
export function isCityPowiatCode(powiatCode: string): boolean {
  return Number(powiatCode.slice(2, 4)) >= 61;
}

// ---------------------------------------------------------------- names

/** "Bielsko-Biała" -> "bielsko-biala", "Łódź" -> "lodz". NFD does not decompose ł. */
export function slugify(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const KIND_LABEL: Record<GminaKind, string> = {
  urban: 'gmina miejska',
  rural: 'gmina wiejska',
  'urban-rural': 'gmina miejsko-wiejska',
};
const CITY_LABEL = 'miasto na prawach powiatu';

/**
 * Each item offers labels from plain to most specific. Items whose labels collide all
 * move one step more specific, until nothing collides; so a name stays plain whenever
 * it is unique, and qualifiers are only as long as needed.
 */
export function disambiguate(candidates: readonly (readonly string[])[]): string[] {
  const step = candidates.map(() => 0);
  for (;;) {
    const labels = candidates.map((c, i) => c[step[i]]);
    const holders = new Map<string, number[]>();
    labels.forEach((label, i) => holders.set(label, [...(holders.get(label) ?? []), i]));
    const colliding = [...holders.values()].filter((idx) => idx.length > 1).flat();
    if (colliding.length === 0) return labels;
    for (const i of colliding) {
      if (step[i] + 1 >= candidates[i].length) {
        throw new Error(`cannot make "${labels[i]}" unique: ${colliding.map((j) => labels[j]).join(' | ')}`);
      }
      step[i]++;
    }
  }
}

// ---------------------------------------------------------------- register

function byCode(a: Territory, b: Territory): number {
  if (a.code === b.code) return 0;
  if (a.code === COUNTRY_CODE) return -1;
  if (b.code === COUNTRY_CODE) return 1;
  return a.code < b.code ? -1 : 1;
}

/** Builds the register (country, voivodeships, powiats, gminas) from one TERC edition. */
export function buildRegister(records: readonly TercRecord[]): Territory[] {
  const voivodeships = records.filter((r) => r.pow === '');
  const powiats = records.filter((r) => r.pow !== '' && r.gmi === '');
  const gminas = records.filter(isGminaRecord);

  const voivName = new Map(voivodeships.map((r) => [r.woj, r.name.toLocaleLowerCase('pl')]));
  const powiatName = new Map(powiats.map((r) => [tercCode(r), r.name]));

  const out: Territory[] = [{ code: COUNTRY_CODE, level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] }];

  for (const r of voivodeships) {
    const name = voivName.get(r.woj)!;
    out.push({
      code: r.woj,
      level: 'voivodeship',
      name,
      displayName: `województwo ${name}`,
      slug: slugify(name),
      parents: [COUNTRY_CODE],
    });
  }

  const powiatDisplay = disambiguate(
    powiats.map((r) => {
      const city = isCityPowiatCode(tercCode(r));
      const voiv = `woj. ${requireName(voivName, r.woj, tercCode(r))}`;
      return city
        ? [`${r.name} (${CITY_LABEL})`, `${r.name} (${CITY_LABEL}, ${voiv})`]
        : [`powiat ${r.name}`, `powiat ${r.name} (${voiv})`];
    }),
  );
  powiats.forEach((r, i) => {
    const code = tercCode(r);
    out.push({
      code,
      level: 'powiat',
      name: r.name,
      displayName: powiatDisplay[i],
      slug: slugify(r.name),
      cityWithPowiatRights: isCityPowiatCode(code),
      parents: [COUNTRY_CODE, r.woj],
    });
  });

  const gminaDisplay = disambiguate(
    gminas.map((r) => {
      const code = tercCode(r);
      const powiatCode = code.slice(0, 4);
      const kind = GMINA_KIND_BY_RODZ[r.rodz];
      const voiv = `woj. ${requireName(voivName, r.woj, code)}`;
      if (isCityPowiatCode(powiatCode)) {
        return [r.name, `${r.name} (${CITY_LABEL})`, `${r.name} (${CITY_LABEL}, ${voiv})`];
      }
      const label = KIND_LABEL[kind];
      const powiat = `powiat ${requireName(powiatName, powiatCode, code)}`;
      // A rural gmina named after its town is easier to place with its powiat.
      const short = kind === 'urban' ? [`${r.name} (${label})`] : [];
      return [r.name, ...short, `${r.name} (${label}, ${powiat})`, `${r.name} (${label}, ${powiat}, ${voiv})`];
    }),
  );
  gminas.forEach((r, i) => {
    const code = tercCode(r);
    out.push({
      code,
      level: 'gmina',
      name: r.name,
      displayName: gminaDisplay[i],
      slug: slugify(r.name),
      kind: GMINA_KIND_BY_RODZ[r.rodz],
      cityWithPowiatRights: isCityPowiatCode(code.slice(0, 4)),
      parents: [COUNTRY_CODE, r.woj, code.slice(0, 4)],
    });
  });

  const seen = new Set<string>();
  for (const t of out) {
    if (seen.has(t.code)) throw new Error(`duplicate territory code ${t.code}`);
    seen.add(t.code);
  }
  return out.sort(byCode);
}

function requireName(names: Map<string, string>, code: string, child: string): string {
  const name = names.get(code);
  if (name === undefined) throw new Error(`${child}: parent ${code} is missing from TERC`);
  return name;
}

// ---------------------------------------------------------------- boundary join

export interface BoundaryMismatch {
  /** 6-digit boundary codes with no TERC gmina (RODZ 1/2/3) of that WWPPGG. */
  boundaryWithoutTerritory: string[];
  /** 7-digit register gminas with no boundary feature. */
  territoryWithoutBoundary: string[];
  /** 6-digit codes carried by more than one boundary feature. */
  duplicateBoundaryCodes: string[];
  /** WWPPGG prefixes shared by several register gminas (TERC promises there are none). */
  ambiguousPrefixes: string[];
}

/** Maps 6-digit boundary codes (WWPPGG, no RODZ) to 7-digit register gmina codes. */
export function gminaCodeByPrefix(register: readonly Territory[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const t of register) if (t.level === 'gmina') map.set(t.code.slice(0, 6), t.code);
  return map;
}

export function findBoundaryMismatches(boundaryCodes: readonly string[], register: readonly Territory[]): BoundaryMismatch {
  const gminaCodes = register.filter((t) => t.level === 'gmina').map((t) => t.code);
  const prefixCount = new Map<string, number>();
  for (const c of gminaCodes) prefixCount.set(c.slice(0, 6), (prefixCount.get(c.slice(0, 6)) ?? 0) + 1);
  const boundaryCount = new Map<string, number>();
  for (const c of boundaryCodes) boundaryCount.set(c, (boundaryCount.get(c) ?? 0) + 1);
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    boundaryWithoutTerritory: sorted(boundaryCodes.filter((c) => !prefixCount.has(c))),
    territoryWithoutBoundary: sorted(gminaCodes.filter((c) => !boundaryCount.has(c.slice(0, 6)))),
    duplicateBoundaryCodes: sorted([...boundaryCount].filter(([, n]) => n > 1).map(([c]) => c)),
    ambiguousPrefixes: sorted([...prefixCount].filter(([, n]) => n > 1).map(([c]) => c)),
  };
}

export function hasMismatch(m: BoundaryMismatch): boolean {
  return Object.values(m).some((list: string[]) => list.length > 0);
}

// ---------------------------------------------------------------- code history

export const CODE_CHANGES = ['kind-change', 'recoded', 'renamed', 'merged', 'created', 'abolished'] as const;
export type CodeChangeKind = (typeof CODE_CHANGES)[number];

/**
 * One gmina code (or name) that is not current any more, and where it went.
 * kind-change: same WWPPGG, new RODZ digit; recoded: new WWPPGG, same unit;
 * renamed: same code, new name (oldCode = newCode); merged: absorbed by newCode;
 * created: new unit without predecessor (oldCode empty); abolished: no known successor.
 */
export interface CodeChange {
  oldCode: string;
  newCode: string;
  oldName: string;
  newName: string;
  /** The last date on which the old code (or name) is known to have been valid. */
  validUntil: string;
  change: CodeChangeKind;
  source: 'terc' | 'manual';
  note: string;
}

export interface TercEdition {
  asOf: string;
  records: TercRecord[];
}

export interface ManualCodeChange {
  oldCode: string;
  newCode: string;
  validUntil: string;
  change: CodeChangeKind;
  oldName: string;
  note: string;
}

function gminaNames(records: readonly TercRecord[]): Map<string, string> {
  return new Map(records.filter(isGminaRecord).map((r) => [tercCode(r), r.name]));
}

/**
 * Compares older TERC editions with the newest one, gmina by gmina, then adds the
 * manual rows for changes older than the oldest edition. A manual row may replace an
 * "abolished" row (TERC cannot tell where a unit went) but never contradict a successor.
 */
export function buildCodeHistory(editions: readonly TercEdition[], manual: readonly ManualCodeChange[] = []): CodeChange[] {
  const ordered = [...editions].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const current = ordered.at(-1);
  if (!current) throw new Error('buildCodeHistory needs at least one TERC edition');
  const older = ordered.slice(0, -1).map((e) => ({ asOf: e.asOf, names: gminaNames(e.records) }));
  const now = gminaNames(current.records);
  const nowByPrefix = new Map([...now.keys()].map((c) => [c.slice(0, 6), c]));

  const rows = new Map<string, CodeChange>();
  const key = (r: Pick<CodeChange, 'oldCode' | 'newCode' | 'oldName'>) => `${r.oldCode}|${r.newCode}|${r.oldName}`;
  const put = (r: CodeChange) => rows.set(key(r), r);

  // Iterating oldest first lets later editions overwrite validUntil with a later date.
  for (const edition of older) {
    for (const [oldCode, oldName] of edition.names) {
      const stillCurrent = now.get(oldCode);
      if (stillCurrent !== undefined) {
        if (stillCurrent !== oldName) {
          put(row(oldCode, oldCode, oldName, stillCurrent, edition.asOf, 'renamed', ''));
        }
        continue;
      }
      const samePrefix = nowByPrefix.get(oldCode.slice(0, 6));
      if (samePrefix !== undefined) {
        const renamed = now.get(samePrefix) !== oldName ? `; also renamed from ${oldName}` : '';
        const note = `RODZ ${oldCode[6]} -> ${samePrefix[6]}${renamed}`;
        put(row(oldCode, samePrefix, oldName, now.get(samePrefix)!, edition.asOf, 'kind-change', note));
        continue;
      }
      const sameName = [...now].find(([c, n]) => n === oldName && c.slice(0, 4) === oldCode.slice(0, 4) && !edition.names.has(c));
      if (sameName) {
        put(row(oldCode, sameName[0], oldName, sameName[1], edition.asOf, 'recoded', 'same name in the same powiat'));
      } else {
        put(row(oldCode, '', oldName, '', edition.asOf, 'abolished', 'no successor in TERC'));
      }
    }
  }

  const previous = older.at(-1);
  const successors = new Set([...rows.values()].map((r) => r.newCode));
  if (previous) {
    for (const [code, name] of now) {
      if (!previous.names.has(code) && !successors.has(code)) {
        put(row('', code, '', name, '', 'created', `first in TERC ${current.asOf}; not in ${previous.asOf}`));
      }
    }
  }

  for (const m of manual) {
    const existing = [...rows.values()].find((r) => r.oldCode === m.oldCode && r.change !== 'renamed');
    if (existing && existing.change !== 'abolished') {
      if (existing.newCode !== m.newCode) {
        throw new Error(`manual change ${m.oldCode} -> ${m.newCode} contradicts TERC (${existing.newCode})`);
      }
      continue;
    }
    if (existing) rows.delete(key(existing));
    const newName = now.get(m.newCode);
    if (m.newCode !== '' && newName === undefined && !manual.some((o) => o.oldCode === m.newCode)) {
      throw new Error(`manual change ${m.oldCode} -> ${m.newCode}: ${m.newCode} is not a current gmina`);
    }
    rows.set(key(m), { ...m, newName: newName ?? '', source: 'manual' });
  }

  return [...rows.values()].sort(
    (a, b) => (a.oldCode || a.newCode).localeCompare(b.oldCode || b.newCode) || a.validUntil.localeCompare(b.validUntil),
  );
}

function row(
  oldCode: string,
  newCode: string,
  oldName: string,
  newName: string,
  validUntil: string,
  change: CodeChangeKind,
  note: string,
): CodeChange {
  return { oldCode, newCode, oldName, newName, validUntil, change, source: 'terc', note };
}

interface CodeIndex {
  current: Set<string>;
  successor: Map<string, string>;
}
const indexCache = new WeakMap<readonly CodeChange[], WeakMap<readonly Territory[], CodeIndex>>();

function codeIndex(history: readonly CodeChange[], register: readonly Territory[]): CodeIndex {
  let byRegister = indexCache.get(history);
  if (!byRegister) indexCache.set(history, (byRegister = new WeakMap()));
  let index = byRegister.get(register);
  if (!index) {
    const successor = new Map<string, string>();
    for (const r of history) if (r.oldCode && r.newCode && r.oldCode !== r.newCode) successor.set(r.oldCode, r.newCode);
    index = { current: new Set(register.map((t) => t.code)), successor };
    byRegister.set(register, index);
  }
  return index;
}

/**
 * The current code for a code found in some data file: itself when current, else the
 * successor through the history (following chains). undefined when unknown, so the
 * caller can report it instead of dropping the row silently. Both arrays are indexed
 * on first use and must not be changed afterwards.
 */
export function mapCode(code: string, history: readonly CodeChange[], register: readonly Territory[]): string | undefined {
  const { current, successor } = codeIndex(history, register);
  const visited = new Set<string>();
  let c: string | undefined = code.trim();
  while (c !== undefined && !current.has(c)) {
    if (visited.has(c)) return undefined;
    visited.add(c);
    c = successor.get(c);
  }
  return c;
}

/** Rows of fields, without the line numbers the shared reader keeps for error messages. */
function csvRows(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.fields);
}

/** Reads data/geo/manual-code-changes.csv by column name; oldCode,newCode,validUntil required. */
export function parseManualCodeChanges(text: string): ManualCodeChange[] {
  const [header, ...rows] = csvRows(text);
  const col = (name: string, required: boolean) => {
    const i = header.indexOf(name);
    if (i < 0 && required) throw new Error(`manual code changes: missing column ${name}`);
    return i;
  };
  const [oldCode, newCode, validUntil, change, oldName, note] = [
    col('oldCode', true),
    col('newCode', true),
    col('validUntil', true),
    col('change', false),
    col('oldName', false),
    col('note', false),
  ];
  return rows.map((r, n) => {
    const kind = (change >= 0 ? r[change] : 'merged') as CodeChangeKind;
    if (!CODE_CHANGES.includes(kind)) throw new Error(`manual code changes row ${n + 2}: unknown change "${kind}"`);
    // An abolished unit may have no single successor (e.g. split between neighbours).
    const newOk = /^\d{7}$/.test(r[newCode]) || (kind === 'abolished' && r[newCode] === '');
    if (!/^\d{7}$/.test(r[oldCode]) || !newOk) {
      throw new Error(`manual code changes row ${n + 2}: codes must have 7 digits`);
    }
    return {
      oldCode: r[oldCode],
      newCode: r[newCode],
      validUntil: r[validUntil],
      change: kind,
      oldName: oldName >= 0 ? r[oldName] : '',
      note: note >= 0 ? (r[note] ?? '') : '',
    };
  });
}

export const CODE_HISTORY_COLUMNS = ['oldCode', 'newCode', 'oldName', 'newName', 'validUntil', 'change', 'source', 'note'] as const;

export function codeHistoryToCsv(history: readonly CodeChange[]): string {
  return toCsv(
    CODE_HISTORY_COLUMNS,
    history.map((r) => CODE_HISTORY_COLUMNS.map((c) => r[c])),
  );
}

export function parseCodeHistoryCsv(text: string): CodeChange[] {
  const [header, ...rows] = csvRows(text);
  if (header.join(',') !== CODE_HISTORY_COLUMNS.join(',')) throw new Error(`unexpected code-history header: ${header}`);
  return rows.map((r) => Object.fromEntries(CODE_HISTORY_COLUMNS.map((c, i) => [c, r[i] ?? ''])) as unknown as CodeChange);
}
