// Reads and validates entity lists: data/entities/*.csv (format: data/entities/README.md).
// Every problem names file, line, value, reason and what to do; one bad record stops the
// build. Records that pass become Entity objects; those without coordinates are placed
// later (scripts/pipeline/entities/place.ts), so location is left null here.
import fs from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { toCsv, type CsvRecord } from '#core/csv.ts';
import {
  CERTIFICATE_KINDS,
  LEGAL_FORMS,
  LEGAL_FORMS_OF,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
  type CertificateKind,
  type LegalForm,
  type OfferCategory,
  type PesCategory,
  type QualityMarkCategory,
} from '#features/directory/entity-vocabularies.ts';
import { FORMATS, POLAND_BOUNDS, type Certificate, type Entity } from '#features/directory/entity-record.ts';
import { entitySchema } from '#features/directory/entity-schema.ts';
import { isDate } from '#features/directory/entity-dates.ts';
import { checkIdentifier, isDemoIdentifier, type IdentifierKind } from '#core/identifiers.ts';
import type { Territory } from '#core/territory.ts';
import { InputError, type InputProblem } from '#scripts/pipeline/source-row.ts';
import { isHttpUrl, isPlainEmail, showUnsafe, unsafeTextReason } from '#core/safe-text.ts';

/** Columns of an entity CSV, in the order the writer uses. Only REQUIRED_COLUMNS must be present. */
export const ENTITY_COLUMNS = [
  'id',
  'name',
  'category',
  'legal_form',
  'operator',
  'pkd',
  'se_granted',
  'se_ended',
  'krs',
  'regon',
  'nip',
  'street',
  'postal_code',
  'locality',
  'gmina',
  'lat',
  'lon',
  'offer',
  'offer_description',
  'social_clauses',
  'certificates',
  'owes',
  'website',
  'email',
  'phone',
  'source',
  'verified',
  'demo',
] as const;
export type EntityColumn = (typeof ENTITY_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly EntityColumn[] = ['id', 'name', 'category', 'gmina'];
/** Ids that would clash with the directory's own files under entities/. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['index', 'offer-text', 'by-territory', 'checks']);

/** An entity as read, before placement: location is null when the CSV gives no coordinates. */
export type ReadEntity = Omit<Entity, 'location'> & { location: Entity['location'] | null };

export interface ReadResult {
  entities: ReadEntity[];
  problems: InputProblem[];
  /** Where each entity came from (aligned with entities), for later messages. */
  origins: { file: string; line: number }[];
}

const list = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

const YES = new Set(['yes', 'tak', 'true', '1']);
const NO = new Set(['no', 'nie', 'false', '0']);

/** Parses one certificate "kind:year[:category or name][:validUntil]" (see README). */
function parseCertificate(text: string): { cert?: Certificate; reason?: string } {
  const parts = text.split(':').map((s) => s.trim());
  const [kind, yearText, third, fourth] = parts;
  if (!(CERTIFICATE_KINDS as readonly string[]).includes(kind))
    return { reason: `unknown certificate kind "${kind}" (use ${CERTIFICATE_KINDS.join(', ')})` };
  if (!/^\d{4}$/.test(yearText ?? '')) return { reason: `certificate "${text}" needs a 4-digit year after the kind, e.g. ${kind}:2023` };
  const cert: Certificate = { kind: kind as CertificateKind, year: Number(yearText) };
  if (parts.length > 4) return { reason: `certificate "${text}" has too many parts` };
  let until = fourth;
  if (kind === 'quality-mark' && third) {
    if (/^\d{4}$/.test(third) && fourth === undefined) until = third;
    else if (!(QUALITY_MARK_CATEGORIES as readonly string[]).includes(third))
      return { reason: `unknown Quality Mark category "${third}" (use ${QUALITY_MARK_CATEGORIES.join(', ')})` };
    else cert.category = third as QualityMarkCategory;
  }
  if (kind === 'regional-other') {
    if (!third) return { reason: `certificate "${text}" needs the mark's name: regional-other:<year>:<name>` };
    cert.name = third;
  }
  if (kind === 'zakup-prospoleczny' && third !== undefined)
    return { reason: '"Zakup Prospołeczny" is valid for one year: write only zakup-prospoleczny:<year>' };
  if (until !== undefined) {
    if (!/^\d{4}$/.test(until)) return { reason: `certificate "${text}": the last part must be the 4-digit last year of validity` };
    if (Number(until) < cert.year) return { reason: `certificate "${text}" ends before the year it was awarded` };
    cert.validUntil = Number(until);
  }
  return { cert };
}

/** Certificate back to its CSV text (inverse of parseCertificate). */
export function formatCertificate(c: Certificate): string {
  const parts: (string | number)[] = [c.kind, c.year];
  if (c.category) parts.push(c.category);
  if (c.name) parts.push(c.name);
  if (c.validUntil !== undefined) parts.push(c.validUntil);
  return parts.join(':');
}

// Entity lists are read with csv-parse, not the shared reader in src/core/csv.ts. Measured
// with scripts/checks/csv-bench.ts on an entity CSV of 20,000 rows (6 MB): 1.6 s and 23 MB
// of records against 1.2 s and 100 MB; of 500,000 rows (153 MB): 11–12 s and 565 MB against
// 25–64 s and 2.5 GB. A list of every PES in Poland is tens of thousands of rows, and a
// quote left open is reported at its line instead of swallowing the rest of the file.

const LF = 0x0a;
const CR = 0x0d;

/**
 * The records of a CSV with the line each starts on (1-based, blank lines skipped, BOM
 * dropped, rows of any length kept for the field-count check). csv-parse counts a CRLF
 * inside a quoted field as two lines, so the lines are counted here from each record's
 * end offset: CRLF, LF and a lone CR are one line break each. A malformed file throws
 * CsvError with the line csv-parse stopped at.
 */
export function readCsvRecords(text: string, separator = ','): CsvRecord[] {
  const buf = Buffer.from(text);
  const rows = parse(buf, {
    bom: true,
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { bytes: number } }[];
  let pos = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  let line = 1;
  const isBreak = (i: number) => buf[i] === LF || (buf[i] === CR && buf[i + 1] !== LF);
  return rows.map(({ record, info }) => {
    // Blank lines before the record, then the record itself up to where csv-parse ended it.
    for (; pos < info.bytes && (buf[pos] === LF || buf[pos] === CR); pos++) if (isBreak(pos)) line++;
    const start = line;
    for (; pos < info.bytes; pos++) if (isBreak(pos)) line++;
    return { line: start, fields: record };
  });
}

export function validateEntityCsv(file: string, text: string, ctx: { territories: ReadonlyMap<string, Territory> }): ReadResult {
  const problems: InputProblem[] = [];
  const entities: ReadEntity[] = [];
  const origins: { file: string; line: number }[] = [];
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = e as CsvError & { lines?: number; field?: string };
    problems.push({
      file,
      line: at.lines,
      value: at.field,
      message: `malformed CSV: ${e.message}`,
      fix: 'put a field that holds a comma, quote or line break in double quotes, and double every quote inside it ("")',
    });
    return { entities, problems, origins };
  }
  const header = records.shift();
  if (!header) {
    problems.push({
      file,
      line: 1,
      message: 'empty file',
      fix: `start with a header line naming the columns (at least ${REQUIRED_COLUMNS.join(',')})`,
    });
    return { entities, problems, origins };
  }
  const names = header.fields.map((f) => f.trim());
  // A spreadsheet saved with its regional list separator gives "id;name;category;…".
  if (names.some((n) => n.includes(';') && n.split(';').some((part) => REQUIRED_COLUMNS.includes(part.trim() as EntityColumn)))) {
    problems.push({
      file,
      line: 1,
      value: names.join(','),
      message: 'the columns are separated by semicolons (;), not commas',
      fix: 'use commas: save the sheet as "CSV UTF-8 (comma delimited)", or replace the separators; fields holding a comma go in double quotes',
    });
    return { entities, problems, origins };
  }
  const col = new Map<string, number>();
  names.forEach((n, i) => {
    if (!(ENTITY_COLUMNS as readonly string[]).includes(n))
      problems.push({
        file,
        line: 1,
        value: n,
        message: 'unknown column',
        fix: `use the column names of data/entities/README.md: ${ENTITY_COLUMNS.join(',')}`,
      });
    else if (col.has(n)) problems.push({ file, line: 1, value: n, message: 'column named twice', fix: 'keep one column of each name' });
    else col.set(n, i);
  });
  for (const r of REQUIRED_COLUMNS)
    if (!col.has(r))
      problems.push({
        file,
        line: 1,
        value: names.join(','),
        message: `missing required column ${r}`,
        fix: `the header must include ${REQUIRED_COLUMNS.join(', ')}`,
      });
  if (problems.length) return { entities, problems, origins };

  for (const { line, fields } of records) {
    const before = problems.length;
    const bad = (message: string, value: string | undefined, fix: string) => problems.push({ file, line, value, message, fix });
    if (fields.length !== names.length) {
      bad(
        `expected ${names.length} fields, found ${fields.length}`,
        fields.join(','),
        'quote fields that contain commas; keep one field per header column',
      );
      continue;
    }
    // Control and bidirectional characters are invisible on the page but change what it shows
    // (a line break inside a name, U+202E turning text around): refused in every field.
    const unsafe = names.flatMap((n, i) => {
      const text = fields[i].trim();
      const reason = unsafeTextReason(text, { multiline: n === 'offer_description' });
      return reason ? [{ column: n, reason, value: showUnsafe(text) }] : [];
    });
    for (const u of unsafe)
      bad(
        `${u.column}: ${u.reason}`,
        u.value,
        'delete the invisible character (often pasted from a PDF or another system); names and addresses are one line',
      );
    if (unsafe.length) continue;
    const get = (c: EntityColumn) => {
      const i = col.get(c);
      return i === undefined ? '' : fields[i].trim();
    };

    const id = get('id');
    if (!id) bad('missing id', id, 'give every record a unique id (lower-case letters, digits, hyphens)');
    else if (!FORMATS.ID.test(id) || id.length > 80)
      bad('bad id', id, 'use lower-case ASCII letters, digits and single hyphens, at most 80 characters (e.g. sps-krakow-przyklad)');
    else if (RESERVED_IDS.has(id))
      bad('reserved id', id, `choose another id: ${[...RESERVED_IDS].join(', ')} name the directory's own files`);
    const name = get('name');
    if (!name) bad('missing name', name, 'give the entity name as registered');

    const categoryText = get('category');
    const category = categoryText as PesCategory;
    if (!(PES_CATEGORIES as readonly string[]).includes(categoryText))
      bad('unknown category', categoryText, `use one of: ${PES_CATEGORIES.join(', ')}`);

    const legalFormText = get('legal_form');
    if (legalFormText) {
      if (!(LEGAL_FORMS as readonly string[]).includes(legalFormText))
        bad('unknown legal form', legalFormText, `use one of: ${LEGAL_FORMS.join(', ')}`);
      else if (
        (PES_CATEGORIES as readonly string[]).includes(categoryText) &&
        !LEGAL_FORMS_OF[category].includes(legalFormText as LegalForm)
      )
        bad(
          `legal form ${legalFormText} does not fit category ${categoryText}`,
          legalFormText,
          `allowed for ${categoryText}: ${LEGAL_FORMS_OF[category].join(', ')}`,
        );
    }

    const pkd = get('pkd');
    if (pkd && !FORMATS.PKD.test(pkd)) bad('bad PKD code', pkd, 'write the code with dots and the letter, e.g. 56.29.Z');

    const granted = get('se_granted');
    const ended = get('se_ended');
    if (granted && !isDate(granted)) bad('bad date of social enterprise status', granted, 'write a real date as YYYY-MM-DD');
    if (ended && !isDate(ended)) bad('bad end date of social enterprise status', ended, 'write a real date as YYYY-MM-DD');
    if (ended && !granted) bad('status end date without a grant date', ended, 'give se_granted as well, or leave se_ended empty');
    if (granted && ended && isDate(granted) && isDate(ended) && ended < granted)
      bad('social enterprise status ends before it was granted', `${granted} … ${ended}`, 'check the two dates');

    const demoText = get('demo').toLowerCase();
    let demo = false;
    if (YES.has(demoText)) demo = true;
    else if (demoText && !NO.has(demoText)) bad('bad demo flag', get('demo'), 'write yes or no (or leave empty for a real record)');

    const ids: Partial<Record<IdentifierKind, string>> = {};
    for (const kind of ['krs', 'regon', 'nip'] as const) {
      const v = get(kind);
      if (!v) continue;
      const r = checkIdentifier(kind, v);
      if (!r.ok) bad(r.reason, v, `check the ${kind.toUpperCase()} against the register (or leave it empty)`);
      else if (!demo && isDemoIdentifier(kind, r.value))
        bad(`${kind.toUpperCase()} in the range reserved for demo records`, v, 'use the real number, or mark the record demo=yes');
      else ids[kind] = r.value;
    }

    const postal = get('postal_code');
    if (postal && !FORMATS.POSTAL.test(postal)) bad('bad postal code', postal, 'write it as NN-NNN');

    const gmina = get('gmina');
    const territory = ctx.territories.get(gmina);
    if (!gmina) bad('missing gmina', gmina, 'give the 7-digit TERYT code of the gmina (with the type digit)');
    else if (!territory)
      bad(
        'unknown TERYT code',
        gmina,
        /^\d{7}$/.test(gmina)
          ? 'this gmina code is not in the current TERC register (data/geo/territories.json); translate an older code with data/geo/code-history.csv'
          : 'give the 7-digit gmina TERYT code with leading zeros (e.g. 1211092)',
      );
    else if (territory.level !== 'gmina')
      bad(`TERYT code of a ${territory.level}, not a gmina`, gmina, 'give the 7-digit code of the gmina where the entity is');

    const latText = get('lat');
    const lonText = get('lon');
    let location: ReadEntity['location'] = null;
    if (latText || lonText) {
      const lat = Number(latText);
      const lon = Number(lonText);
      if (!latText || !lonText)
        bad(
          'only one coordinate given',
          `${latText},${lonText}`,
          'give both lat and lon, or neither (the entity is then placed in its gmina)',
        );
      else if (!/^-?\d+(\.\d+)?$/.test(latText) || !/^-?\d+(\.\d+)?$/.test(lonText))
        bad('coordinates are not numbers', `${latText},${lonText}`, 'write decimal degrees with a dot, e.g. 50.0614 and 19.9372');
      else if (lat < POLAND_BOUNDS.latMin || lat > POLAND_BOUNDS.latMax || lon < POLAND_BOUNDS.lonMin || lon > POLAND_BOUNDS.lonMax)
        bad('coordinates outside Poland', `${latText},${lonText}`, 'check the order (lat is 49–55, lon is 14–24) and the decimal point');
      else location = { lat, lon, approximate: false };
    }

    const offer: OfferCategory[] = [];
    for (const o of list(get('offer'))) {
      if (!(OFFER_CATEGORIES as readonly string[]).includes(o))
        bad('unknown offer category', o, `use categories from: ${OFFER_CATEGORIES.join(', ')}; separate several with ;`);
      else if (offer.includes(o as OfferCategory)) bad('offer category listed twice', o, 'list each category once');
      else offer.push(o as OfferCategory);
    }

    const clausesText = get('social_clauses').toLowerCase();
    let socialClauses: boolean | undefined;
    if (YES.has(clausesText)) socialClauses = true;
    else if (NO.has(clausesText)) socialClauses = false;
    else if (clausesText) bad('bad social_clauses value', get('social_clauses'), 'write yes, no, or leave empty when unknown');

    const certificates: Certificate[] = [];
    for (const c of list(get('certificates'))) {
      const r = parseCertificate(c);
      if (r.reason) bad(r.reason, c, 'see "certificates" in data/entities/README.md; separate several with ;');
      else certificates.push(r.cert!);
    }

    const website = get('website');
    const email = get('email');
    const phone = get('phone');
    if (website && !isHttpUrl(website))
      bad('bad website address', website, 'write the full address starting with https:// (other schemes such as javascript: are refused)');
    if (email && !isPlainEmail(email))
      bad('bad e-mail address', email, 'write one plain address like biuro@example.org, without spaces, ?cc= or other parameters');
    if (phone && !FORMATS.PHONE.test(phone))
      bad('bad phone number', phone, 'write digits with optional +48, spaces and hyphens, e.g. +48 12 345 67 89');

    const verified = get('verified');
    if (verified && !isDate(verified)) bad('bad verification date', verified, 'write a real date as YYYY-MM-DD');

    if (problems.length !== before) continue;

    const e: ReadEntity = { id, name, category, gmina, location, offer: { categories: offer }, certificates, contact: {}, demo };
    if (legalFormText) e.legalForm = legalFormText as LegalForm;
    if (get('operator')) e.operator = get('operator');
    if (pkd) e.pkd = pkd;
    if (granted) e.socialEnterprise = { granted, ...(ended && { ended }) };
    Object.assign(e, ids);
    const address: NonNullable<Entity['address']> = {};
    if (get('street')) address.street = get('street');
    if (postal) address.postalCode = postal;
    if (get('locality')) address.locality = get('locality');
    if (Object.keys(address).length) e.address = address;
    if (get('offer_description')) e.offer.description = get('offer_description');
    if (socialClauses !== undefined) e.socialClauses = socialClauses;
    if (get('owes')) e.owes = get('owes');
    if (website) e.contact.website = website;
    if (email) e.contact.email = email;
    if (phone) e.contact.phone = phone;
    if (get('source')) e.source = get('source');
    if (verified) e.verified = verified;

    // The schema repeats the checks above; anything it still finds is reported, not thrown.
    const probe = entitySchema().safeParse({ ...e, location: location ?? { lat: 52, lon: 19, approximate: true } });
    if (!probe.success) {
      for (const issue of probe.error.issues) bad(`${issue.path.join('.')}: ${issue.message}`, id, 'correct the record');
      continue;
    }
    entities.push(e);
    origins.push({ file, line });
  }
  return { entities, problems, origins };
}

/** Duplicate ids within and across the files read. */
export function findDuplicateIds(result: Pick<ReadResult, 'entities' | 'origins'>): InputProblem[] {
  const first = new Map<string, { file: string; line: number }>();
  const problems: InputProblem[] = [];
  result.entities.forEach((e, i) => {
    const here = result.origins[i];
    const seen = first.get(e.id);
    if (seen)
      problems.push({
        file: here.file,
        line: here.line,
        value: e.id,
        message: `duplicate id (first at ${seen.file}:${seen.line})`,
        fix: 'give each entity its own id',
      });
    else first.set(e.id, here);
  });
  return problems;
}

/** Entity lists: files named *.csv in any case (a spreadsheet may save "lista.CSV"). */
export const isEntityListName = (name: string) => /\.csv$/i.test(name);
/** What else may lie beside the lists: their documentation. */
const isDocumentationName = (name: string) => /\.md$/i.test(name);

/**
 * The real entity lists: every *.csv (any case) directly in dir; subfolders such as
 * example/ are not read. Any other file there is refused by name (InputError): a list saved
 * as .xlsx, .tsv or .txt would otherwise be skipped silently and demo entities generated
 * in its place.
 */
export function listEntityFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unknown = files.filter((d) => !isEntityListName(d.name) && !isDocumentationName(d.name));
  if (unknown.length)
    throw new InputError(
      unknown.map((d) => ({
        file: path.join(dir, d.name),
        message: 'not an entity list: only .csv files (and .md notes) may lie in this folder',
        fix: 'save the list as CSV UTF-8 with commas and a .csv name (see data/entities/README.md), or move the file elsewhere',
      })),
    );
  return files.filter((d) => isEntityListName(d.name)).map((d) => path.join(dir, d.name));
}

export function readEntityFiles(files: string[], territories: ReadonlyMap<string, Territory>): ReadResult {
  const results = files.map((f) => validateEntityCsv(f, fs.readFileSync(f, 'utf8'), { territories }));
  const all = { entities: results.flatMap((r) => r.entities), origins: results.flatMap((r) => r.origins) };
  return { ...all, problems: [...results.flatMap((r) => r.problems), ...findDuplicateIds(all)] };
}

/** One entity as a CSV row in ENTITY_COLUMNS order (for export and round-trip tests). */
export function entityToCsvRow(e: Entity): string[] {
  const v: Record<EntityColumn, string> = {
    id: e.id,
    name: e.name,
    category: e.category,
    legal_form: e.legalForm ?? '',
    operator: e.operator ?? '',
    pkd: e.pkd ?? '',
    se_granted: e.socialEnterprise?.granted ?? '',
    se_ended: e.socialEnterprise?.ended ?? '',
    krs: e.krs ?? '',
    regon: e.regon ?? '',
    nip: e.nip ?? '',
    street: e.address?.street ?? '',
    postal_code: e.address?.postalCode ?? '',
    locality: e.address?.locality ?? '',
    gmina: e.gmina,
    lat: e.location.approximate ? '' : String(e.location.lat),
    lon: e.location.approximate ? '' : String(e.location.lon),
    offer: e.offer.categories.join(';'),
    offer_description: e.offer.description ?? '',
    social_clauses: e.socialClauses === undefined ? '' : e.socialClauses ? 'yes' : 'no',
    certificates: e.certificates.map(formatCertificate).join(';'),
    owes: e.owes ?? '',
    website: e.contact.website ?? '',
    email: e.contact.email ?? '',
    phone: e.contact.phone ?? '',
    source: e.source ?? '',
    verified: e.verified ?? '',
    demo: e.demo ? 'yes' : '',
  };
  return ENTITY_COLUMNS.map((c) => v[c]);
}

export function entitiesToCsv(entities: Entity[]): string {
  return toCsv(ENTITY_COLUMNS, entities.map(entityToCsvRow));
}
