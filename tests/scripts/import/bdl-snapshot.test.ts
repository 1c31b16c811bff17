import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BdlSource } from '#core/catalogue.ts';
import { mapCode, parseCodeHistoryCsv } from '#core/geo-register.ts';
import type { Territory } from '#core/territory.ts';
import { createBdlClient } from '#scripts/fetch/bdl-client.ts';
import { fetchSnapshot, formatSnapshot } from '#scripts/fetch/fetch-bdl.ts';
import { combineBdl, preferFirst } from '#scripts/import/bdl-combine.ts';
import { importBdlSnapshots } from '#scripts/import/bdl-import.ts';
import { readSnapshot, type BdlSnapshot } from '#scripts/import/bdl-snapshot.ts';
import { terytOfBdlUnit } from '#scripts/import/bdl-units.ts';
import { fixtureFetch, recordingSleep } from '../fetch/bdl-fixture-fetch.ts';

const register: Territory[] = JSON.parse(fs.readFileSync('data/geo/territories.json', 'utf8'));
const history = parseCodeHistoryCsv(fs.readFileSync('data/geo/code-history.csv', 'utf8'));
const toCurrent = (code: string) => mapCode(code, history, register);

const block: BdlSource = { variables: [{ id: 1000001, dimensions: ['ogółem'] }], unit: 'osoba', levels: ['gmina'] };
const targets = [{ indicator: 'POP', unit: 'persons', bdl: block }];

async function fixtureSnapshot(): Promise<BdlSnapshot> {
  const client = createBdlClient({ fetch: fixtureFetch().fetch, sleep: recordingSleep().sleep, now: () => 0 });
  return fetchSnapshot(
    client,
    {
      file: 'indicators/POP.yaml',
      variable: block.variables[0] as { id: number; dimensions: string[] },
      block,
      years: [2023, 2024],
      pageSize: 2,
    },
    new Date('2026-12-04T02:00:00Z'),
  );
}

describe('BDL unit ids', () => {
  it('hold the TERYT code of their level', () => {
    expect(terytOfBdlUnit('040410801011', 'gmina')).toBe('0401011');
    expect(terytOfBdlUnit('040410864000', 'powiat')).toBe('0464');
    expect(terytOfBdlUnit('023000000000', 'voivodeship')).toBe('30');
    expect(terytOfBdlUnit('000000000000', 'country')).toBe('PL');
    expect(terytOfBdlUnit('0404108', 'gmina')).toBeUndefined();
  });
});

describe('reading a BDL API snapshot', () => {
  it('maps units onto current territories, keeps the confidential state and reports the rest', async () => {
    const snap = await fixtureSnapshot();
    const read = readSnapshot(formatSnapshot(snap), 'data/sources/bdl/1000001.json');
    expect(read.problems).toEqual([]);
    const result = combineBdl(read.observations, targets, toCurrent);
    const row = (code: string, year: number) => result.rows.find((r) => r.code === code && r.year === year);
    expect(row('1211092', 2024)).toEqual({ code: '1211092', year: 2024, indicator: 'POP', value: 24301, unit: 'persons', flags: [] });
    // attribute 4 (statistical confidentiality): a row with no value, flagged suppressed
    expect(row('1201022', 2024)).toEqual({
      code: '1201022',
      year: 2024,
      indicator: 'POP',
      value: null,
      unit: 'persons',
      flags: ['suppressed'],
    });
    // Ostrowice was abolished with no successor: reported by file and code, no row
    expect(result.unmapped).toEqual([
      { file: 'data/sources/bdl/1000001.json', code: '3203042', name: 'Ostrowice', reason: 'no successor in the code history' },
    ]);
    expect(result.rows.some((r) => r.code === '3203042')).toBe(false);
    // the town part of Nowogrodziec (kind 4) lies inside its gmina's total
    expect(result.subunitsSkipped).toBe(1);
    expect(row('0201044', 2024)).toBeUndefined();
    // attribute 50 (not yet available): no row, listed for the report
    expect(row('1201011', 2023)).toBeUndefined();
    expect(read.noValue).toEqual([
      { file: 'data/sources/bdl/1000001.json', unit: '1201011', name: 'Bochnia', year: 2023, why: 'not yet available (attribute 50)' },
    ]);
    expect(result.rows).toHaveLength(5);
  });

  it('stops on an attribute it does not know, and on a unit whose TERYT does not match its id', async () => {
    const snap = await fixtureSnapshot();
    snap.units[0].values[0].attrId = 999;
    snap.units[1].teryt = '1211012';
    const read = readSnapshot(formatSnapshot(snap), 's.json');
    expect(read.problems.map((p) => p.message)).toEqual([
      'unit 011212411092 2023: unknown BDL attribute 999',
      'unit 011212411011 at level gmina holds TERYT 1211011, the snapshot says 1211012',
    ]);
  });

  it('applies the catalogue multiplier and flags an estimate', () => {
    const o = {
      file: 'f',
      level: 'gmina' as const,
      code: '1211092',
      name: 'Nowy Targ',
      variable: { id: 7, dimensions: ['ogółem'] },
      unit: 'tys. osób',
      year: 2024,
      suppressed: false,
    };
    const result = combineBdl(
      [{ ...o, value: 24.301, flag: 'estimate' }],
      [
        {
          indicator: 'POP',
          unit: 'persons',
          bdl: { variables: [{ id: 7, dimensions: ['ogółem'] }], unit: 'tys. osób', levels: ['gmina'], multiplier: 1000 },
        },
      ],
      toCurrent,
    );
    expect(result.rows).toEqual([{ code: '1211092', year: 2024, indicator: 'POP', value: 24301, unit: 'persons', flags: ['estimate'] }]);
  });

  it('stops on a snapshot of a variable no indicator asks for', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mes-bdl-'));
    try {
      fs.writeFileSync(path.join(dir, '1000001.json'), formatSnapshot(await fixtureSnapshot()));
      expect(importBdlSnapshots(dir, targets, toCurrent).rows).toHaveLength(5);
      expect(() =>
        importBdlSnapshots(dir, [{ ...targets[0], bdl: { ...block, variables: [{ id: 2, dimensions: ['ogółem'] }] } }], toCurrent),
      ).toThrow(/1000001\.json: variable 1000001 is in no indicator's `bdl` block/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives no rows when there are no snapshots', () => {
    expect(importBdlSnapshots(path.join(os.tmpdir(), 'mes-no-such-dir'), targets, toCurrent)).toMatchObject({ rows: [], files: [] });
  });
});

describe('snapshot figures over the older export', () => {
  it('leave out the export rows a snapshot gives, and count them', () => {
    const snap = [{ indicator: 'POP', code: '1211092', year: 2019 }];
    const exported = [
      { indicator: 'POP', code: '1211092', year: 2019, value: 1 },
      { indicator: 'POP', code: '1211092', year: 2018, value: 2 },
      { indicator: 'POP_WORK', code: '1211092', year: 2019, value: 3 },
    ];
    expect(preferFirst(snap, exported)).toEqual({ kept: [exported[1], exported[2]], replaced: 1 });
  });
});
