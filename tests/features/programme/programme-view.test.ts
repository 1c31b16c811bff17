// The programme pages' view layer (src/features/programme/programme-view.ts, programme-chart.ts) on
// the real programme files built against a synthetic release — no pipeline run and no
// public/data needed: texts and plurals, the goal tree, the chart input, the overview
// and the box on territory pages.
import fs from 'node:fs';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { NBSP } from '#core/format.ts';
import { allIndicators, type ProgrammeFile } from '#features/programme/programme.ts';
import { progressChartInput, progressChartOptions, projectionLine, renderProgressChartSvg, seriesInProgrammeUnit } from '#features/programme/programme-chart.ts';
import { indicatorView, overviewView, percent, programmeView, sharedIndicatorIds, showsAtLevel, statusView, targetPhrase, territoryProgrammeView, valueWithUnit } from '#features/programme/programme-view.ts';
import { projectLinear, STATUS_LABEL } from '#features/programme/progress.ts';
import type { Territory } from '#core/territory.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { buildProgrammes, programmeIndex, type SeriesLookup } from '#scripts/pipeline/programmes/index.ts';
import { programmePath, programmesPath } from '#core/urls.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const catalogue = loadCatalogue();
const catalogueById = new Map(catalogue.map((c) => [c.id, c]));
const sources = new Set(Object.keys(readYaml('data/sources.yaml', sourcesSchema)));
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/**
 * Every indicator rises by a few a year from a level set by the territory code, all demo;
 * Śląskie's REINT is confidential (suppressed) in 2020, its target year.
 */
const series: SeriesLookup = (indicator, code) => {
  const base = code === 'PL' ? 1000 : Number(code) * 3 + indicator.length;
  const v: (number | null)[] = YEARS.map((_, i) => base + 3 * i);
  const f: number[] = YEARS.map(() => FLAG.demo);
  if (code === '24' && indicator === 'REINT') {
    v[YEARS.indexOf(2020)] = null;
    f[YEARS.indexOf(2020)] = FLAG.demo | FLAG.suppressed;
  }
  return { years: YEARS, v, f, s: 'demo' };
};
const { programmes, problems } = buildProgrammes({ dir: 'data/programmes', register, catalogue, series, sources, release: '2024' });
const byId = new Map(programmes.map((p) => [p.id, p]));
const kpres = byId.get('kpres')!;
const slaskie = byId.get('slaskie-2016-2020')!;
const kp = byId.get('kujawsko-pomorskie-2013-2020')!;
const lubelskie = byId.get('lubelskie-demo')!;
const ind = (p: ProgrammeFile, id: string) => allIndicators(p).find((i) => i.id === id)!;

describe('values, units and plurals', () => {
  it('Polish counting forms follow the number as printed', () => {
    const entities = { pl: 'podmioty', en: 'entities' };
    expect(valueWithUnit(1, entities, 'pl', 0)).toBe(`1${NBSP}podmiot`);
    expect(valueWithUnit(2, entities, 'pl', 0)).toBe(`2${NBSP}podmioty`);
    expect(valueWithUnit(22, entities, 'pl', 0)).toBe(`22${NBSP}podmioty`);
    expect(valueWithUnit(5, entities, 'pl', 0)).toBe(`5${NBSP}podmiotów`);
    expect(valueWithUnit(12, entities, 'pl', 0)).toBe(`12${NBSP}podmiotów`);
    expect(valueWithUnit(1600, entities, 'pl', 0)).toBe(`1${NBSP}600${NBSP}podmiotów`);
    // 2128.5 prints as 2 129, so the genitive plural, not "podmioty".
    expect(valueWithUnit(2128.5, entities, 'pl', 0)).toBe(`2${NBSP}129${NBSP}podmiotów`);
    expect(valueWithUnit(1600, entities, 'en', 0)).toBe(`1,600${NBSP}entities`);
    expect(valueWithUnit(1, entities, 'en', 0)).toBe(`1${NBSP}entity`);
    expect(valueWithUnit(1000, { pl: 'osoby', en: 'persons' }, 'pl', 0)).toBe(`1${NBSP}000${NBSP}osób`);
    expect(valueWithUnit(35000, { pl: 'miejsca pracy', en: 'jobs' }, 'pl', 0)).toBe(`35${NBSP}000${NBSP}miejsc pracy`);
  });

  it('units that are not countable nouns follow the number unchanged', () => {
    expect(valueWithUnit(28, { pl: 'tys. podmiotów', en: 'thousand entities' }, 'pl', 1)).toBe(`28,0${NBSP}tys. podmiotów`);
    expect(valueWithUnit(29.6, { pl: '%', en: '%' }, 'pl', 1)).toBe(`29,6${NBSP}%`);
    expect(valueWithUnit(29.6, { pl: '%', en: '%' }, 'en', 1)).toBe('29.6%');
    expect(valueWithUnit(15, { pl: 'JST', en: 'local governments' }, 'pl', 0)).toBe(`15${NBSP}JST`);
  });

  it('shares print as whole percentages with a real minus sign', () => {
    expect(percent(0.886875, 'pl')).toBe(`89${NBSP}%`);
    expect(percent(-0.44, 'pl')).toBe(`\u221244${NBSP}%`);
    expect(percent(1.33, 'en')).toBe('133%');
  });

  it('targets read as a sentence in both languages', () => {
    expect(targetPhrase(ind(kpres, 'ps-act'), 'pl')).toBe(`osiągnąć 1${NBSP}600${NBSP}podmiotów do 2023${NBSP}r.`);
    expect(targetPhrase(ind(kpres, 'ps-act'), 'en')).toBe(`reach 1,600${NBSP}entities by 2023`);
    expect(targetPhrase(ind(kp, 'pes-employment'), 'pl')).toBe(`wzrost o 1${NBSP}000${NBSP}osób do 2020${NBSP}r.`);
  });
});

describe('status', () => {
  it('is text with a symbol, and says why it cannot be assessed', () => {
    const s = statusView({ status: 'unknown', reason: 'data-in-preparation', demo: true }, 'pl');
    expect(s).toMatchObject({ label: 'Nie da się ocenić', symbol: '?', reason: 'dane w opracowaniu', demo: true });
    expect(statusView({ status: 'on-track', demo: false }, 'en')).toMatchObject({ label: 'On track', symbol: '↗' });
  });
});

describe('programme page view', () => {
  it('builds without problems', () => expect(problems).toEqual([]));

  it('every indicator shows the status the pipeline computed, counted as in statusCounts', () => {
    for (const p of programmes) {
      for (const lang of ['pl', 'en'] as const) {
        const v = programmeView(p, lang);
        expect(v.indicators.map((i) => i.status.status)).toEqual(allIndicators(p).map((i) => i.progress.status));
        expect(v.indicators.map((i) => i.status.label)).toEqual(allIndicators(p).map((i) => STATUS_LABEL[i.progress.status][lang]));
        const counted = Object.fromEntries(v.statusCounts.map((c) => [c.status, c.count]));
        for (const [s, n] of Object.entries(p.statusCounts)) expect(counted[s] ?? 0).toBe(n);
        // Every indicator sits in exactly one group.
        expect(v.groups.flatMap((g) => g.indicators.map((i) => i.id)).sort()).toEqual(v.indicators.map((i) => i.id).sort());
      }
    }
  });

  it('the goal tree keeps the programme structure (Kujawsko-Pomorskie: 1 goal, 4 priorities, 11 specific goals, 33 directions)', () => {
    const v = programmeView(kp, 'pl');
    expect(v.tree).toHaveLength(1);
    expect(v.tree[0].label).toBe('Cel główny');
    expect(v.tree[0].children.map((c) => c.label)).toEqual(['Priorytet 1', 'Priorytet 2', 'Priorytet 3', 'Priorytet 4']);
    const specific = v.tree[0].children.flatMap((c) => c.children);
    expect(specific).toHaveLength(11);
    expect(specific.flatMap((c) => c.children).filter((d) => d.type === 'direction')).toHaveLength(33);
    expect(v.tree[0].indicators.map((i) => i.status.status)).toEqual(['unknown']);
    expect(programmeView(slaskie, 'pl').tree[0].children.map((c) => c.label)).toEqual(['Priorytet I', 'Priorytet II', 'Priorytet III', 'Priorytet IV', 'Priorytet V']);
  });

  it('an indicator without baseline: goal unknown, no chart, "brak danych", status "nie da się ocenić"', () => {
    const v = indicatorView(kp, ind(kp, 'pes-employment'), 'pl');
    expect(v.baseline.text).toBe('brak danych');
    expect(v.target.goal).toContain('poziom celu nieznany');
    expect(v.target.assumed).toBe(true);
    expect(v.latest).toBeUndefined();
    expect(v.latestMissing).toBe('brak danych');
    expect(v.chart).toBeUndefined();
    expect(v.status).toMatchObject({ status: 'unknown', reason: 'brak wartości bazowej' });
  });

  it('KPRES: the published figure decides, this portal series is shown beside it in the programme unit', () => {
    const i = ind(kpres, 'pes-mkt');
    expect(i.factor).toBe(1000);
    const v = indicatorView(kpres, i, 'pl');
    expect(v.latest?.text).toBe(`28,0${NBSP}tys. podmiotów`);
    expect(v.portalLatest).toBeTruthy();
    const s = seriesInProgrammeUnit(i);
    expect(s.map((p) => p.value)).toEqual(i.series!.v.map((x) => x! / 1000));
    expect(v.table.columns).toEqual(['Rok', 'Opublikowana', 'Dane portalu', 'Ścieżka do celu']);
    // The CSV holds the published figure, this portal's value in the same unit with its flags, and the path.
    const csv = decodeURI(v.csvUrl.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/%23/g, '#');
    const y2018 = i.series!.years.indexOf(2018);
    expect(csv).toContain(`kpres,pes-mkt,PES_MKT,thousand entities,2018,28,published,false,${i.series!.v[y2018]! / 1000},${i.series!.f[y2018] & FLAG.demo ? 'demo' : ''}`);
    expect(csv).toContain('kpres,pes-mkt,PES_MKT,thousand entities,2023,,,,');
    expect(v.csvName).toBe('kpres-pes-mkt-2024.csv');
    // Status is not demo although the series beside it is.
    expect(v.status.demo).toBe(false);
    expect(v.statusDemoTag).toBe(false);
    expect(v.inTree).toBe(false);
  });

  it('a confidential value in the target year: "dane niejawne", a "?" on the chart, status unknown', () => {
    const i = ind(slaskie, 'reint');
    expect(i.progress).toMatchObject({ status: 'unknown', reason: 'suppressed' });
    const v = indicatorView(slaskie, i, 'pl');
    expect(v.latestMissing).toBe('dane niejawne (tajemnica statystyczna)');
    expect(v.table.rows.find((r) => r.year === 2020)?.cells[0]).toBe('dane niejawne');
    expect(v.chart?.unpublished).toEqual([2020]);
    expect(v.unpublishedKinds).toEqual(['dane niejawne']);
  });

  it('"data in preparation" in the latest year reads as such (demo programmes)', () => {
    const withPrep = programmes.flatMap((p) => allIndicators(p).map((i) => ({ p, i }))).find(({ i }) => i.progress.reason === 'data-in-preparation');
    expect(withPrep).toBeTruthy();
    const v = indicatorView(withPrep!.p, withPrep!.i, 'pl');
    expect(v.latestMissing).toBe('dane w opracowaniu');
    expect(v.unpublishedKinds).toEqual(['dane w opracowaniu']);
  });

  it('demo programmes say so once: no status demo tags inside them, but values keep theirs', () => {
    const v = programmeView(lubelskie, 'pl');
    expect(v.demo).toBe(true);
    expect(v.indicators.every((i) => !i.statusDemoTag)).toBe(true);
    expect(v.indicators.some((i) => i.latest?.demo)).toBe(true);
    // Śląskie is real but its targets are demo: the status carries the tag.
    expect(programmeView(slaskie, 'pl').indicators.some((i) => i.statusDemoTag)).toBe(true);
  });

  it('adoption and amendments read as in the source', () => {
    const v = programmeView(kpres, 'pl');
    expect(v.adopted).toBe('Rada Ministrów, 12.08.2014, uchwała nr 164 (M.P. 2014 poz. 811)');
    expect(programmeView(slaskie, 'en').adopted).toBe('Board of Śląskie Voivodeship, 22 December 2015, resolution 2428/82/V/2015');
    expect(v.amendments).toHaveLength(2);
    expect(v.indicatorCount).toBe(`11${NBSP}wskaźników`);
  });

  it('URLs: /programy/<id>/ with /en/ in front for English', () => {
    expect(programmesPath('pl')).toBe('/programy/');
    expect(programmePath('kpres', 'en')).toBe('/en/programy/kpres/');
  });
});

describe('chart', () => {
  it('the input holds the path, the goal and the projection the status rule used', () => {
    for (const p of programmes)
      for (const i of allIndicators(p)) {
        const input = progressChartInput(i, 'pl', 't');
        expect(input.path).toEqual(i.path);
        if (i.target.goal !== null) expect(input.goal).toEqual({ year: i.target.year, value: i.target.goal });
        const line = projectionLine(i);
        if (i.progress.projected === null) expect(line).toEqual([]);
        else {
          expect(line[1]).toEqual({ year: i.target.year, value: i.progress.projected });
          expect(line[0].year).toBe(i.progress.projectionYears[0]);
        }
        expect(input.from).toBeLessThanOrEqual(Math.min(i.target.year, ...i.points.map((x) => x.year)));
        expect(input.to).toBeGreaterThanOrEqual(i.target.year);
      }
  });

  it('the projection line is the least-squares line of the fitted years', () => {
    const i = ind(lubelskie, 'ps-act');
    const fit = i.progress.projectionYears.map((y) => ({ year: y, value: i.points.find((p) => p.year === y)?.value ?? i.baseline.value! }));
    const line = projectionLine(i);
    expect(line[0].value).toBeCloseTo(projectLinear(fit, line[0].year)!, 6);
  });

  it('renders to a labelled SVG at build time, with hollow dots for demo values and a gap for a confidential year', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const input = progressChartInput(ind(slaskie, 'reint'), 'pl', 'REINT');
    const svg = renderProgressChartSvg(Plot, input, document as unknown as Document);
    expect(svg).toMatch(/^<svg role="img" focusable="false" /);
    expect(svg).toContain('aria-label="REINT"');
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('fill="#ffffff"');
    const opts = progressChartOptions(Plot, input);
    expect(opts.x?.domain).toEqual([input.from, input.to]);
  });
});

describe('overview', () => {
  const index = programmeIndex(programmes, '2024');

  it('compares on catalogue indicators shared by at least two regional programmes, main goal first', () => {
    const ids = sharedIndicatorIds(index);
    expect(ids[0]).toBe('PS_ACT');
    expect(new Set(ids)).toEqual(new Set(['PS_ACT', 'SPS_KRS', 'REINT', 'JST_UNIT_PCT']));
  });

  it('has KPRES and all 16 voivodeships, each cell the programme own status', () => {
    const v = overviewView(index, catalogue, 'pl', (t) => t.name);
    expect(v.national.map((r) => r.id)).toEqual(['kpres']);
    expect(v.regional).toHaveLength(16);
    const col = v.columns.findIndex((c) => c.id === 'PS_ACT');
    expect(v.columns[col].name).toBe(catalogueById.get('PS_ACT')!.name.pl);
    for (const r of [...v.national, ...v.regional]) {
      const entry = index.programmes.find((p) => p.id === r.id)!;
      v.columns.forEach((c, k) => {
        const s = entry.shared[c.id];
        if (!s) expect(r.cells[k]).toBeNull();
        else {
          expect(r.cells[k]?.status.status).toBe(s.status);
          expect(r.cells[k]?.href).toBe(`/programy/${r.id}/#wskaznik-${s.indicator}`);
        }
      });
    }
    // Kujawsko-Pomorskie has no catalogue indicator: a row of empty cells.
    expect(v.regional.find((r) => r.id === 'kujawsko-pomorskie-2013-2020')!.cells.every((c) => c === null)).toBe(true);
  });
});

describe('territory pages', () => {
  it('a voivodeship page: headline targets, main goal first, with the latest value and status', () => {
    const v = territoryProgrammeView(lubelskie, 'pl');
    expect(v.own).toBe(true);
    expect(v.rows[0].id).toBe('ps-act');
    expect(v.rows.map((r) => r.status.status)).toEqual(allIndicators(lubelskie).map((i) => i.progress.status));
    expect(v.href).toBe('/programy/lubelskie-demo/');
  });

  it('KPRES on the country page shows at most six and says how many more', () => {
    const v = territoryProgrammeView(kpres, 'pl');
    expect(v.rows).toHaveLength(6);
    expect(v.more).toBe(5);
  });

  it('a gmina page: only indicators that say something about one gmina, with its share of the voivodeship', () => {
    const gmina = register.find((t) => t.level === 'gmina' && t.code.startsWith('06'))!;
    const local = { level: 'gmina' as const, catalogue: catalogueById, obs: (id: string) => ({ year: 2024, value: 5, flags: FLAG.demo }) };
    const v = territoryProgrammeView(lubelskie, 'pl', local);
    expect(v.own).toBe(false);
    const ids = v.rows.map((r) => r.id);
    expect(ids).not.toContain('jst-unit-pct'); // a share of gminas is 0 or 100 for one gmina
    expect(ids).not.toContain('demo-clauses'); // programme-specific: no local values
    const ps = v.rows.find((r) => r.id === 'ps-act')!;
    const region = ind(lubelskie, 'ps-act').series!.v[YEARS.indexOf(2024)]!;
    expect(ps.local).toMatchObject({ text: `5${NBSP}podmiotów`, year: 2024, demo: true, empty: false });
    expect(ps.shareOfRegion).toBe(`${(Math.round((5 / region) * 1000) / 10).toFixed(1).replace('.', ',')}${NBSP}%`);
    expect(gmina).toBeTruthy();
    expect(showsAtLevel(catalogueById.get('JST_UNIT_PCT'), 'powiat')).toBe(true);
  });
});
