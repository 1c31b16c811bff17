// The map's keyboard path: Tab focuses the map and picks the area nearest the centre of
// the view (or the one already highlighted), the arrow keys move to the nearest area in
// that direction, Enter or Space opens the area's page, Escape hides the tooltip. Only
// the areas shown (inside a zoomed voivodeship or powiat) are reachable.
import { nearestTo, neighbourInDirection, type Direction, type LevelGeometry } from '#core/map-view.ts';

export type KeyAction = { kind: 'move'; dir: Direction } | { kind: 'open' } | { kind: 'close' };

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What a key does on the map; undefined for keys the map leaves alone. */
export function keyAction(key: string): KeyAction | undefined {
  const dir = ARROWS[key];
  if (dir) return { kind: 'move', dir };
  if (key === 'Enter' || key === ' ') return { kind: 'open' };
  if (key === 'Escape') return { kind: 'close' };
  return undefined;
}

/** Where the keyboard starts: the highlighted area if shown, else the one nearest the centre of the view. */
export function startArea(geo: LevelGeometry, active: number, viewBox: readonly number[], shown: (gi: number) => boolean): number {
  if (active >= 0 && shown(active)) return active;
  const [x, y, w, h] = viewBox;
  return nearestTo(geo.centroids, x + w / 2, y + h / 2, shown);
}

/** The next area in an arrow's direction, or −1 at the edge. */
export function nextArea(geo: LevelGeometry, active: number, dir: Direction, shown: (gi: number) => boolean): number {
  return neighbourInDirection(geo.centroids, active, dir, shown);
}
