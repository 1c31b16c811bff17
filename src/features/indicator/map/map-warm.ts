// The indicator page's map, made ready while the page is idle: once the prefetched
// whole-country boundaries (map-prefetch.ts) have arrived, they are decoded and their SVG
// paths built, so the island finds both done when the visitor scrolls to the map (on the
// phone profile that work is ≈ 0.3 s of the main thread). The island reads the same
// prefetched object, and both steps are kept per object (decodedOverview, overviewGeometry).
import { overviewGeometry } from './map-geometry.ts';
import { decodedOverview, OVERVIEW_FORMAT, type OverviewFile } from './map-overview.ts';

/** Decodes and draws a prefetched response if it is an overview file; anything else is left alone. */
export function warmMap(json: unknown): void {
  const file = json as OverviewFile | null;
  if (file?.format !== OVERVIEW_FORMAT) return;
  overviewGeometry(decodedOverview(file), file.level);
}
