// Ranks within a level or within a parent: competition ranking ("1, 2, 2, 4"), so
// equal published values share a rank, and rank 1 is the highest value whatever the
// indicator's polarity (the page says whether high is good).

export interface RankResult {
  rank: number;
  /** How many territories had a value to rank. */
  of: number;
  /** Share of ranked territories with a lower value, ties counted half, 0–100. */
  percentile: number;
}

export function rankValues(values: (number | null)[]): (RankResult | null)[] {
  const ranked = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null && Number.isFinite(x.v))
    .sort((a, b) => b.v - a.v);
  const n = ranked.length;
  const out: (RankResult | null)[] = values.map(() => null);
  let k = 0;
  while (k < n) {
    let j = k;
    while (j + 1 < n && ranked[j + 1].v === ranked[k].v) j++;
    const ties = j - k + 1;
    const below = n - j - 1;
    const percentile = n === 1 ? 50 : Math.round(((below + (ties - 1) / 2) / (n - 1)) * 1000) / 10;
    for (let t = k; t <= j; t++) out[ranked[t].i] = { rank: k + 1, of: n, percentile };
    k = j + 1;
  }
  return out;
}
