import { describe, expect, it } from 'vitest';
import { FLAG, valueStatus } from '#core/cells.ts';

describe('valueStatus', () => {
  it('names each state once, demo before estimate and provisional', () => {
    expect(valueStatus(undefined)).toBe('missing');
    expect(valueStatus({ value: null, flags: 0 })).toBe('missing');
    expect(valueStatus({ value: null, flags: FLAG.suppressed })).toBe('confidential');
    expect(valueStatus({ value: 3, flags: 0 })).toBe('real');
    expect(valueStatus({ value: 3, flags: FLAG.aggregated })).toBe('real');
    expect(valueStatus({ value: 3, flags: FLAG.demo | FLAG.estimate })).toBe('demo');
    expect(valueStatus({ value: 3, flags: FLAG.estimate | FLAG.provisional })).toBe('estimate');
    expect(valueStatus({ value: 3, flags: FLAG.provisional })).toBe('provisional');
  });
});
