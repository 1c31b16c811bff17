import { describe, expect, it } from 'vitest';
import { importBdlPopulation } from '#scripts/import/bdl-population.ts';
import { importKpresAchieved, importStatsLong } from '#scripts/import/published-figures.ts';

const header =
  '"Kod";"Nazwa";"w wieku przedprodukcyjnym;ogółem;2018;[osoba]";"w wieku przedprodukcyjnym;ogółem;2019;[osoba]";' +
  '"w wieku produkcyjnym;ogółem;2018;[osoba]";"w wieku produkcyjnym;ogółem;2019;[osoba]";' +
  '"w wieku produkcyjnym mobilnym;ogółem;2018;[osoba]";"w wieku produkcyjnym mobilnym;ogółem;2019;[osoba]";' +
  '"w wieku poprodukcyjnym;ogółem;2018;[osoba]";"w wieku poprodukcyjnym;ogółem;2019;[osoba]";';

describe('BDL population import', () => {
  const text = [
    header,
    // current code, both years
    '"0201011";"Bolesławiec (1)";"10";"11";"100";"101";"60";"61";"20";"21";',
    // part of an urban-rural gmina: inside the gmina total, skipped
    '"0601054";"Janów Podlaski - miasto (4)";"1";"1";"1";"1";"1";"1";"1";"1";',
    // type changed 2 → 3 later: mapped onto the new code
    '"0601052";"Janów Podlaski (2)";"5";"5";"50";"50";"30";"30";"10";"10";',
    // an abolished unit with no successor: reported
    '"3203042";"Ostrowice (2)";"1";"";"1";"";"1";"";"1";"";',
    // a unit missing one age group in 2019: that year left out and reported
    '"0201022";"Bolesławiec (2)";"1";"";"2";"2";"1";"1";"3";"3";',
  ].join('\n');
  const map = (c: string) => (c === '0601052' ? '0601053' : c === '3203042' ? undefined : c);
  const result = importBdlPopulation(text, map);

  it('adds pre-working, working and post-working age, and not the mobile subset again', () => {
    expect(result.rows.find((r) => r.code === '0201011' && r.year === 2019 && r.indicator === 'POP')?.value).toBe(11 + 101 + 21);
    expect(result.rows.find((r) => r.code === '0201011' && r.year === 2019 && r.indicator === 'POP_WORK')?.value).toBe(101);
  });
  it('maps older codes through the code history', () => {
    expect(result.rows.some((r) => r.code === '0601053' && r.year === 2018)).toBe(true);
    expect(result.merged.get('0601053')).toEqual(['0601052']);
  });
  it('reports what it cannot use instead of dropping it', () => {
    expect(result.subunitsSkipped).toBe(1);
    expect(result.unmapped).toEqual([{ code: '3203042', name: 'Ostrowice (2)', reason: 'no successor in the code history' }]);
    expect(result.emptyCells).toEqual([{ code: '0201022', year: 2019 }]);
    expect(result.rows.some((r) => r.code === '0201022' && r.year === 2019)).toBe(false);
    expect(result.rows.some((r) => r.code === '0201022' && r.year === 2018)).toBe(true);
  });
});

describe('published figures', () => {
  it('maps GUS SDG rows to catalogue ids and country code PL', () => {
    const text =
      'territory_code,territory_level,territory_name,year,indicator,value,unit,source_url_or_repo_path,note\n' +
      'PL,country,Polska,2010,nonprofit_organizations_per_10k_population,20.9,"organizations per 10,000 population",x,y\n' +
      '02,voivodeship,dolnośląskie,2021,active_CIS,5,units,x,y\n';
    expect(importStatsLong(text, 'f.csv')).toEqual([
      { code: 'PL', year: 2010, indicator: 'NGO_10K', value: 20.9, unit: 'per 10,000 inhabitants', source: 'gus-sdg-1e1' },
      { code: '02', year: 2021, indicator: 'CIS', value: 5, unit: 'units', source: 'gus-reint-2021' },
    ]);
  });
  it('stops on an indicator name it has no mapping for', () => {
    const text =
      'territory_code,territory_level,territory_name,year,indicator,value,unit,source_url_or_repo_path,note\nPL,country,Polska,2010,mystery,1,x,x,y\n';
    expect(() => importStatsLong(text, 'f.csv')).toThrow(/f\.csv:2: indicator "mystery" has no mapping/);
  });
  it('converts KPRES values published in thousands to whole units', () => {
    const text =
      'indicator_id,name_pl,name_en,unit,baseline,target,achieved,achieved_year,source\n' +
      'REINT,a,b,thousand units,1.2,1.5,1.266,2018,x\nPES_REV,a,b,thousand PLN,330.7,350,342.4,2017,x\n';
    const rows = importKpresAchieved(text, 'k.csv');
    expect(rows[0]).toMatchObject({ indicator: 'REINT', value: 1266, unit: 'units', year: 2018, code: 'PL' });
    expect(rows[1]).toMatchObject({ indicator: 'PES_REV', value: 342.4, unit: 'thousand PLN' });
  });
});
