// The real 2020 population reaches every gmina that has it, marked real: read from the
// shipped territory files (what the gmina pages render) against the release's source
// table, with no pipeline module involved. Skipped before the pipeline has run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DATA = path.join(process.cwd(), 'public', 'data');
const haveData = fs.existsSync(path.join(DATA, 'releases.json'));
const DEMO = 1;

describe.skipIf(!haveData)('2020 population on the gmina pages', () => {
  for (const release of ['2023', '2024'])
    it(`release ${release}: every gmina of the GUS 2020 table shows its figure, not marked demo`, () => {
      const rows = fs
        .readFileSync(path.join('data', 'releases', release, 'population-gus-2020.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
      expect(rows.length).toBe(2477);
      let checked = 0;
      for (const [code, year, indicator, value] of rows) {
        expect(indicator).toBe('POP');
        const file = JSON.parse(fs.readFileSync(path.join(DATA, release, 'territory', `${code}.json`), 'utf8'));
        const yi = file.years.indexOf(Number(year));
        expect(file.series.POP.v[yi], code).toBe(Number(value));
        expect((file.series.POP.f?.[yi] ?? 0) & DEMO, code).toBe(0);
        checked++;
      }
      expect(checked).toBe(2477);
    });
});
