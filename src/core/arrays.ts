// Whole-array operations that work at any length. A spread into a call
// (`xs.push(...ys)`, `Math.max(...ys)`) passes every item as a separate argument, and V8
// throws "RangeError: Maximum call stack size exceeded" somewhere past ~100,000 of them:
// a 125,000-row source table crashed the pipeline that way. Data-sized arrays go through
// these loops instead (eslint.config.js forbids the spread forms).

/** Appends every item of `items` to `target` in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number, as Math.max gives it: -Infinity for none, NaN if any is NaN. */
export function maxOf(xs: Iterable<number>): number {
  let m = -Infinity;
  for (const x of xs) m = Math.max(m, x);
  return m;
}

/** The smallest number, as Math.min gives it: Infinity for none, NaN if any is NaN. */
export function minOf(xs: Iterable<number>): number {
  let m = Infinity;
  for (const x of xs) m = Math.min(m, x);
  return m;
}
