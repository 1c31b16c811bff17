// Keeping only the arcs some geometries use: a TopoJSON made from part of another (one
// level's objects, one voivodeship's gminas, the planning areas' members) ships those
// arcs alone, renumbered in first-use order. One implementation for the pipeline, the
// geography build and the directory's maps.
import type { Topology } from 'topojson-specification';

/**
 * `ref(i)` gives arc `i` of `source` its new number, adding the arc to `arcs` on first
 * use; a reversed arc (~i) stays reversed (~new).
 */
export function arcRenumbering(source: Topology['arcs']): { ref: (i: number) => number; arcs: Topology['arcs'] } {
  const renumber = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const ref = (i: number): number => {
    const a = i < 0 ? ~i : i;
    let n = renumber.get(a);
    if (n === undefined) {
      n = arcs.length;
      renumber.set(a, n);
      arcs.push(source[a]);
    }
    return i < 0 ? ~n : n;
  };
  return { ref, arcs };
}
