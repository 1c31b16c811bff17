import { describe, expect, it } from 'vitest';
import { bdlSourceSchema } from '#core/catalogue.ts';

describe('the catalogue `bdl` block', () => {
  const one = { variables: [{ id: 60559, dimensions: ['ogółem'] }], unit: 'osoba', levels: ['gmina'] };
  it('accepts one variable, with or without an id', () => {
    expect(bdlSourceSchema.safeParse(one).success).toBe(true);
    expect(bdlSourceSchema.safeParse({ ...one, variables: [{ dimensions: ['ogółem'] }] }).success).toBe(true);
  });
  it('needs `combine: sum` to turn several variables into one value', () => {
    const two = { ...one, variables: [{ dimensions: ['a'] }, { dimensions: ['b'] }] };
    expect(bdlSourceSchema.safeParse(two).error?.issues[0].message).toBe('several BDL variables need `combine: sum`');
    expect(bdlSourceSchema.safeParse({ ...two, combine: 'sum' }).success).toBe(true);
  });
  it('refuses unknown keys, levels and subject ids', () => {
    expect(bdlSourceSchema.safeParse({ ...one, varId: 1 }).success).toBe(false);
    expect(bdlSourceSchema.safeParse({ ...one, levels: ['subregion'] }).success).toBe(false);
    expect(bdlSourceSchema.safeParse({ ...one, subject: '1342' }).success).toBe(false);
  });
});
