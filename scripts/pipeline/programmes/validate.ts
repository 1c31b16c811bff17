// Reads data/programmes/*.yaml and validates each file: first against the schema in
// src/features/programme/programme.ts, then the checks one schema cannot express (known territory and
// catalogue indicators, unique ids, tree order, years inside the period...). Every
// problem names the file, the line and the path inside the file.
import fs from 'node:fs';
import path from 'node:path';
import YAML, { LineCounter } from 'yaml';
import type { Indicator } from '#core/catalogue.ts';
import {
  NODE_TYPES,
  programmeSchema,
  type ProgrammeDefinition,
  type ProgrammeIndicator,
  type ProgrammeNode,
} from '#features/programme/programme.ts';
import { COUNTRY_CODE, type Territory } from '#core/territory.ts';
import { findUnsafeStrings } from '#core/safe-text.ts';
import type { InputProblem } from '#scripts/pipeline/source-row.ts';

export type PathKey = string | number;

export interface ValidationContext {
  register: Territory[];
  catalogue: Indicator[];
  /** Source ids of data/sources.yaml; observation sources are checked when given. */
  sources?: Set<string>;
}

export interface Finding {
  path: PathKey[];
  message: string;
  fix: string;
}

export const formatPath = (p: PathKey[]) =>
  p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(root)';

/** Semantic checks of one parsed programme. Pure: used for files and for generated demo programmes alike. */
export function checkProgramme(def: ProgrammeDefinition, ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  const add = (p: PathKey[], message: string, fix: string) => out.push({ path: p, message, fix });
  const catalogue = new Map(ctx.catalogue.map((i) => [i.id, i]));
  const territory = ctx.register.find((t) => t.code === def.territory);
  if (!territory || (territory.level !== 'country' && territory.level !== 'voivodeship'))
    add(
      ['territory'],
      `unknown territory "${def.territory}"`,
      `use "${COUNTRY_CODE}" or a 2-digit voivodeship TERYT code from data/geo/territories.json`,
    );
  if (def.period.from > def.period.to) add(['period'], `period runs backwards (${def.period.from}–${def.period.to})`, 'swap from and to');
  if (def.adopted?.date && Number.isNaN(Date.parse(def.adopted.date)))
    add(['adopted', 'date'], `"${def.adopted.date}" is not a date`, 'write a real date as YYYY-MM-DD');

  const seen = new Map<string, string>();
  const claim = (id: string, p: PathKey[]) => {
    const prev = seen.get(id);
    if (prev) add([...p, 'id'], `id "${id}" is used twice (first at ${prev})`, 'give every node and indicator its own id');
    else seen.set(id, formatPath(p));
  };

  const checkIndicator = (ind: ProgrammeIndicator, p: PathKey[]) => {
    claim(ind.id, p);
    const level = territory?.level;
    if (ind.catalogue) {
      const cat = catalogue.get(ind.catalogue);
      if (!cat)
        add(
          [...p, 'catalogue'],
          `unknown catalogue indicator "${ind.catalogue}"`,
          'use an id from indicators/, or drop `catalogue` and give name and unit for a programme-specific indicator',
        );
      else if (level && !cat.levels.includes(level))
        add(
          [...p, 'catalogue'],
          `${ind.catalogue} does not exist at the ${level} level`,
          `pick an indicator whose levels include ${level}`,
        );
      if (ind.factor !== undefined && ind.factor !== 1 && !ind.unit)
        add([...p, 'unit'], 'a factor other than 1 needs the programme unit', 'add unit: {pl, en} as the programme publishes it');
    } else {
      if (!ind.name)
        add(
          [...p, 'name'],
          'a programme-specific indicator needs a name',
          'add name: {pl, en}, or link a catalogue indicator with `catalogue`',
        );
      if (!ind.unit) add([...p, 'unit'], 'a programme-specific indicator needs a unit', 'add unit: {pl, en}');
      if (ind.factor !== undefined) add([...p, 'factor'], 'factor only applies to catalogue indicators', 'remove factor or add catalogue');
      if (ind.baseline.value === 'series')
        add([...p, 'baseline', 'value'], 'baseline "series" needs a catalogue indicator', 'give the number, or null when unknown');
    }
    const { baseline, target } = ind;
    if (target.year < def.period.from || target.year > def.period.to)
      add(
        [...p, 'target', 'year'],
        `target year ${target.year} is outside the period ${def.period.from}–${def.period.to}`,
        'correct the year or the period',
      );
    if (baseline.year !== null && baseline.year >= target.year)
      add(
        [...p, 'baseline', 'year'],
        `baseline year ${baseline.year} is not before the target year ${target.year}`,
        'the baseline must precede the target',
      );
    if (baseline.value === 'series' && baseline.year === null)
      add([...p, 'baseline', 'year'], 'baseline "series" needs a year', 'say which year of the series is the baseline');
    if (target.direction === 'increase-by' && target.value <= 0)
      add(
        [...p, 'target', 'value'],
        `increase-by needs a positive value (got ${target.value})`,
        'for a decrease use direction "reach" with the lower level, or "keep-below"',
      );
    if (baseline.value === null && !baseline.note)
      add([...p, 'baseline', 'note'], 'the baseline is unknown but not explained', 'add a note saying why the source gives no baseline');
    const lo = baseline.year ?? def.period.from - 1;
    let prevYear = -Infinity;
    (ind.milestones ?? []).forEach((m, i) => {
      if (m.year <= lo || m.year >= target.year)
        add(
          [...p, 'milestones', i, 'year'],
          `milestone year ${m.year} is not between the baseline (${baseline.year ?? 'period start'}) and the target year ${target.year}`,
          'milestones lie strictly between baseline and target',
        );
      if (m.year <= prevYear)
        add([...p, 'milestones', i, 'year'], 'milestones must be in increasing year order, one per year', 'sort them by year');
      prevYear = m.year;
    });
    const years = new Set<number>();
    (ind.observations ?? []).forEach((o, i) => {
      if (years.has(o.year)) add([...p, 'observations', i, 'year'], `two observations for ${o.year}`, 'keep one value per year');
      years.add(o.year);
      if (o.status === 'published' && o.value === null)
        add(
          [...p, 'observations', i, 'value'],
          'a published observation needs a value',
          'give the value, or set status to "data-in-preparation" or "suppressed"',
        );
      if (o.status !== 'published' && o.value !== null)
        add(
          [...p, 'observations', i, 'value'],
          `an observation with status "${o.status}" has no value`,
          'set value: null, or status: published',
        );
      if (o.source && ctx.sources && !ctx.sources.has(o.source))
        add([...p, 'observations', i, 'source'], `unknown source "${o.source}"`, 'use an id from data/sources.yaml or add it there');
    });
  };

  const rank = (t: ProgrammeNode['type']) => NODE_TYPES.indexOf(t);
  const checkNode = (n: ProgrammeNode, p: PathKey[], parent: ProgrammeNode | null) => {
    claim(n.id, p);
    if (parent && rank(n.type) <= rank(parent.type))
      add([...p, 'type'], `a ${n.type} cannot sit under a ${parent.type}`, `order the tree ${NODE_TYPES.join(' → ')}`);
    (n.indicators ?? []).forEach((ind, i) => checkIndicator(ind, [...p, 'indicators', i]));
    (n.children ?? []).forEach((c, i) => checkNode(c, [...p, 'children', i], n));
  };
  (def.indicators ?? []).forEach((ind, i) => checkIndicator(ind, ['indicators', i]));
  def.tree.forEach((n, i) => checkNode(n, ['tree', i], null));
  return out;
}

/** Line of the deepest existing node on `p` (1-based), for messages. */
function lineOf(doc: YAML.Document, lc: LineCounter, p: PathKey[]): number | undefined {
  for (let n = p.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lc.linePos(range[0]).line;
  }
  return undefined;
}

export function parseProgrammeFiles(
  files: { file: string; text: string }[],
  ctx: ValidationContext,
): { programmes: { file: string; definition: ProgrammeDefinition }[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const programmes: { file: string; definition: ProgrammeDefinition }[] = [];
  const ids = new Map<string, string>();
  for (const { file, text } of files) {
    const lc = new LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter: lc, prettyErrors: false });
    if (doc.errors.length) {
      for (const e of doc.errors)
        problems.push({
          file,
          line: lc.linePos(e.pos[0]).line,
          message: `not valid YAML: ${e.message.split('\n')[0]}`,
          fix: 'fix the YAML syntax',
        });
      continue;
    }
    // Top-level keys starting with "x-" hold YAML anchors for shared texts; they are not part of the schema.
    const raw: unknown = doc.toJS({ maxAliasCount: 1000 });
    if (raw && typeof raw === 'object' && !Array.isArray(raw))
      for (const k of Object.keys(raw)) if (k.startsWith('x-')) delete (raw as Record<string, unknown>)[k];
    // Every text of a programme is shown on its page: refuse invisible characters first.
    const unsafe = findUnsafeStrings(raw);
    for (const u of unsafe)
      problems.push({
        file,
        line: lineOf(doc, lc, u.path),
        value: u.text,
        message: `${formatPath(u.path)}: ${u.reason}`,
        fix: 'delete the control or bidirectional character (often pasted from a PDF or a word processor)',
      });
    if (unsafe.length) continue;
    const parsed = programmeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const p = issue.path as PathKey[];
        problems.push({
          file,
          line: lineOf(doc, lc, p),
          message: `${formatPath(p)}: ${issue.message}`,
          fix: 'make the file match the schema in src/features/programme/programme.ts (see data/programmes/README.md)',
        });
      }
      continue;
    }
    const def = parsed.data;
    const findings = checkProgramme(def, ctx);
    const expected = `${def.id}.yaml`;
    if (path.basename(file) !== expected)
      findings.unshift({ path: ['id'], message: `file name must be ${expected}`, fix: 'rename the file or change the id' });
    const prev = ids.get(def.id);
    if (prev)
      findings.unshift({
        path: ['id'],
        message: `programme id "${def.id}" is also used by ${prev}`,
        fix: 'give every programme its own id',
      });
    ids.set(def.id, file);
    for (const f of findings)
      problems.push({ file, line: lineOf(doc, lc, f.path), message: `${formatPath(f.path)}: ${f.message}`, fix: f.fix });
    if (!findings.length) programmes.push({ file, definition: def });
  }
  return { programmes, problems };
}

export function readProgrammeFiles(dir: string): { file: string; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}
