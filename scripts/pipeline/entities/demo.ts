// Demonstration directory, generated from the release's gmina counts for its latest year
// (rules: data/entities/README.md). Pure and deterministic: every draw is keyed by the
// seed and the entity id (scripts/pipeline/demo/random.ts), never by the order of generation; no
// files, no clock, no Math.random. Locations are left null for scripts/pipeline/entities/place.ts.
import {
  CATEGORY,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
  type LegalForm,
  type OfferCategory,
  type PesCategory,
} from '#features/directory/entity-vocabularies.ts';
import type { Certificate } from '#features/directory/entity-record.ts';
import { asOfDate } from '#features/directory/entity-dates.ts';
import { translator } from '#i18n/index.ts';
import { demoIdentifier } from '#core/identifiers.ts';
import type { Territory } from '#core/territory.ts';
import { exponential, rngFor, uniformFor } from '#scripts/pipeline/demo/random.ts';
import type { GminaCounts } from './counts.ts';
import type { ReadEntity } from './read-csv.ts';
import type { InputProblem, SourceRow } from '#scripts/pipeline/source-row.ts';

export interface DemoEntitiesInput {
  register: Territory[];
  counts: GminaCounts;
  /** The release's latest year: counts, status and certificates refer to its end. */
  year: number;
  seed: string;
}

/** Categories with a count indicator, generated one entity per unit of the gmina's count. */
export const COUNTED: PesCategory[] = PES_CATEGORIES.filter((c) => CATEGORY[c].countIndicator);

/**
 * Entities of categories without a count indicator, for the whole country (scaled by the
 * register's share of Poland's 2,479 gminas). Their number means nothing: they are there
 * so that every category of the vocabulary appears in the directory and its filters.
 */
export const BACKGROUND: Partial<Record<PesCategory, number>> = {
  ngo: 250,
  kgw: 60,
  'worker-cooperative': 20,
  'disabled-cooperative': 15,
  'agricultural-cooperative': 10,
  'non-profit-company': 20,
  zpch: 25,
};
const GMINAS_IN_POLAND = 2479;

/** Share of social cooperatives that may take social enterprise status; the rest of PS_ACT is carried by NGOs and non-profit companies. */
const SPS_SE_ELIGIBLE = 0.8;
/** Carriers of social enterprise status beyond the cooperatives: this share are non-profit companies, the rest NGOs. */
const CARRIER_NON_PROFIT = 0.2;
/** First year of the Social Economy Quality Mark contest. */
const QUALITY_MARK_FROM = 2018;
const SE_FROM = 2015;

/** Demo records are Polish records: operator names take the Polish legal-form label. */
const pl = translator('pl');
/** Words that mark a name as an example; with «», "nr" and "(demo)" no name can pass for a real one. */
const WORDS = [
  'Przykład',
  'Próbka',
  'Makieta',
  'Szkic',
  'Atrapa',
  'Wzorzec',
  'Prototyp',
  'Egzemplarz',
  'Fikcja',
  'Ilustracja',
  'Model',
  'Wzór',
];
const STREETS = ['Przykładowa', 'Testowa', 'Wzorcowa', 'Demonstracyjna', 'Fikcyjna', 'Makietowa'];

const NAME: Record<PesCategory, (form: LegalForm | undefined) => string> = {
  'social-cooperative': () => 'Spółdzielnia Socjalna',
  cis: () => 'Centrum Integracji Społecznej',
  kis: () => 'Klub Integracji Społecznej',
  zaz: () => 'Zakład Aktywności Zawodowej',
  wtz: () => 'Warsztat Terapii Zajęciowej',
  'worker-cooperative': () => 'Spółdzielnia Pracy',
  'disabled-cooperative': () => 'Spółdzielnia Inwalidów',
  'agricultural-cooperative': () => 'Rolnicza Spółdzielnia Produkcyjna',
  ngo: (f) => (f === 'foundation' ? 'Fundacja' : 'Stowarzyszenie'),
  'non-profit-company': () => 'Spółka non-profit',
  kgw: () => 'Koło Gospodyń Wiejskich',
  zpch: () => 'Zakład Pracy Chronionej',
};

const FORMS: Record<PesCategory, [LegalForm, number][]> = {
  'social-cooperative': [['cooperative', 1]],
  cis: [
    ['local-government-unit', 0.5],
    ['association', 0.3],
    ['foundation', 0.2],
  ],
  kis: [
    ['local-government-unit', 0.6],
    ['association', 0.25],
    ['foundation', 0.15],
  ],
  zaz: [
    ['association', 0.45],
    ['foundation', 0.3],
    ['local-government-unit', 0.25],
  ],
  wtz: [
    ['association', 0.5],
    ['foundation', 0.2],
    ['church-entity', 0.15],
    ['local-government-unit', 0.15],
  ],
  'worker-cooperative': [['cooperative', 1]],
  'disabled-cooperative': [['cooperative', 1]],
  'agricultural-cooperative': [['cooperative', 1]],
  ngo: [
    ['association', 0.55],
    ['foundation', 0.45],
  ],
  'non-profit-company': [['limited-company', 1]],
  kgw: [['kgw', 1]],
  zpch: [['limited-company', 1]],
};

const OFFERS: Record<PesCategory, OfferCategory[]> = {
  'social-cooperative': [
    'catering',
    'cleaning',
    'construction',
    'green-areas',
    'care',
    'crafts',
    'printing',
    'tourism',
    'it',
    'transport',
    'laundry',
    'office',
    'food',
  ],
  cis: ['education', 'cleaning', 'green-areas', 'catering', 'construction'],
  kis: ['education', 'other'],
  zaz: ['manufacturing', 'laundry', 'catering', 'printing', 'cleaning', 'green-areas', 'crafts'],
  wtz: ['crafts', 'rehabilitation', 'culture', 'food'],
  'worker-cooperative': ['manufacturing', 'construction', 'transport', 'printing', 'security'],
  'disabled-cooperative': ['manufacturing', 'security', 'cleaning', 'laundry'],
  'agricultural-cooperative': ['food'],
  ngo: ['education', 'care', 'culture', 'tourism', 'rehabilitation', 'crafts', 'catering'],
  'non-profit-company': ['care', 'education', 'it', 'office', 'rehabilitation'],
  kgw: ['catering', 'food', 'crafts', 'culture'],
  zpch: ['security', 'cleaning', 'manufacturing', 'office'],
};

/** Dominant activity (PKD 2007) of the first offer category; reintegration units have their own. */
const PKD: Record<OfferCategory, string> = {
  catering: '56.29.Z',
  food: '10.71.Z',
  cleaning: '81.21.Z',
  construction: '43.39.Z',
  'green-areas': '81.30.Z',
  care: '88.10.Z',
  crafts: '32.99.Z',
  printing: '18.12.Z',
  tourism: '55.20.Z',
  education: '85.59.B',
  it: '62.01.Z',
  culture: '90.04.Z',
  transport: '49.41.Z',
  laundry: '96.01.Z',
  manufacturing: '31.09.Z',
  rehabilitation: '86.90.A',
  security: '80.10.Z',
  office: '82.11.Z',
  other: '88.99.Z',
};
const UNIT_PKD: Partial<Record<PesCategory, string>> = { cis: '88.99.Z', kis: '88.99.Z', wtz: '88.10.Z' };

const OFFER_TEXT: Record<OfferCategory, string> = {
  catering: 'obiady abonamentowe, catering na szkolenia, spotkania i uroczystości',
  food: 'przetwory, pieczywo i wyroby lokalne',
  cleaning: 'sprzątanie biur, klatek schodowych i terenów wokół budynków',
  construction: 'drobne remonty, malowanie, prace wykończeniowe',
  'green-areas': 'koszenie, pielęgnacja zieleni, odśnieżanie',
  care: 'usługi opiekuńcze w domu, asystencja osobista',
  crafts: 'rękodzieło, upominki i gadżety na zamówienie',
  printing: 'druk materiałów informacyjnych, introligatorstwo',
  tourism: 'noclegi, wycieczki i zielone szkoły',
  education: 'szkolenia, warsztaty i zajęcia edukacyjne',
  it: 'strony internetowe, obsługa informatyczna, digitalizacja dokumentów',
  culture: 'organizacja wydarzeń, koncertów i festynów',
  transport: 'przewóz osób i rzeczy, przeprowadzki',
  laundry: 'pranie, maglowanie, szycie i naprawa odzieży',
  manufacturing: 'produkcja na zamówienie, prace zlecone',
  rehabilitation: 'rehabilitacja, zajęcia ruchowe i terapeutyczne',
  security: 'ochrona mienia, portiernia, monitoring',
  office: 'obsługa biurowa, archiwizacja, niszczenie dokumentów',
  other: 'reintegracja społeczna i zawodowa uczestników',
};

const pick = <T>(xs: readonly T[], u: number): T => xs[Math.min(xs.length - 1, Math.floor(u * xs.length))];
function pickWeighted<T>(xs: [T, number][], u: number): T {
  let acc = 0;
  for (const [x, w] of xs) if (u < (acc += w)) return x;
  return xs.at(-1)![0];
}

/** A date between two dates (inclusive, YYYY-MM-DD) from u in [0, 1). */
function dateBetween(from: string, to: string, u: number): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const days = Math.floor((b - a) / 86400000);
  return new Date(a + Math.floor(u * (days + 1)) * 86400000).toISOString().slice(0, 10);
}

/** Demo identifiers (src/core/identifiers.ts) have room for this many entities. */
export const DEMO_ENTITY_LIMIT = 100_000;

/** The count behind a demo directory too large for its identifier ranges. */
export interface DemoEntityExcess {
  /** Entities the directory would need at least. */
  needed: number;
  /** The gmina count that contributes most, to point the user at. */
  largest: { indicator: string; gmina: string; count: number };
}

/** Thrown before any entity is generated, so a count of millions fails at once instead of after minutes. */
export class TooManyDemoEntities extends Error {
  excess: DemoEntityExcess;
  constructor(excess: DemoEntityExcess) {
    const l = excess.largest;
    super(
      `the demo directory would need at least ${excess.needed} entities, more than the ${DEMO_ENTITY_LIMIT} its identifier ranges allow ` +
        `(largest count: ${l.indicator} = ${l.count} in gmina ${l.gmina})`,
    );
    this.excess = excess;
  }
}

/**
 * At least how many entities the gminas' counts ask for: one per unit of each counted
 * category, one per social enterprise and per certificate beyond those (each such unit is
 * carried by an entity already counted or by a new one, so the larger of the two is a floor).
 */
export function demoEntitiesNeeded(
  gminas: readonly string[],
  count: (indicator: string, gmina: string) => number,
): DemoEntityExcess & { limit: number } {
  let needed = 0;
  let largest = { indicator: '', gmina: '', count: -1 };
  for (const g of gminas) {
    let here = 0;
    for (const c of COUNTED) {
      const indicator = CATEGORY[c].countIndicator!;
      const k = count(indicator, g);
      here += k;
      if (k > largest.count) largest = { indicator, gmina: g, count: k };
    }
    for (const indicator of ['PS_ACT', 'ZJ_CERT', 'ZP_CERT']) {
      const k = count(indicator, g);
      here = Math.max(here, k);
      if (k > largest.count) largest = { indicator, gmina: g, count: k };
    }
    needed += here;
  }
  return { needed, largest, limit: DEMO_ENTITY_LIMIT };
}

/**
 * The problem to report for a too-large demo directory: at the source row that gave the
 * largest count when a real row did, otherwise at the release (the count is then itself
 * demo, spread from a total).
 */
export function excessProblem(excess: DemoEntityExcess, real: readonly SourceRow[], year: number, releaseDir: string): InputProblem {
  const l = excess.largest;
  const row = real.find((r) => r.code === l.gmina && r.indicator === l.indicator && r.year === year);
  return {
    file: row?.file ?? releaseDir,
    line: row?.line,
    value: `${l.gmina},${year},${l.indicator},${l.count}`,
    message: `the demo directory would need at least ${excess.needed} entities, more than the ${DEMO_ENTITY_LIMIT} demo identifiers allow`,
    fix: row
      ? 'check the value: a gmina count this large is not a real figure (a unit or a total written at gmina level?)'
      : 'check the real totals the demo counts are spread from, or give the real directory in data/entities/',
  };
}

interface Draft {
  id: string;
  category: PesCategory;
  gmina: string;
  /** Carries PS_ACT (holds social enterprise status on the reference date). */
  se: boolean;
  certificates: Certificate[];
}

/** The demonstration directory for the year: counts per gmina equal the count indicators exactly. */
export function generateDemoEntities(input: DemoEntitiesInput): ReadEntity[] {
  const { register, counts, year, seed } = input;
  const byCode = new Map(register.map((t) => [t.code, t]));
  const gminas = register.filter((t) => t.level === 'gmina').sort((a, b) => a.code.localeCompare(b.code));
  const u = (...key: (string | number)[]) => uniformFor(seed, 'entities', ...key);
  const n = (indicator: string, g: string) => Math.max(0, Math.round(counts(indicator, g) ?? 0));
  const asOf = asOfDate(year);
  const floor = demoEntitiesNeeded(
    gminas.map((g) => g.code),
    n,
  );
  if (floor.needed > DEMO_ENTITY_LIMIT) throw new TooManyDemoEntities(floor);

  const drafts: Draft[] = [];
  const local = new Map<string, number>();
  const add = (category: PesCategory, gmina: string): Draft => {
    const key = `${CATEGORY[category].idPrefix}-${gmina}`;
    const k = (local.get(key) ?? 0) + 1;
    local.set(key, k);
    const d: Draft = { id: `demo-${key}-${k}`, category, gmina, se: false, certificates: [] };
    drafts.push(d);
    if (drafts.length > DEMO_ENTITY_LIMIT)
      throw new Error(`more than ${DEMO_ENTITY_LIMIT} demo entities: the demo identifier ranges are too small`);
    return d;
  };

  // 1. One entity per unit of each counted category.
  for (const g of gminas) for (const c of COUNTED) for (let i = 0; i < n(CATEGORY[c].countIndicator!, g.code); i++) add(c, g.code);

  // 2. Background entities of the categories without a count indicator, where people live:
  //    each gmina has a seeded Poisson process with rate ∝ population; the earliest arrivals win.
  const scale = gminas.length / GMINAS_IN_POLAND;
  for (const [c, total] of Object.entries(BACKGROUND) as [PesCategory, number][]) {
    const want = Math.round(total * scale);
    if (!want) continue;
    const arrivals: { t: number; g: string }[] = [];
    for (const g of gminas) {
      if (c === 'kgw' && g.kind === 'urban') continue;
      const w = (counts('POP', g.code) ?? 5000) * (c === 'zpch' && g.kind !== 'rural' ? 2 : 1);
      if (!(w > 0)) continue;
      const rng = rngFor(seed, 'entities-background', c, g.code);
      let t = 0;
      for (let i = 0; i < 3; i++) arrivals.push({ t: (t += exponential(rng) / w), g: g.code });
    }
    arrivals.sort((a, b) => a.t - b.t || a.g.localeCompare(b.g));
    const chosen = arrivals
      .slice(0, want)
      .map((a) => a.g)
      .sort();
    for (const g of chosen) add(c, g);
  }

  // Appended in place: copying the list for every entity was quadratic in a gmina's count.
  const inGmina = new Map<string, Draft[]>();
  const listOf = (g: string): Draft[] => {
    let list = inGmina.get(g);
    if (!list) inGmina.set(g, (list = []));
    return list;
  };
  for (const d of drafts) listOf(d.gmina).push(d);
  const carriers = new Map<string, number>();
  const carrier = (g: string): Draft => {
    const k = (carriers.get(g) ?? 0) + 1;
    carriers.set(g, k);
    // Made only to carry a status or certificate count the gmina's other entities cannot.
    const d = add(u(g, 'carrier', k) < CARRIER_NON_PROFIT ? 'non-profit-company' : 'ngo', g);
    listOf(g).push(d);
    return d;
  };

  for (const g of gminas) {
    const code = g.code;
    // 3. Social enterprise status: eligible social cooperatives first, then carriers.
    let ps = n('PS_ACT', code);
    const sps = (inGmina.get(code) ?? [])
      .filter((d) => d.category === 'social-cooperative' && u(d.id, 'se-eligible') < SPS_SE_ELIGIBLE)
      .sort((a, b) => u(a.id, 'se-rank') - u(b.id, 'se-rank'));
    for (const d of sps.slice(0, ps)) d.se = true;
    ps -= Math.min(ps, sps.length);
    for (let i = 0; i < ps; i++) carrier(code).se = true;

    // 4. Quality Mark holders, then "Zakup Prospołeczny" holders: status holders and
    //    cooperatives first; carriers when the gmina has too few entities.
    const preference = (d: Draft, key: string) => u(d.id, key) - (d.se ? 0.5 : 0) - (d.category === 'social-cooperative' ? 0.25 : 0);
    const award = (indicator: string, key: string, make: (d: Draft) => Certificate) => {
      const want = n(indicator, code);
      const ranked = [...(inGmina.get(code) ?? [])].sort((a, b) => preference(a, key) - preference(b, key) || a.id.localeCompare(b.id));
      for (let i = 0; i < want; i++) {
        const d = ranked[i] ?? carrier(code);
        d.certificates.push(make(d));
      }
    };
    award('ZJ_CERT', 'zj', (d) => ({
      kind: 'quality-mark',
      year: QUALITY_MARK_FROM + Math.floor(u(d.id, 'zj-year') * (year - QUALITY_MARK_FROM + 1)),
      category: pick(QUALITY_MARK_CATEGORIES, u(d.id, 'zj-category')),
    }));
    award('ZP_CERT', 'zp', () => ({ kind: 'zakup-prospoleczny', year }));
  }

  // 5. Names need national serials per category; identifiers a national serial.
  drafts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const serial = new Map<PesCategory, number>();
  const byCategoryOrder = [...drafts].sort(
    (a, b) =>
      PES_CATEGORIES.indexOf(a.category) - PES_CATEGORIES.indexOf(b.category) ||
      a.gmina.localeCompare(b.gmina) ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  const nr = new Map<string, number>();
  for (const d of byCategoryOrder) {
    const s = (serial.get(d.category) ?? 0) + 1;
    serial.set(d.category, s);
    nr.set(d.id, s);
  }

  return drafts.map((d, index): ReadEntity => {
    const g = byCode.get(d.gmina)!;
    const voiv = byCode.get(g.parents[1]);
    const r = (key: string) => u(d.id, key);
    const form = pickWeighted(FORMS[d.category], r('form'));
    const word = pick(WORDS, r('word'));
    const name =
      d.category === 'non-profit-company'
        ? `Spółka «${word}» non-profit sp. z o.o. nr ${nr.get(d.id)} (demo)`
        : `${NAME[d.category](form)} «${word}» nr ${nr.get(d.id)} (demo)`;

    const pool = OFFERS[d.category];
    const howMany = 1 + Math.floor(r('offer-n') * Math.min(3, pool.length));
    const offer: OfferCategory[] = [];
    for (let i = 0; offer.length < howMany && i < 20; i++) {
      const o = pick(pool, u(d.id, 'offer', i));
      if (!offer.includes(o)) offer.push(o);
    }
    offer.sort((a, b) => OFFER_CATEGORIES.indexOf(a) - OFFER_CATEGORIES.indexOf(b));
    const text = offer.map((o) => OFFER_TEXT[o]).join('; ');
    const description = text.charAt(0).toUpperCase() + text.slice(1) + '.';

    const e: ReadEntity = {
      id: d.id,
      name,
      category: d.category,
      legalForm: form,
      pkd: UNIT_PKD[d.category] ?? PKD[offer[0]],
      gmina: d.gmina,
      location: null,
      offer: { categories: offer, description },
      certificates: [...d.certificates],
      contact: {
        website: `https://example.org/demo/${d.id}`,
        email: `${d.id}@example.com`,
        phone: `+48 000 ${String(index)
          .padStart(6, '0')
          .replace(/(\d{3})(\d{3})/, '$1 $2')}`,
      },
      source: 'demo',
      verified: dateBetween(`${year}-01-15`, `${year}-12-15`, r('verified')),
      demo: true,
    };
    if (['cis', 'kis', 'zaz', 'wtz'].includes(d.category))
      e.operator =
        form === 'local-government-unit'
          ? `Jednostka samorządowa «${pick(WORDS, r('operator'))}» (demo)`
          : `${pl(`directory.legalForm.${form}`)} «${pick(WORDS, r('operator'))}» (demo)`;

    // Status history: holders got it between 2015 and the reference date; some others had it and lost it.
    if (d.se) e.socialEnterprise = { granted: dateBetween(`${SE_FROM}-01-01`, asOf, r('se-granted')) };
    else if (['social-cooperative', 'ngo', 'non-profit-company'].includes(d.category) && r('se-past') < 0.1 && year > SE_FROM + 1) {
      const granted = dateBetween(`${SE_FROM}-01-01`, `${year - 1}-06-30`, r('se-granted'));
      e.socialEnterprise = { granted, ended: dateBetween(granted, `${year}-11-30`, r('se-ended')) };
    }
    // Earlier "Zakup Prospołeczny" years (expired) for some; a regional mark for a few.
    if (r('zp-past') < 0.05 || (d.certificates.some((c) => c.kind === 'zakup-prospoleczny') && r('zp-past') < 0.5))
      e.certificates.unshift({ kind: 'zakup-prospoleczny', year: year - 1 - Math.floor(r('zp-past-year') * 2) });
    if (r('regional') < 0.02)
      e.certificates.push({
        kind: 'regional-other',
        year: year - Math.floor(r('regional-year') * 3),
        name: 'Regionalny znak «Przykład» (demo)',
      });
    e.certificates.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));

    if (CATEGORY[d.category].registersInKrs) e.krs = demoIdentifier('krs', index);
    e.regon = demoIdentifier('regon', index);
    if (form !== 'local-government-unit') e.nip = demoIdentifier('nip', index);
    e.address = { street: `ul. ${pick(STREETS, r('street'))} ${1 + Math.floor(r('number') * 120)}`, locality: g.name };

    const clauses = r('clauses');
    const yesShare = d.se ? 0.7 : d.category === 'social-cooperative' ? 0.5 : 0.2;
    if (clauses < yesShare) e.socialClauses = true;
    else if (clauses < 0.9) e.socialClauses = false;

    const sub = 1 + Math.floor(uniformFor(seed, 'entities-owes', g.parents[2] ?? d.gmina) * 4);
    if (voiv) e.owes = `Ośrodek Wsparcia Ekonomii Społecznej nr ${sub}, woj. ${voiv.name} (demo)`;
    return e;
  });
}
