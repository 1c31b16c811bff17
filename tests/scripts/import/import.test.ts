import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bdlTargets } from '#scripts/import/bdl-combine.ts';
import { importBdlExport } from '#scripts/import/bdl-import.ts';
import { importKpresAchieved, importStatsLong } from '#scripts/import/published-figures.ts';
import { loadCatalogue } from '#scripts/pipeline/load-catalogue.ts';

const header =
  '"Kod";"Nazwa";"w wieku przedprodukcyjnym;ogółem;2018;[osoba]";"w wieku przedprodukcyjnym;ogółem;2019;[osoba]";' +
  '"w wieku produkcyjnym;ogółem;2018;[osoba]";"w wieku produkcyjnym;ogółem;2019;[osoba]";' +
  '"w wieku produkcyjnym mobilnym;ogółem;2018;[osoba]";"w wieku produkcyjnym mobilnym;ogółem;2019;[osoba]";' +
  '"w wieku poprodukcyjnym;ogółem;2018;[osoba]";"w wieku poprodukcyjnym;ogółem;2019;[osoba]";';

// The population export is read through the catalogue's own `bdl` blocks (POP, POP_WORK).
const targets = bdlTargets(loadCatalogue());

describe('BDL population export through the general BDL export importer', () => {
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
    // a unit missing one age group in 2019: that year's total left out and reported
    '"0201022";"Bolesławiec (2)";"1";"";"2";"2";"1";"1";"3";"3";',
  ].join('\n');
  const map = (c: string) => (c === '0601052' ? '0601053' : c === '3203042' ? undefined : c);
  const result = importBdlExport(text, 'pop.csv', 'gmina', targets, map);
  const value = (code: string, year: number, indicator: string) =>
    result.rows.find((r) => r.code === code && r.year === year && r.indicator === indicator)?.value;

  it('adds pre-working, working and post-working age, and not the mobile subset again', () => {
    expect(value('0201011', 2019, 'POP')).toBe(11 + 101 + 21);
    expect(value('0201011', 2019, 'POP_WORK')).toBe(101);
    expect(result.rows.find((r) => r.code === '0201011')).toMatchObject({ unit: 'persons', flags: [] });
  });
  it('maps older codes through the code history', () => {
    expect(value('0601053', 2018, 'POP')).toBe(65);
    expect(result.merged.get('0601053')).toEqual(['0601052']);
  });
  it('reports what it cannot use instead of dropping it', () => {
    expect(result.subunitsSkipped).toBe(1);
    expect(result.unmapped).toEqual([
      { file: 'pop.csv', code: '3203042', name: 'Ostrowice (2)', reason: 'no successor in the code history' },
    ]);
    expect(result.incomplete).toEqual([{ code: '0201022', year: 2019, indicator: 'POP' }]);
    expect(value('0201022', 2019, 'POP')).toBeUndefined();
    expect(value('0201022', 2018, 'POP')).toBe(1 + 2 + 3);
    // Working-age population is one variable of its own: given, so kept.
    expect(value('0201022', 2019, 'POP_WORK')).toBe(2);
  });
  it('stops on a cell that is not a number, with file, line and value', () => {
    const bad = [header, '"0201011";"Bolesławiec (1)";"10";"11";"1O0";"101";"60";"61";"20";"21";'].join('\n');
    expect(() => importBdlExport(bad, 'pop.csv', 'gmina', targets, map)).toThrow(
      /pop\.csv:2: not a number in column "w wieku produkcyjnym;ogółem;2018;\[osoba\]" \(value: "1O0"\)/,
    );
  });
  it('stops on a file that is not a BDL export', () => {
    expect(() => importBdlExport('teryt;name\n1;2\n', 'x.csv', 'gmina', targets, map)).toThrow(/x\.csv:1: not a BDL export/);
  });
});

describe('the committed BDL population export', () => {
  it('still yields the committed release tables byte for byte', () => {
    // The whole import (scripts/import/run.ts) in a scratch folder that sees the real sources,
    // register and catalogue, then its tables against the committed ones.
    const root = path.resolve(import.meta.dirname, '../../..');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-import-'));
    try {
      fs.mkdirSync(path.join(dir, 'data/releases'), { recursive: true });
      for (const d of ['sources', 'geo']) fs.symlinkSync(path.join(root, 'data', d), path.join(dir, 'data', d));
      fs.symlinkSync(path.join(root, 'indicators'), path.join(dir, 'indicators'));
      for (const id of ['2023', '2024']) {
        fs.mkdirSync(path.join(dir, 'data/releases', id));
        fs.copyFileSync(path.join(root, 'data/releases', id, 'release.yaml'), path.join(dir, 'data/releases', id, 'release.yaml'));
      }
      execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', path.join(root, 'scripts/import/run.ts')], {
        cwd: dir,
        stdio: 'pipe',
      });
      for (const id of ['2023', '2024']) {
        const committed = execFileSync('git', ['show', `HEAD:data/releases/${id}/population-bdl.csv`], { cwd: root, maxBuffer: 1 << 26 });
        expect(fs.readFileSync(path.join(dir, 'data/releases', id, 'population-bdl.csv')).equals(committed)).toBe(true);
      }
      expect(fs.existsSync(path.join(dir, 'data/releases/2024/bdl-api.csv'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
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
