// One indicator's card (src/features/programme/indicator-view.ts): missing baselines,
// published figures beside this portal's series, confidential values and "data in
// preparation", the data table and the CSV.
import { describe, expect, it } from 'vitest';
import { FLAG } from '#core/cells.ts';
import { parseCsv } from '#core/csv.ts';
import { NBSP } from '#core/format.ts';
import { allIndicators } from '#features/programme/programme.ts';
import { seriesInProgrammeUnit } from '#features/programme/programme-chart.ts';
import { indicatorView } from '#features/programme/indicator-view.ts';
import { ind, kp, kpres, programmes, slaskie } from './programme-fixture.ts';

describe('indicator card', () => {
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
    expect(csv).toContain(
      `kpres,pes-mkt,PES_MKT,thousand entities,2018,28,published,false,${i.series!.v[y2018]! / 1000},${i.series!.f[y2018] & FLAG.demo ? 'demo' : ''}`,
    );
    expect(csv).toContain('kpres,pes-mkt,PES_MKT,thousand entities,2023,,,,');
    expect(v.csvName).toBe('kpres-pes-mkt-2024.csv');
    // Status is not demo although the series beside it is.
    expect(v.status.demo).toBe(false);
    expect(v.statusDemoTag).toBe(false);
    expect(v.inTree).toBe(false);
  });

  it('a value that moved away from the goal is said in words, not as a negative share', () => {
    const i = ind(kpres, 'dis-emp');
    // 110.1 thousand against a baseline of 145 and a goal of 160: back by 233 % of the way.
    expect(i.progress.share).toBeLessThan(0);
    const pl = indicatorView(kpres, i, 'pl');
    expect(pl.share).toBe(`dalej od celu niż wartość bazowa: cofnięcie o 233${NBSP}% drogi od wartości bazowej do celu`);
    expect(pl.share).not.toContain('−');
    expect(indicatorView(kpres, i, 'en').share).toContain('further from the goal than the baseline');
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
    const withPrep = programmes
      .flatMap((p) => allIndicators(p).map((i) => ({ p, i })))
      .find(({ i }) => i.progress.reason === 'data-in-preparation');
    expect(withPrep).toBeTruthy();
    const v = indicatorView(withPrep!.p, withPrep!.i, 'pl');
    expect(v.latestMissing).toBe('dane w opracowaniu');
    expect(v.unpublishedKinds).toEqual(['dane w opracowaniu']);
  });

  it('the CSV is RFC 4180 with a BOM, one header and one row per year of the table', () => {
    for (const p of programmes)
      for (const i of allIndicators(p)) {
        const v = indicatorView(p, i, 'en');
        const csv = decodeURIComponent(v.csvUrl.replace(/^data:text\/csv;charset=utf-8,/, ''));
        expect(csv.startsWith('\ufeff')).toBe(true);
        expect(csv.endsWith('\n')).toBe(true);
        const [header, ...rows] = parseCsv(csv);
        expect(header.fields).toEqual([
          'programme',
          'indicator',
          'catalogue',
          'unit',
          'year',
          'value',
          'status',
          'demo',
          'portal_value',
          'portal_flags',
          'path_value',
        ]);
        expect(rows.map((r) => Number(r.fields[4]))).toEqual(v.table.rows.map((r) => r.year));
        for (const r of rows) expect(r.fields.slice(0, 4)).toEqual([p.id, i.id, i.catalogue ?? '', i.unit.en]);
      }
  });
});
