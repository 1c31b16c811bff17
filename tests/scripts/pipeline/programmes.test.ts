// The programme files in data/programmes/, their validation and the build, on a
// synthetic release (no pipeline run needed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { allIndicators, type ProgrammeFile, type ProgrammeIndex, type ResolvedNode } from '#features/programme/programme.ts';
import { computeProgress } from '#features/programme/progress.ts';
import type { Territory } from '#core/territory.ts';
import { parseCsv } from '#core/csv.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';
import { readYaml, sourcesSchema } from '#scripts/pipeline/read-release.ts';
import { buildProgrammes, emitProgrammes, seriesFromTerritoryFiles, type SeriesLookup } from '#scripts/pipeline/programmes/index.ts';
import { parseProgrammeFiles } from '#scripts/pipeline/programmes/validate.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const catalogue = loadCatalogue();
const sources = new Set(Object.keys(readYaml('data/sources.yaml', sourcesSchema)));
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/** A release where every indicator rises by one a year from a level set by the territory code; all demo. */
const synthetic: SeriesLookup = (indicator, code) => {
  const base = code === 'PL' ? 1000 : Number(code) * 3 + indicator.length;
  return { years: YEARS, v: YEARS.map((_, i) => base + i), f: YEARS.map(() => FLAG.demo), s: 'demo' };
};
const build = (series: SeriesLookup = synthetic, dir = 'data/programmes') =>
  buildProgrammes({ dir, register, catalogue, series, sources, release: '2024' });

const walk = (nodes: ResolvedNode[], out: ResolvedNode[] = []) => {
  for (const n of nodes) {
    out.push(n);
    walk(n.children, out);
  }
  return out;
};

describe('the programme files in data/programmes/', () => {
  const { programmes, problems } = build();
  const byId = new Map(programmes.map((p) => [p.id, p]));

  it('validate without problems and give the country plus one programme per voivodeship', () => {
    expect(problems).toEqual([]);
    expect(programmes[0].territory.code).toBe('PL');
    const regional = programmes.filter((p) => p.territory.level === 'voivodeship');
    expect(regional.map((p) => p.territory.code)).toEqual(register.filter((t) => t.level === 'voivodeship').map((t) => t.code));
    expect(regional.filter((p) => !p.demo).map((p) => p.id)).toEqual(['kujawsko-pomorskie-2013-2020', 'slaskie-2016-2020']);
    for (const p of regional.filter((p) => p.demo)) {
      expect(p.file).toBeNull();
      expect(p.hasDemo).toBe(true);
      for (const i of allIndicators(p)) expect(i.target.demo).toBe(true);
    }
  });

  it('KPRES carries the 11 headline indicators exactly as the portal published them', () => {
    const kpres = byId.get('kpres')!;
    expect(kpres.adopted).toMatchObject({ date: '2014-08-12', resolution: '164' });
    expect(kpres.tree.map((n) => `${n.type} ${n.number}`)).toEqual(['area I', 'area II', 'area III', 'area IV']);
    const [header, ...rows] = parseCsv(fs.readFileSync('data/sources/programmes/kpres_2014_headline_indicators.csv', 'utf8'));
    const col = (name: string) => header.fields.indexOf(name);
    expect(kpres.indicators).toHaveLength(rows.length);
    for (const { fields } of rows) {
      const ind = kpres.indicators.find((i) => i.catalogue === fields[col('indicator_id')])!;
      expect(ind, fields[col('indicator_id')]).toBeTruthy();
      expect(ind.name.pl).toBe(fields[col('name_pl')]);
      expect(ind.name.en).toBe(fields[col('name_en')]);
      expect(ind.unit.en).toBe(fields[col('unit')]);
      expect(ind.baseline.value).toBe(Number(fields[col('baseline')]));
      expect(ind.target.value).toBe(Number(fields[col('target')]));
      expect(ind.observations).toEqual([
        {
          year: Number(fields[col('achieved_year')]),
          value: Number(fields[col('achieved')]),
          status: 'published',
          source: 'kpres-portal',
          demo: false,
        },
      ]);
      expect(ind.basis).toBe('observations');
      expect(ind.factor).toBe(['thousand entities', 'thousand units', 'thousand persons'].includes(fields[col('unit')]) ? 1000 : 1);
      // The status comes from the published figure, never from the (demo) series beside it.
      expect(ind.progress.demo).toBe(false);
      expect(ind.series?.years).toEqual(YEARS);
    }
  });

  it('KPRES achieved values × factor equal the kpres-portal rows of the release', () => {
    const kpres = byId.get('kpres')!;
    const text = fs.readFileSync('data/releases/2024/published-figures.csv', 'utf8');
    const rows = parseCsv(text)
      .slice(1)
      .map((r) => r.fields)
      .filter((f) => f[6] === 'kpres-portal');
    expect(rows).toHaveLength(11);
    for (const [code, year, indicator, value] of rows) {
      const ind = kpres.indicators.find((i) => i.catalogue === indicator)!;
      expect(code).toBe('PL');
      expect(ind.observations[0].year).toBe(Number(year));
      expect(Math.round(ind.observations[0].value! * ind.factor * 1000) / 1000).toBe(Number(value));
    }
  });

  it('Kujawsko-Pomorskie: main goal, +1,000 employed in PES, four priorities, 11 specific goals, 33 directions', () => {
    const kp = byId.get('kujawsko-pomorskie-2013-2020')!;
    expect(kp.territory.code).toBe('04');
    expect(kp.period).toEqual({ from: 2013, to: 2020 });
    const nodes = walk(kp.tree);
    const count = (t: string) => nodes.filter((n) => n.type === t).length;
    expect([count('main-goal'), count('priority'), count('specific-goal'), count('direction')]).toEqual([1, 4, 11, 33]);
    expect(kp.tree[0].children.map((n) => n.children.length)).toEqual([3, 2, 3, 3]);
    const goal = kp.tree[0].indicators[0];
    expect(goal.catalogue).toBeUndefined();
    expect(goal.target).toMatchObject({ value: 1000, direction: 'increase-by', year: 2020 });
    expect(goal.progress.status).toBe('unknown');
    expect(goal.progress.reason).toBe('no-baseline');
  });

  it('Śląskie: adopted 22.12.2015 by resolution 2428/82/V/2015, five priorities I–V, demo targets on catalogue indicators', () => {
    const sl = byId.get('slaskie-2016-2020')!;
    expect(sl.adopted).toMatchObject({ date: '2015-12-22', resolution: '2428/82/V/2015' });
    expect(sl.tree[0].children.map((n) => `${n.type} ${n.number}`)).toEqual([
      'priority I',
      'priority II',
      'priority III',
      'priority IV',
      'priority V',
    ]);
    expect(sl.context?.pl).toContain('Współpraca się opłaca');
    for (const i of allIndicators(sl)) {
      expect(i.catalogue).toBeTruthy();
      expect(i.target.demo).toBe(true);
      // Baseline read from the release series at 2015.
      expect(i.baseline.fromSeries).toBe(true);
      expect(i.baseline.value).toBe(synthetic(i.catalogue!, '24')!.v[YEARS.indexOf(2015)]);
      expect(i.basis).toBe('series');
    }
  });

  it('every status equals an independent recomputation from the shipped points', () => {
    for (const p of programmes)
      for (const i of allIndicators(p)) {
        const again = computeProgress({
          baseline: { year: i.baseline.year, value: i.baseline.value, demo: i.baseline.demo },
          target: i.target,
          points: i.points,
        });
        expect(again, `${p.id}/${i.id}`).toEqual(i.progress);
      }
  });

  it('demo programmes have the same shape and show a programme-specific series with "data in preparation"', () => {
    const demos = programmes.filter((p) => p.demo);
    expect(demos).toHaveLength(14); // 16 voivodeships − Kujawsko-Pomorskie − Śląskie
    for (const p of demos) {
      expect(p.id).toBe(`${p.territory.slug}-demo`);
      expect(walk(p.tree).map((n) => n.type)).toEqual([
        'main-goal',
        'priority',
        'specific-goal',
        'direction',
        'priority',
        'specific-goal',
        'direction',
        'priority',
        'specific-goal',
        'direction',
      ]);
      expect(allIndicators(p).map((i) => i.catalogue ?? i.id)).toEqual(['PS_ACT', 'SPS_KRS', 'REINT', 'JST_UNIT_PCT', 'demo-clauses']);
    }
    const pending = demos
      .map((p) => allIndicators(p).find((i) => i.id === 'demo-clauses')!)
      .filter((i) => i.progress.reason === 'data-in-preparation');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThan(14);
  });

  it('counts statuses per programme', () => {
    for (const p of programmes) {
      const total = Object.values(p.statusCounts).reduce((a, b) => a + b, 0);
      expect(total).toBe(allIndicators(p).length);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(build().programmes)).toBe(JSON.stringify(programmes));
  });
});

describe('resolving catalogue series', () => {
  it('converts with the factor, and a suppressed latest value gives "unknown"', () => {
    const series: SeriesLookup = (indicator, code) => {
      const s = synthetic(indicator, code)!;
      if (code === '24' && indicator === 'REINT')
        return { ...s, v: [...s.v.slice(0, -1), null], f: [...s.f!.slice(0, -1), FLAG.suppressed] };
      return s;
    };
    const sl = build(series).programmes.find((p) => p.id === 'slaskie-2016-2020')!;
    const reint = allIndicators(sl).find((i) => i.catalogue === 'REINT')!;
    // The target year is 2020, so a suppressed 2024 value is outside the window...
    expect(reint.progress.status).not.toBe('unknown');
    const pesMkt = build(series).programmes[0].indicators.find((i) => i.catalogue === 'PES_MKT')!;
    expect(pesMkt.series!.v[0]).toBe(1000 + 0);
    expect(pesMkt.factor).toBe(1000);
  });

  it('with a suppressed value in the target year the status is unknown, never achieved', () => {
    const series: SeriesLookup = (indicator, code) => {
      const s = synthetic(indicator, code)!;
      if (code !== '24') return s;
      const i = YEARS.indexOf(2020);
      return {
        ...s,
        v: s.v.map((v, k) => (k === i || v === null ? null : v + 1000)),
        f: s.f!.map((f, k) => (k === i ? f | FLAG.suppressed : f)),
      };
    };
    const sl = build(series).programmes.find((p) => p.id === 'slaskie-2016-2020')!;
    for (const i of allIndicators(sl)) {
      expect(i.progress.status, i.id).toBe('unknown');
      expect(i.progress.reason).toBe('suppressed');
    }
  });

  it('counts real series values after the last KPRES observation, never demo ones', () => {
    // PS_ACT: the programme's monitoring published 1,419 for 2020 (target 1,600 by 2023);
    // the release's real 2022 value is 2,164, so the goal is met.
    const withReal =
      (realFrom: number): SeriesLookup =>
      (indicator, code) => {
        const s = synthetic(indicator, code)!;
        if (code !== 'PL' || indicator !== 'PS_ACT') return s;
        return {
          ...s,
          v: s.years.map((y) => (y === 2022 ? 2164 : 1400)),
          f: s.years.map((y) => (y === 2022 && realFrom <= 2022 ? 0 : FLAG.demo)),
        };
      };
    const psAct = (series: SeriesLookup) =>
      build(series)
        .programmes.find((p) => p.id === 'kpres')!
        .indicators.find((i) => i.catalogue === 'PS_ACT')!;
    const real = psAct(withReal(2022));
    expect(real.progress.status).toBe('achieved');
    expect(real.progress.latest).toEqual({ year: 2022, value: 2164 });
    expect(real.points.find((p) => p.year === 2022)).toMatchObject({ fromSeries: true });
    // The same 2022 figure flagged demo: the status rests on the 2020 observation alone.
    const demo = psAct(withReal(9999));
    expect(demo.progress.latest).toEqual({ year: 2020, value: 1419 });
    expect(demo.points.some((p) => p.fromSeries)).toBe(false);
  });

  it('reads series from a built release folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-prog-'));
    fs.mkdirSync(path.join(dir, 'territory'));
    fs.writeFileSync(
      path.join(dir, 'territory', '24.json'),
      JSON.stringify({ years: [2019, 2020], series: { PS_ACT: { v: [5, null], f: [1, 3] } } }),
    );
    const lookup = seriesFromTerritoryFiles(dir);
    expect(lookup('PS_ACT', '24')).toEqual({ years: [2019, 2020], v: [5, null], f: [1, 3] });
    expect(lookup('REINT', '24')).toBeUndefined();
    expect(lookup('PS_ACT', '02')).toBeUndefined();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('emit', () => {
  it('writes index.json and one file per programme', () => {
    const { programmes } = build();
    const written = new Map<string, unknown>();
    emitProgrammes(programmes, (rel, data) => written.set(rel, data));
    expect(written.size).toBe(programmes.length + 1);
    const index = written.get('programmes/index.json') as ProgrammeIndex;
    expect(index.release).toBe('2024');
    expect(index.programmes.map((p) => p.id)).toEqual(programmes.map((p) => p.id));
    const sl = index.programmes.find((p) => p.id === 'slaskie-2016-2020')!;
    expect(Object.keys(sl.shared).sort()).toEqual(['JST_2PCT', 'JST_UNIT_PCT', 'OWES_SUP', 'PS_ACT', 'REINT', 'SPS_KRS', 'ZP_CERT']);
    expect((written.get('programmes/kpres.json') as ProgrammeFile).indicators).toHaveLength(11);
  });
});

describe('validation messages name the file, the line and the path', () => {
  const ctx = { register, catalogue, sources };
  const ok = fs.readFileSync('data/programmes/slaskie-2016-2020.yaml', 'utf8');
  const check = (text: string, file = 'data/programmes/slaskie-2016-2020.yaml') => parseProgrammeFiles([{ file, text }], ctx).problems;
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('accepts the real file', () => {
    expect(check(ok)).toEqual([]);
  });

  it('unknown catalogue indicator', () => {
    const text = ok.replace('catalogue: ZP_CERT', 'catalogue: ZP_CERTX');
    const [p, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(p.file).toBe('data/programmes/slaskie-2016-2020.yaml');
    expect(p.line).toBe(lineOf(text, 'ZP_CERTX'));
    expect(p.message).toBe('tree[0].children[4].indicators[0].catalogue: unknown catalogue indicator "ZP_CERTX"');
  });

  it('catalogue indicator that does not exist at the level', () => {
    const text = ok.replace('catalogue: ZP_CERT', 'catalogue: SOC_CLAUSE');
    expect(check(text)[0].message).toContain('SOC_CLAUSE does not exist at the voivodeship level');
  });

  it('unknown territory', () => {
    const text = ok.replace("territory: '24'", "territory: '99'");
    expect(check(text)[0]).toMatchObject({ line: lineOf(text, "territory: '99'"), message: 'territory: unknown territory "99"' });
    expect(check(ok.replace("territory: '24'", "territory: '2402'"))[0].message).toContain('unknown territory "2402"');
  });

  it('duplicate node ids', () => {
    const text = ok.replace('id: p5\n', 'id: p4\n');
    const [p] = check(text);
    expect(p.message).toBe('tree[0].children[4].id: id "p4" is used twice (first at tree[0].children[3])');
    expect(p.line).toBe(text.split('\n').findLastIndex((l) => l.includes('id: p4')) + 1);
  });

  it('target year outside the period', () => {
    const text = ok.replace('target: { year: 2020, value: 10,', 'target: { year: 2021, value: 10,');
    const [p] = check(text);
    expect(p.message).toBe('tree[0].children[4].indicators[0].target.year: target year 2021 is outside the period 2016–2020');
    expect(p.line).toBe(lineOf(text, 'year: 2021, value: 10'));
  });

  it('tree order, published observation without value, unknown source, file name', () => {
    const bad = ok.replace('    type: main-goal\n', '    type: direction\n');
    expect(check(bad).some((p) => p.message.includes('a priority cannot sit under a direction'))).toBe(true);
    const kp = fs.readFileSync('data/programmes/kpres.yaml', 'utf8');
    const kpBad = kp.replace('{ year: 2018, value: 28.0, source: kpres-portal }', '{ year: 2018, value: null, source: kpres-portall }');
    const msgs = parseProgrammeFiles([{ file: 'data/programmes/kpres.yaml', text: kpBad }], ctx).problems.map((p) => p.message);
    expect(msgs).toEqual([
      'indicators[0].observations[0].value: a published observation needs a value',
      'indicators[0].observations[0].source: unknown source "kpres-portall"',
    ]);
    expect(check(ok, 'data/programmes/slaskie.yaml')[0].message).toBe('id: file name must be slaskie-2016-2020.yaml');
  });

  it('schema errors and YAML syntax errors carry the line', () => {
    const text = ok.replace('direction: increase-by', 'direction: grow-by');
    const [p] = check(text);
    expect(p.line).toBe(lineOf(text, 'grow-by'));
    expect(p.message).toMatch(/^tree\[0\]\.children\[3\]\.indicators\[0\]\.target\.direction: /);
    const [s] = check(ok.replace('period: { from: 2016, to: 2020 }', 'period: { from: 2016, to: 2020'));
    expect(s.message).toMatch(/^not valid YAML/);
    expect(s.line).toBeGreaterThan(0);
  });

  it('stops the build: no programmes are resolved from a directory with a bad file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-progdir-'));
    fs.writeFileSync(path.join(dir, 'slaskie-2016-2020.yaml'), ok.replace('catalogue: ZP_CERT', 'catalogue: NOPE'));
    const { programmes, problems } = build(synthetic, dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(path.join(dir, 'slaskie-2016-2020.yaml'));
    expect(programmes).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
