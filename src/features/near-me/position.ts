// The browser's location as a promise, and what went wrong in words the page can show.
// GeolocationPositionError codes (W3C Geolocation API): 1 PERMISSION_DENIED,
// 2 POSITION_UNAVAILABLE, 3 TIMEOUT.
import type { LonLat } from './locate.ts';

export type LocationProblem = 'denied' | 'unavailable' | 'unsupported';

export class LocationError extends Error {
  readonly problem: LocationProblem;
  constructor(problem: LocationProblem) {
    super(problem);
    this.problem = problem;
  }
}

/** A refusal is the visitor's answer; every other failure (no fix, no answer in time) is "unavailable". */
export function problemOf(error: { code: number }): LocationProblem {
  return error.code === 1 ? 'denied' : 'unavailable';
}

/** The browser's position as [longitude, latitude]. A cached fix up to 10 minutes old will do: a gmina is large. */
export function currentLonLat(geolocation: Geolocation | undefined, timeoutMs = 20_000): Promise<LonLat> {
  if (!geolocation) return Promise.reject(new LocationError('unsupported'));
  return new Promise((resolve, reject) =>
    geolocation.getCurrentPosition(
      (p) => resolve([p.coords.longitude, p.coords.latitude]),
      (e) => reject(new LocationError(problemOf(e))),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: timeoutMs },
    ),
  );
}
