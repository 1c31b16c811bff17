// The builder's register (src/features/builder/builder-register.ts): read back, it gives the
// builder every field it uses of every entry of the shipped register, and it is smaller.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '#core/data-types.ts';
import { decodeBuilderRegister, encodeBuilderRegister } from '#features/builder/builder-register.ts';
import { DATA_FILE } from '#core/urls.ts';

const release = JSON.parse(fs.readFileSync(path.join('public', 'data', 'releases.json'), 'utf8')).latest as string;
const register = JSON.parse(fs.readFileSync(path.join('public', 'data', release, DATA_FILE.territories), 'utf8')) as RegisterEntry[];

describe('builder register', () => {
  it('reads back every entry of the shipped register without its slug', () => {
    const decoded = decodeBuilderRegister(JSON.parse(JSON.stringify(encodeBuilderRegister(register))));
    expect(decoded).toEqual(register.map(({ slug: _slug, ...rest }) => rest));
  });

  it('is what the pipeline shipped, at under 60 % of the full register’s compressed bytes', () => {
    const shipped = fs.readFileSync(path.join('public', 'data', release, DATA_FILE.builderRegister), 'utf8');
    expect(JSON.parse(shipped)).toEqual(JSON.parse(JSON.stringify(encodeBuilderRegister(register))));
    const gz = (s: string) => zlib.gzipSync(s).length;
    expect(gz(shipped)).toBeLessThan(0.6 * gz(JSON.stringify(register)));
  });

  it('keeps areas, kinds, classes and a later first year; leaves out what is absent', () => {
    const entries: RegisterEntry[] = [
      { code: 'PL', level: 'country', name: 'Polska', displayName: 'Polska', slug: 'polska', parents: [] },
      {
        code: '1261011',
        level: 'gmina',
        name: 'Kraków',
        displayName: 'Kraków (miasto na prawach powiatu)',
        slug: 'krakow',
        parents: ['PL', '12', '1261'],
        kind: 'urban',
        cityWithPowiatRights: true,
        popClass: '500000+',
        existsFrom: 2019,
        areas: { lgd: 'LGD X' },
      },
    ];
    const file = encodeBuilderRegister(entries);
    expect(file.rows[0]).toEqual(['PL', 'Polska']);
    expect(file.areaLabels).toEqual(['LGD X']);
    expect(decodeBuilderRegister(file)).toEqual(entries.map(({ slug: _slug, ...rest }) => rest));
    expect(() => decodeBuilderRegister({ format: 'x' } as never)).toThrow(/not a builder register/);
  });
});
