import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '#core/csv.ts';

describe('csv', () => {
  it('reads quoted fields, CRLF and a BOM, keeping line numbers', () => {
    const records = parseCsv('\uFEFFa,b\r\n"x, ""y""",z\n\n"multi\nline",w\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'z'],
      ['multi\nline', 'w'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });
  it('reads other separators (TERC and BDL use semicolons)', () => {
    expect(parseCsv('"a;b";c\n', ';')[0].fields).toEqual(['a;b', 'c']);
  });
  it('writes fields that need quotes, and round-trips', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', 1],
        [null, 'z'],
      ],
    );
    expect(text).toBe('a,b\n"x, ""y""",1\n,z\n');
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, "y"', '1'],
      ['', 'z'],
    ]);
  });
});
