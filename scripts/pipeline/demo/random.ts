// Seeded randomness for the demo generator. Every draw is a pure function of the seed
// and a key (indicator, territory, rank…), never of the order in which things are
// generated: adding an indicator or a gmina leaves every other number unchanged.

export type Rng = () => number;

/** 32-bit FNV-1a of the text, then the murmur3 finaliser so similar keys spread well. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny and fast; plenty for demonstration data. Floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one key, e.g. rngFor(seed, 'CIS', '1465011'). */
export const rngFor = (...key: (string | number)[]): Rng => mulberry32(hashString(key.join('|')));

/** Uniform in (0, 1): never exactly 0, so it is safe inside a logarithm. */
export function open01(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return u;
}

/** Standard normal draw (Box–Muller). */
export const normal = (rng: Rng): number => Math.sqrt(-2 * Math.log(open01(rng))) * Math.cos(2 * Math.PI * rng());

/** Exponential draw with mean 1: the gap between arrivals of a unit-rate Poisson process. */
export const exponential = (rng: Rng): number => -Math.log(open01(rng));

export const uniformFor = (...key: (string | number)[]): number => open01(rngFor(...key));
export const normalFor = (...key: (string | number)[]): number => normal(rngFor(...key));

/** Lognormal factor with median 1: exp(sigma·z). Right-skewed, like sizes of real places. */
export const lognormalFor = (sigma: number, ...key: (string | number)[]): number => Math.exp(sigma * normalFor(...key));
