// Pure helpers of the directory map: hexagonal binning of projected points (so a national
// map of 5,000 entities stays readable), circle sizes, and how far the map zooms in.
// The drawing itself (d3-geo, SVG) is in src/features/directory/DirectoryMap.svelte.

export interface Bin<T> {
  /** Centre of the hexagon, in map pixels. */
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points into pointy-top hexagons of radius r (the tiling of d3-hexbin): every
 * point goes to the hexagon whose centre is nearest. The nearest centre lies in one of
 * the two rows of centres above and below the point, so two candidates are compared.
 * Bins come out in a stable order (top to bottom, left to right).
 */
export function hexbin<T>(points: readonly { x: number; y: number; item: T }[], r: number): Bin<T>[] {
  const dx = r * Math.sqrt(3);
  const dy = r * 1.5;
  const bins = new Map<string, Bin<T>>();
  for (const p of points) {
    const row = Math.floor(p.y / dy);
    let best: { i: number; j: number; x: number; y: number; d: number } | undefined;
    for (const j of [row, row + 1]) {
      const offset = (j & 1) / 2;
      const i = Math.round(p.x / dx - offset);
      const x = (i + offset) * dx;
      const y = j * dy;
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (!best || d < best.d) best = { i, j, x, y, d };
    }
    const key = `${best!.i},${best!.j}`;
    const bin = bins.get(key);
    if (bin) bin.items.push(p.item);
    else bins.set(key, { x: best!.x, y: best!.y, items: [p.item] });
  }
  return [...bins.values()].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Circle radius for a bin of n items: area proportional to n, between min and max pixels. */
export function binRadius(n: number, maxN: number, min: number, max: number): number {
  if (n <= 1 || maxN <= 1) return min;
  return min + (max - min) * Math.sqrt((n - 1) / (maxN - 1));
}

/** Hexagon radius by zoom: coarse for Poland, finer as the map closes in. */
export function binSizeFor(areaCode: string): number {
  if (!areaCode) return 22;
  if (areaCode.length === 2) return 13;
  return 12;
}

/**
 * A bounding box [[west, south], [east, north]] padded to at least `minSpan` degrees in
 * each direction, so a small gmina is not blown up beyond what the simplified outlines
 * can show.
 */
export function paddedBox(box: [[number, number], [number, number]], minSpan: number): [[number, number], [number, number]] {
  const [[w, s], [e, n]] = box;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hw = Math.max((e - w) / 2, minSpan / 2);
  const hh = Math.max((n - s) / 2, minSpan / 3);
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}
