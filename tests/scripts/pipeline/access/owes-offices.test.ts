// OWES offices for the access indicators: the real file is validated line by line, the demo
// offices sit in each area's most populous gmina, and both become units of the computation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AreaDefinition } from '#scripts/pipeline/areas/definitions.ts';
import { demoOwesOffices, loadOwesOffices, officeUnits, owesOfficesCsv, readOwesOffices } from '#scripts/pipeline/access/owes-offices.ts';
import { formatProblem, InputError } from '#scripts/pipeline/source-row.ts';

const area = (id: string, members: string[]): AreaDefinition => ({
  type: 'owes',
  id,
  name: `OWES ${id}`,
  slug: id,
  status: 'demo',
  members,
  file: 'data/areas/owes.demo.csv',
});
const AREAS = [area('12-1', ['1201', '1202']), area('12-2', ['1261'])];
const GMINAS = ['1201011', '1201022', '1202011', '1261011'];
const POP: Record<string, number> = { '1201011': 10, '1201022': 30, '1202011': 30, '1261011': 700 };
const POINT: Record<string, [number, number]> = {
  '1201011': [50.1, 20.1],
  '1201022': [50.2, 20.2],
  '1202011': [50.3, 20.3],
  '1261011': [50.06, 19.94],
};

describe('demo OWES offices', () => {
  it("sit at the most populous member gmina's point, the lower code on a tie, and are demo", () => {
    const offices = demoOwesOffices(
      AREAS,
      GMINAS,
      (c) => POP[c],
      (c) => POINT[c],
    );
    expect(offices).toEqual([
      { areaId: '12-1', name: 'OWES 12-1', lat: 50.2, lon: 20.2, demo: true },
      { areaId: '12-2', name: 'OWES 12-2', lat: 50.06, lon: 19.94, demo: true },
    ]);
    expect(officeUnits(offices)).toEqual({ lat: [50.2, 50.06], lon: [20.2, 19.94], demo: true });
  });

  it('are used only while the real file is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-owes-'));
    const file = path.join(dir, 'owes-offices.csv');
    const input = { areas: AREAS, gminaCodes: GMINAS, population: (c: string) => POP[c], point: (c: string) => POINT[c], file };
    expect(loadOwesOffices(input).every((o) => o.demo)).toBe(true);
    fs.writeFileSync(file, 'area_id,office_name,lat,lon\n12-1,"OWES Chrzanów, biuro",50.14,19.40\n12-1,Filia Olkusz,50.28,19.56\n');
    const real = loadOwesOffices(input);
    expect(real.map((o) => [o.name, o.demo])).toEqual([
      ['OWES Chrzanów, biuro', false],
      ['Filia Olkusz', false],
    ]);
    expect(owesOfficesCsv(real).trim().split('\n')).toEqual([
      'area_id,office_name,lat,lon,status',
      '12-1,"OWES Chrzanów, biuro",50.14,19.4,real',
      '12-1,Filia Olkusz,50.28,19.56,real',
    ]);
    fs.writeFileSync(file, 'area_id,office_name,lat,lon\n12-9,X,50,20\n');
    expect(() => loadOwesOffices(input)).toThrow(InputError);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the real offices file', () => {
  const ids = new Set(['12-1', '12-2']);
  const problems = (text: string) => readOwesOffices('owes-offices.csv', text, ids).problems.map(formatProblem);

  it('names file, line and value of every problem', () => {
    const text = [
      'area_id,office_name,lat,lon',
      '12-1,Biuro,50.1,19.9',
      '12-7,Biuro,50.1,19.9',
      '12-2,Biuro,19.9,50.1',
      '12-2,Biuro,50.1,',
      '12-2,,50.1,19.9',
      '12-2,Biuro,50.1',
    ].join('\n');
    const out = problems(text);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatch(/^owes-offices\.csv:3: unknown OWES area \(value: "12-7"\)/);
    expect(out[1]).toMatch(/^owes-offices\.csv:4: latitude missing or outside Poland \(value: "19\.9"\)/);
    expect(out[2]).toMatch(/^owes-offices\.csv:5: longitude missing or outside Poland \(value: ""\)/);
    expect(out[3]).toMatch(/^owes-offices\.csv:6: empty office name/);
    expect(out[4]).toMatch(/^owes-offices\.csv:7: expected 4 fields, found 3/);
  });

  it('refuses a wrong header', () => {
    expect(problems('area,name,lat,lon\n12-1,B,50,20\n')[0]).toMatch(/owes-offices\.csv:1.*wrong header/);
  });
});
