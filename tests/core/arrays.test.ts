import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '#core/arrays.ts';

// Far past the ~100,000 arguments at which a spread into a call overflows V8's stack.
const HUGE = 500_000;
const huge = Array.from({ length: HUGE }, (_, i) => (i * 7919) % HUGE);

describe('whole-array operations at any length', () => {
  it('the spread they replace does overflow at this size', () => {
    expect(() => [].push(...(huge as never[]))).toThrow(RangeError);
  });

  it('pushAll appends every item in order and returns the target', () => {
    const target = [-1];
    expect(pushAll(target, huge)).toBe(target);
    expect(target).toHaveLength(HUGE + 1);
    expect(target[0]).toBe(-1);
    expect(target[1]).toBe(huge[0]);
    expect(target.at(-1)).toBe(huge.at(-1));
    expect(pushAll([1], new Set([2, 3]))).toEqual([1, 2, 3]);
  });

  it('maxOf and minOf give what Math.max and Math.min give', () => {
    expect(maxOf(huge)).toBe(HUGE - 1);
    expect(minOf(huge)).toBe(0);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([1, NaN, 3])).toBeNaN();
    expect(minOf([1, NaN, 3])).toBeNaN();
    expect(Object.is(maxOf([-0, 0]), 0)).toBe(true);
    expect(Object.is(minOf([0, -0]), -0)).toBe(true);
    expect(maxOf([3, -2, 7.5])).toBe(7.5);
    expect(minOf([3, -2, 7.5])).toBe(-2);
  });
});
