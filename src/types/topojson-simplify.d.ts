// Types for topojson-simplify (no @types package exists for v3); only what the locator uses.
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export function presimplify<T extends Topology>(topology: T): T;
  export function simplify<T extends Topology>(topology: T, minWeight?: number): T;
}
