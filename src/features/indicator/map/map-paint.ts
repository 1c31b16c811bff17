// Painting the map without Svelte in the loop: the <g class="areas"> holds one
// <path data-i="…"> per area of the geometry, filled by hand, and a year change sets the
// fill of only the paths whose colour changes, so the browser repaints only those.
import { FLAG } from '#core/cells.ts';
import type { LevelGeometry } from '#core/map-view.ts';
import { classIndex, type MapScale } from './map-scale.ts';

/** What the map needs of a year: values and flags, aligned with the level file's codes. */
export interface MapYear {
  year: number;
  values: (number | null)[];
  flags: number[];
}

const pathsHtml = (g: LevelGeometry): string => {
  let html = '';
  for (let i = 0; i < g.paths.length; i++) html += `<path d="${g.paths[i]}" data-i="${i}"/>`;
  return html;
};

const PREPARED = new WeakMap<LevelGeometry, SVGGElement>();
/** Geometries drawn already: preparing them would only hold 2,479 unused elements. */
const DRAWN = new WeakSet<LevelGeometry>();
/**
 * Parses a geometry's area paths into elements ahead of drawing, in a detached group (the
 * indicator page does it while idle, map-warm.ts): the first draw then moves them in instead
 * of parsing 2,479 paths while the visitor waits. Used once; a later draw parses again.
 */
export function preparePaths(g: LevelGeometry): void {
  if (PREPARED.has(g) || DRAWN.has(g)) return;
  const holder = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  holder.innerHTML = pathsHtml(g);
  PREPARED.set(g, holder);
}

export class MapPainter {
  /** The geometry the paths were built from. */
  drawn: LevelGeometry | undefined;
  private paths: Element[] = [];
  private fills: string[] = [];
  private missing: string;
  private suppressed: string;

  /** `patterns`: the id prefix of the hatching patterns (MapPatterns.svelte). */
  constructor(patterns: string) {
    this.missing = `url(#${patterns}-missing)`;
    this.suppressed = `url(#${patterns}-suppressed)`;
  }

  /** Replaces the paths when the geometry changed; true when it did. */
  draw(areas: SVGGElement, g: LevelGeometry): boolean {
    if (this.drawn === g) return false;
    const prepared = PREPARED.get(g);
    PREPARED.delete(g);
    DRAWN.add(g);
    if (prepared) areas.replaceChildren(...prepared.childNodes);
    else areas.innerHTML = pathsHtml(g);
    this.paths = Array.from(areas.children);
    this.fills = new Array(this.paths.length);
    this.drawn = g;
    return true;
  }

  /** The fill of an area (its data index, −1 when the level file lacks it). */
  fillOf(d: number, v: MapYear, sc: MapScale): string {
    if (d < 0) return this.missing;
    const x = v.values[d];
    if (x === null) return (v.flags[d] ?? 0) & FLAG.suppressed ? this.suppressed : this.missing;
    return sc.classes[classIndex(sc.thresholds, x)].colour;
  }

  /** Sets the fills of a year; `geoToData` maps a path's index to its data index. */
  paint(geoToData: Int32Array, v: MapYear, sc: MapScale): void {
    for (let i = 0; i < this.paths.length; i++) {
      const fill = this.fillOf(geoToData[i], v, sc);
      if (this.fills[i] !== fill) {
        this.fills[i] = fill;
        this.paths[i].setAttribute('fill', fill);
      }
    }
  }

  /** Dims the areas outside the zoomed voivodeship or powiat (`keep` per data index; none = all kept). */
  dim(geoToData: Int32Array, keep: boolean[] | undefined): void {
    for (let i = 0; i < this.paths.length; i++) {
      const out = !!keep && !(geoToData[i] >= 0 && keep[geoToData[i]]);
      if (out) this.paths[i].setAttribute('class', 'out');
      else this.paths[i].removeAttribute('class');
    }
  }

  /** The path element of an area (its geometry index). */
  path(gi: number): SVGGraphicsElement | undefined {
    return this.paths[gi] as SVGGraphicsElement | undefined;
  }
}

/** The geometry index of the area path an event happened on, or −1. */
export function pathIndexAt(target: EventTarget | null): number {
  const el = (target as Element | null)?.closest?.('path[data-i]');
  return el ? Number(el.getAttribute('data-i')) : -1;
}

/**
 * Runs `fn` after the browser has painted the next frame (two frames, then a task), so
 * the map is repainted before the slower table, legend counts and chart. Returns a cancel.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(fn, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  };
}
