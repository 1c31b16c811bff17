// The indicator page's map, made ready while the page is idle: once the prefetched
// whole-country boundaries (map-prefetch.ts) have arrived, they are decoded, their SVG path
// data built and parsed into path elements, so the island finds it all done when the visitor
// scrolls to the map (on the phone profile that work is ≈ 0.3 s of the main thread). The
// island reads the same prefetched object, and each step is kept per object
// (decodedOverview, overviewGeometry, preparePaths).
import { overviewGeometry } from './map-geometry.ts';
import { decodedOverview, OVERVIEW_FORMAT, type OverviewFile } from './map-overview.ts';
import { preparePaths } from './map-paint.ts';

/**
 * Decodes and draws a prefetched response if it is an overview file (anything else is left
 * alone); the path elements are made in a second step, given to `later` (the next idle
 * period), so neither step holds the page for long.
 */
export function warmMap(json: unknown, later: (step: () => void) => void = (step) => step()): void {
  const file = json as OverviewFile | null;
  if (file?.format !== OVERVIEW_FORMAT) return;
  const geometry = overviewGeometry(decodedOverview(file), file.level);
  if (typeof document !== 'undefined') later(() => preparePaths(geometry));
}
