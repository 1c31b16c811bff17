// Demonstration programmes for the voivodeships that have no programme file in
// data/programmes/. Generated at build time, per release, from the release's own
// series, so a demo baseline always equals the value the portal shows. Deterministic:
// the same release data give the same programmes (targets come from a hash of the
// voivodeship code and indicator id, never from a random generator).
//
// Every demo programme has the same shape: a main goal, three priorities with one
// specific goal and one direction of intervention each, targets for 2030 on catalogue
// indicators (PS_ACT, SPS_KRS, REINT, JST_UNIT_PCT) with the 2020 value as baseline and a
// goal that continues the 2015–2020 trend with a hash-chosen ambition (see `ambition`), and
// one programme-specific indicator with its own demo series (in some voivodeships its
// latest value is "data in preparation", to show that state). Everything is marked demo.
import { FLAG } from '#core/cells.ts';
import { programmeSchema, type ProgrammeDefinition, type ProgrammeDefinitionInput } from '#features/programme/programme.ts';
import type { Territory } from '#core/territory.ts';
import type { SeriesLookup } from './resolve.ts';
import { maxOf } from '#core/arrays.ts';

export const DEMO_PERIOD = { from: 2021, to: 2030 } as const;
export const DEMO_BASELINE_YEAR = 2020;
export const DEMO_MILESTONE_YEAR = 2025;

/** FNV-1a of the text, scaled to [0, 1): a stable "random" number per voivodeship and indicator. */
export function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** Polish locative of a voivodeship name: "dolnośląskie" → "dolnośląskim". */
export const locative = (name: string) => name.replace(/ie$/, 'im');
const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Latest year ≤ `year` in which the series has a published (not suppressed) value. */
function baselineYear(series: SeriesLookup, indicator: string, code: string, year: number): { year: number; value: number } | undefined {
  const s = series(indicator, code);
  if (!s) return undefined;
  for (let i = s.years.length - 1; i >= 0; i--) {
    const v = s.v[i];
    if (s.years[i] > year || v === null || (s.f?.[i] ?? 0) & FLAG.suppressed) continue;
    return { year: s.years[i], value: v };
  }
  return undefined;
}

/** Yearly slope of the series over the TREND_YEARS years up to `toYear` (least squares); 0 without two values. */
export const TREND_YEARS = 5;
function trend(series: SeriesLookup, indicator: string, code: string, toYear: number): number {
  const s = series(indicator, code);
  if (!s) return 0;
  const pts: { year: number; value: number }[] = [];
  s.years.forEach((y, i) => {
    const v = s.v[i];
    if (y <= toYear && y >= toYear - TREND_YEARS && v !== null && !((s.f?.[i] ?? 0) & FLAG.suppressed)) pts.push({ year: y, value: v });
  });
  if (pts.length < 2) return 0;
  const mx = pts.reduce((a, p) => a + p.year, 0) / pts.length;
  const my = pts.reduce((a, p) => a + p.value, 0) / pts.length;
  const sxx = pts.reduce((a, p) => a + (p.year - mx) ** 2, 0);
  return pts.reduce((a, p) => a + (p.year - mx) * (p.value - my), 0) / sxx;
}

/**
 * Ambition of a demo target: the goal continues the trend of the years before the
 * baseline, multiplied by 0.7–1.5 (from the hash). At an unchanged trend, 0.7–1.0 ends
 * on track, 1.0–1.33 at risk and above that off track — so the demo shows every status.
 */
const ambition = (r: number) => 0.7 + 0.8 * r;

const DEMO_TEXT = {
  pl: 'Cel i wartość docelowa wymyślone na potrzeby demonstracji; nie pochodzą z programu.',
  en: 'Target invented for the demonstration; it does not come from a programme.',
};
const RESPONSIBLE = {
  pl: 'Samorząd województwa — regionalny ośrodek polityki społecznej (przykład)',
  en: 'Voivodeship government — regional social policy centre (example)',
};

export function generateDemoProgramme(t: Territory, series: SeriesLookup): ProgrammeDefinition {
  const code = t.code;
  const u = (key: string) => unit(`${code}|${key}`);
  const loc = locative(t.name);
  const cap = capital(t.name);

  /** A catalogue indicator with a "series" baseline and a target derived from it. */
  const catalogueTarget = (
    id: string,
    catalogue: string,
    make: (b: number, rise: number) => { direction: 'increase-by' | 'reach'; value: number; milestone?: number },
    dataSource: { pl: string; en: string },
  ) => {
    const b = baselineYear(series, catalogue, code, DEMO_BASELINE_YEAR);
    if (!b) return [];
    // The increase the past trend gives over the target period, times the ambition.
    const rise = Math.max(0, trend(series, catalogue, code, b.year)) * (DEMO_PERIOD.to - b.year) * ambition(u(catalogue));
    const t = make(b.value, rise);
    return [
      {
        id,
        catalogue,
        baseline: { year: b.year, value: 'series' as const, demo: true },
        target: { year: DEMO_PERIOD.to, value: t.value, direction: t.direction, demo: true, note: DEMO_TEXT },
        ...(t.milestone !== undefined && { milestones: [{ year: DEMO_MILESTONE_YEAR, value: t.milestone, demo: true }] }),
        responsible: RESPONSIBLE,
        dataSource,
      },
    ];
  };
  const half = (b: number, goal: number, digits = 0) => {
    const m = b + (goal - b) / 2;
    const k = 10 ** digits;
    return Math.round(m * k) / k;
  };

  // A programme-specific indicator with its own demo series: baseline in 2020, one value a
  // year up to the release's last year; in about a third of the voivodeships the latest
  // value is "data in preparation".
  const years = series('POP', code)?.years ?? [];
  const lastYear = Math.max(DEMO_BASELINE_YEAR, maxOf(years));
  const b0 = 2 + Math.floor(u('clauses-base') * 9);
  const step = 1 + Math.floor(u('clauses-step') * 3);
  const pending = u('clauses-pending') < 0.34;
  const observations = [];
  for (let y = DEMO_BASELINE_YEAR + 1; y <= lastYear; y++) {
    const last = y === lastYear;
    if (last && pending) observations.push({ year: y, value: null, status: 'data-in-preparation' as const, demo: true });
    else observations.push({ year: y, value: b0 + step * (y - DEMO_BASELINE_YEAR) - (u(`clauses-${y}`) < 0.3 ? 1 : 0), demo: true });
  }
  const clauses = {
    id: 'demo-clauses',
    name: {
      pl: 'Jednostki samorządu terytorialnego stosujące klauzule społeczne w zamówieniach publicznych',
      en: 'Local governments using social clauses in public procurement',
    },
    unit: { pl: 'JST', en: 'local governments' },
    baseline: { year: DEMO_BASELINE_YEAR, value: b0, demo: true },
    target: {
      year: DEMO_PERIOD.to,
      value: b0 + 12 + Math.floor(u('clauses-target') * 14),
      direction: 'reach' as const,
      demo: true,
      note: DEMO_TEXT,
    },
    observations,
    responsible: RESPONSIBLE,
    dataSource: { pl: 'Sprawozdania programu (dane demonstracyjne)', en: 'Programme reports (demonstration data)' },
  };

  const input: ProgrammeDefinitionInput = {
    id: `${t.slug}-demo`,
    territory: code,
    title: {
      pl: `Regionalny program rozwoju ekonomii społecznej w województwie ${loc} — program demonstracyjny`,
      en: `Regional social economy development programme, ${cap} voivodeship — demonstration programme`,
    },
    shortTitle: { pl: `RPRES ${t.name} (demo)`, en: `RPRES ${cap} (demo)` },
    period: { ...DEMO_PERIOD },
    responsible: RESPONSIBLE,
    demo: true,
    note: {
      pl: 'Program demonstracyjny: struktura, cele i wartości docelowe są przykładowe i wygenerowane automatycznie. Pokazuje, jak portal przedstawia postęp programu regionalnego; nie jest dokumentem samorządu województwa. Wartości bazowe to wartości wskaźników w tym wydaniu danych (w większości demonstracyjne).',
      en: "Demonstration programme: its structure, goals and targets are examples generated automatically. It shows how the portal presents a regional programme's progress; it is not a document of the voivodeship government. Baselines are the indicator values in this data release (mostly demonstration data).",
    },
    sources: [
      {
        title: { pl: 'Wygenerowany przez scripts/pipeline/programmes/demo.ts', en: 'Generated by scripts/pipeline/programmes/demo.ts' },
        note: { pl: 'Dane demonstracyjne (CC0), nie są statystyką publiczną.', en: 'Demonstration data (CC0), not official statistics.' },
      },
    ],
    tree: [
      {
        id: 'goal',
        type: 'main-goal',
        title: {
          pl: `Wzmocnienie ekonomii społecznej jako drogi do pracy i włączenia społecznego w województwie ${loc}`,
          en: `Strengthening the social economy as a route to work and social inclusion in ${cap} voivodeship`,
        },
        indicators: catalogueTarget(
          'ps-act',
          'PS_ACT',
          (b, rise) => {
            const goal = Math.round(b + Math.max(5, rise));
            return { direction: 'reach', value: goal, milestone: half(b, goal) };
          },
          { pl: 'Wykaz przedsiębiorstw społecznych (RJPS)', en: 'List of social enterprises (RJPS)' },
        ),
        children: [
          {
            id: 'p1',
            type: 'priority',
            number: '1',
            title: {
              pl: 'Rozwój przedsiębiorstw społecznych i spółdzielni socjalnych',
              en: 'Growth of social enterprises and social cooperatives',
            },
            children: [
              {
                id: 'p1-1',
                type: 'specific-goal',
                number: '1.1',
                title: {
                  pl: 'Więcej trwałych miejsc pracy w przedsiębiorstwach społecznych',
                  en: 'More lasting jobs in social enterprises',
                },
                indicators: catalogueTarget(
                  'sps-krs',
                  'SPS_KRS',
                  (_b, rise) => ({ direction: 'increase-by', value: Math.max(2, Math.round(rise)) }),
                  { pl: 'KRS; MRiPS', en: 'National Court Register; ministry' },
                ),
                children: [
                  {
                    id: 'p1-1-a',
                    type: 'direction',
                    title: {
                      pl: 'Wsparcie ośrodków wsparcia ekonomii społecznej (OWES) dla nowych i istniejących przedsiębiorstw społecznych',
                      en: 'Support from social economy support centres (OWES) for new and existing social enterprises',
                    },
                  },
                ],
              },
            ],
          },
          {
            id: 'p2',
            type: 'priority',
            number: '2',
            title: { pl: 'Reintegracja społeczna i zawodowa', en: 'Social and vocational reintegration' },
            indicators: catalogueTarget(
              'reint',
              'REINT',
              (b, rise) => {
                const goal = Math.round(b + Math.max(2, rise));
                return { direction: 'reach', value: goal, milestone: half(b, goal) };
              },
              { pl: 'GUS, rejestry regionalne', en: 'Statistics Poland, regional registers' },
            ),
            children: [
              {
                id: 'p2-1',
                type: 'specific-goal',
                number: '2.1',
                title: { pl: 'Usługi reintegracyjne dostępne w każdym powiecie', en: 'Reintegration services available in every powiat' },
                children: [
                  {
                    id: 'p2-1-a',
                    type: 'direction',
                    title: { pl: 'Tworzenie i rozwój CIS, KIS, ZAZ i WTZ', en: 'Setting up and developing CIS, KIS, ZAZ and WTZ' },
                  },
                ],
              },
            ],
          },
          {
            id: 'p3',
            type: 'priority',
            number: '3',
            title: {
              pl: 'Współpraca samorządów z podmiotami ekonomii społecznej',
              en: 'Cooperation between local governments and social economy entities',
            },
            indicators: catalogueTarget(
              'jst-unit-pct',
              'JST_UNIT_PCT',
              (b, rise) => ({ direction: 'reach', value: Math.min(100, Math.round(b + Math.max(5, rise))) }),
              { pl: 'GUS, sprawozdania ST-G', en: 'Statistics Poland, form ST-G' },
            ),
            children: [
              {
                id: 'p3-1',
                type: 'specific-goal',
                number: '3.1',
                title: { pl: 'Ekonomia społeczna w zadaniach publicznych gmin', en: "The social economy in gminas' public tasks" },
                indicators: [clauses],
                children: [
                  {
                    id: 'p3-1-a',
                    type: 'direction',
                    title: {
                      pl: 'Upowszechnianie klauzul społecznych w zamówieniach publicznych',
                      en: 'Spreading social clauses in public procurement',
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  return programmeSchema.parse(input);
}
