// Splitting a whole-number total among members so that the parts add up exactly.
// Two ways: proportional (largest remainder, for amounts such as persons served or
// expenditure) and slots (sparse whole units such as CIS, stable from year to year).
import { exponential, type Rng } from './random.ts';
import { pushAll } from '#core/arrays.ts';

/**
 * Hamilton's largest-remainder method: each member gets the floor of its quota and the
 * units left over go to the largest fractional parts (ties to the lower index, so the
 * result is stable). Optional caps bound each member; quota above a cap is given to
 * the others. Members with no weight share equally only if nobody has weight.
 */
export function largestRemainder(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(0);
  if (!Number.isInteger(total) || total < 0) throw new Error(`largestRemainder: total must be a whole number ≥ 0, got ${total}`);
  if (total === 0) return out;
  const cap = (i: number) => (caps ? caps[i] : Infinity);
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += cap(i);
  if (capacity < total) throw new Error(`largestRemainder: cannot place ${total} in members whose capacity is ${capacity}`);

  let open = [...Array(n).keys()].filter((i) => cap(i) > 0);
  let remaining = total;
  let quota: number[] = [];
  for (;;) {
    let sum = 0;
    for (const i of open) sum += Math.max(0, weights[i]);
    const w = (i: number) => (sum > 0 ? Math.max(0, weights[i]) / sum : 1 / open.length);
    quota = new Array<number>(n).fill(0);
    for (const i of open) quota[i] = remaining * w(i);
    const over = open.filter((i) => quota[i] > cap(i));
    if (!over.length) break;
    for (const i of over) {
      out[i] = cap(i);
      remaining -= cap(i);
    }
    open = open.filter((i) => quota[i] <= cap(i));
  }
  let given = 0;
  for (const i of open) {
    out[i] = Math.floor(quota[i]);
    given += out[i];
  }
  const order = [...open].sort((a, b) => quota[b] - Math.floor(quota[b]) - (quota[a] - Math.floor(quota[a])) || a - b);
  for (let k = 0; given < remaining; k = (k + 1) % order.length) {
    const i = order[k];
    if (out[i] < cap(i)) {
      out[i]++;
      given++;
    }
  }
  return out;
}

interface Slot {
  key: number;
  member: number;
  /** 0 for the member's first unit, 1 for its second… */
  rank: number;
}

/** Which slots of a member may be filled this year: ranks below the cap. */
export type Cap = (member: number) => number;

export interface SlotOrder {
  /**
   * Counts per member of the `total` lowest-key slots among members in the pool
   * (all members when pool is undefined) whose rank is below the member's cap.
   */
  take(total: number, pool?: readonly boolean[], cap?: Cap): number[];
}

const bySlot = (a: Slot, b: Slot) => a.key - b.key || a.member - b.member || a.rank - b.rank;

function takeFrom(sorted: readonly Slot[], n: number, total: number, pool?: readonly boolean[], cap?: Cap): number[] | undefined {
  const counts = new Array<number>(n).fill(0);
  if (total === 0) return counts;
  let got = 0;
  for (const s of sorted) {
    if (pool && !pool[s.member]) continue;
    if (cap && s.rank >= cap(s.member)) continue;
    counts[s.member]++;
    if (++got === total) return counts;
  }
  return undefined;
}

function checkCapacity(
  n: number,
  total: number,
  usable: (m: number) => boolean,
  pool?: readonly boolean[],
  cap?: Cap,
  limit?: (m: number) => number,
) {
  let capacity = 0;
  for (let m = 0; m < n && capacity < total; m++)
    if ((!pool || pool[m]) && usable(m)) capacity += Math.min(cap ? cap(m) : Infinity, limit ? limit(m) : Infinity);
  if (capacity < total) throw new Error(`slot allocation: ${total} units do not fit in a capacity of ${capacity}`);
}

/**
 * Sparse, time-stable allocation of whole units. Every member has an endless Poisson
 * process of arrival keys with rate = its weight; a total of T goes to the T earliest
 * arrivals. The order never changes, so a larger total only adds units (a gmina's
 * series moves smoothly, nothing is reshuffled between years), each member's expected
 * count is its weight share of T, and the Poisson spread makes small expectations
 * mostly 0, sometimes 1 or 2: the sparsity of real registers.
 */
export function poissonSlots(weights: readonly number[], rngOf: (member: number) => Rng): SlotOrder {
  const n = weights.length;
  const clock = new Array<number>(n).fill(0);
  const arrived = new Array<number>(n).fill(0);
  const rngs: (Rng | undefined)[] = new Array(n);
  const pending: Slot[] = []; // generated beyond the horizon; not yet ordered against later arrivals
  let sorted: Slot[] = [];
  let horizon = 0;

  const extend = (to: number) => {
    const fresh: Slot[] = pending.filter((s) => s.key <= to);
    const still = pending.filter((s) => s.key > to);
    for (let m = 0; m < n; m++) {
      if (!(weights[m] > 0)) continue;
      if (clock[m] > to) continue; // its next arrival is already pending beyond the new horizon
      const rng = (rngs[m] ??= rngOf(m));
      for (;;) {
        clock[m] += exponential(rng) / weights[m];
        const slot = { key: clock[m], member: m, rank: arrived[m]++ };
        if (clock[m] <= to) fresh.push(slot);
        else {
          still.push(slot);
          break;
        }
      }
    }
    pending.length = 0;
    pushAll(pending, still);
    sorted = [...sorted, ...fresh.sort(bySlot)];
    horizon = to;
  };

  return {
    take(total, pool, cap) {
      checkCapacity(n, total, (m) => weights[m] > 0, pool, cap);
      let rate = 0;
      for (let m = 0; m < n; m++) if ((!pool || pool[m]) && weights[m] > 0) rate += weights[m];
      if (horizon === 0 && total > 0) extend((1.2 * total + 5) / rate);
      for (;;) {
        const counts = takeFrom(sorted, n, total, pool, cap);
        if (counts) return counts;
        extend(horizon * 2);
      }
    },
  };
}

/**
 * Selection among existing units (e.g. which registered cooperatives are active):
 * member m has units 0…maxUnits[m]−1, each with its own fixed key, and a total of T
 * goes to the T lowest keys among the units that exist this year (rank < cap).
 */
export function unitSlots(maxUnits: readonly number[], keyOf: (member: number, rank: number) => number): SlotOrder {
  const n = maxUnits.length;
  const sorted: Slot[] = [];
  for (let m = 0; m < n; m++) for (let r = 0; r < maxUnits[m]; r++) sorted.push({ key: keyOf(m, r), member: m, rank: r });
  sorted.sort(bySlot);
  return {
    take(total, pool, cap) {
      checkCapacity(
        n,
        total,
        () => true,
        pool,
        cap,
        (m) => maxUnits[m],
      );
      return takeFrom(sorted, n, total, pool, cap)!;
    },
  };
}
