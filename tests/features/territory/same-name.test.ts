// Same-named gminas of different kinds find each other on the real register.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '#core/data-types.ts';
import { sameNameCase, sameNamePartners } from '#features/territory/same-name.ts';

const release = JSON.parse(fs.readFileSync('public/data/releases.json', 'utf8')).latest;
const register: RegisterEntry[] = JSON.parse(fs.readFileSync(path.join('public/data', release, 'territories.json'), 'utf8'));
const byCode = new Map(register.map((e) => [e.code, e]));

describe('same-named gminas', () => {
  it('pairs the town of Nowy Targ with the rural gmina around it, both ways', () => {
    const urban = byCode.get('1211011')!;
    const rural = byCode.get('1211092')!;
    expect(sameNamePartners(urban, register).map((e) => e.code)).toEqual(['1211092']);
    expect(sameNamePartners(rural, register).map((e) => e.code)).toEqual(['1211011']);
    expect(sameNameCase(rural.kind, urban.kind)).toBe('rural');
    expect(sameNameCase(urban.kind, rural.kind)).toBe('urban');
  });

  it('pairs a city with powiat rights with the rural gmina of its name in the neighbouring powiat', () => {
    const chelm = register.find((e) => e.level === 'gmina' && e.name === 'Chełm' && e.cityWithPowiatRights)!;
    const partners = sameNamePartners(chelm, register);
    expect(partners.length).toBe(1);
    expect(partners[0].kind).toBe('rural');
    expect(partners[0].code.slice(0, 4)).not.toBe(chelm.code.slice(0, 4));
  });

  it('leaves gminas with a unique name, and other levels, alone', () => {
    expect(sameNamePartners(byCode.get('1261011')!, register)).toEqual([]);
    expect(sameNamePartners(byCode.get('1211')!, register)).toEqual([]);
  });
});
