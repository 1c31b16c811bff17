// "Near me": the gmina containing a point, on the boundaries the site ships
// (public/data/geo/gmina.topo.json). The expected codes are TERYT codes of the places,
// known independently of the boundary file (TERC: Kraków 1261011, Warszawa 1465011,
// Nowy Targ the town 1211011, Nowy Targ the rural gmina 1211092); the coordinates are
// landmarks any map confirms.
import fs from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { gminaAt, gminaCandidates, rewindPolygon, type LonLat } from '#features/near-me/locate.ts';

const topology = JSON.parse(fs.readFileSync('public/data/geo/gmina.topo.json', 'utf8')) as Topology;
const gminas = gminaCandidates(topology);

describe('gminaAt on the shipped gmina boundaries', () => {
  it('reads every gmina of the file', () => {
    expect(gminas).toHaveLength(2479);
  });

  const inside: [string, LonLat, string][] = [
    ['Kraków, Main Market Square', [19.9366, 50.0614], '1261011'],
    ['Warsaw, Palace of Culture and Science', [21.006, 52.2318], '1465011'],
    // The town of Nowy Targ: its market square (Rynek, 49°28′38″N 20°01′58″E).
    ['Nowy Targ, the town’s market square', [20.0328, 49.4772], '1211011'],
    // The rural gmina Nowy Targ surrounds the town; Ludźmierz (49°28′N 19°59′E) and
    // Waksmund (49°28′N 20°05′E) are two of its villages, on either side of the town.
    ['Ludźmierz, a village of the rural gmina Nowy Targ', [19.983, 49.467], '1211092'],
    ['Waksmund, a village of the rural gmina Nowy Targ', [20.079, 49.472], '1211092'],
    ['Gdańsk, Long Market', [18.6536, 54.3486], '2261011'],
  ];
  for (const [label, point, code] of inside)
    it(`${label} → ${code}`, () => {
      expect(gminaAt(gminas, point)).toBe(code);
    });

  const outside: [string, LonLat][] = [
    ['Berlin, Brandenburg Gate', [13.3777, 52.5163]],
    // Inside Poland's bounding box but not in Poland: the sea and two neighbours.
    ['the Baltic Sea north of Ustka', [17.0, 54.75]],
    ['Kaliningrad (Russia)', [20.51, 54.71]],
    ['Lviv (Ukraine)', [24.03, 49.84]],
    ['the South Atlantic', [0, 0]],
  ];
  for (const [label, point] of outside)
    it(`${label} → no gmina`, () => {
      expect(gminaAt(gminas, point)).toBeUndefined();
    });

  it('refuses coordinates that are not numbers', () => {
    expect(gminaAt(gminas, [Number.NaN, 50])).toBeUndefined();
  });
});

describe('winding', () => {
  // A 1° square around Kraków, counter-clockwise in lon/lat: d3-geo reads it as the globe minus the square.
  const ccw = [
    [19.5, 49.5],
    [20.5, 49.5],
    [20.5, 50.5],
    [19.5, 50.5],
    [19.5, 49.5],
  ];

  it('reverses a ring d3 would read as covering the rest of the sphere, and keeps a correct one', () => {
    expect(geoArea({ type: 'Polygon', coordinates: [ccw] })).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindPolygon([ccw]);
    expect(fixed[0]).toEqual([...ccw].reverse());
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeLessThan(2 * Math.PI);
    expect(rewindPolygon(fixed)).toBe(fixed);
  });

  it('a wrongly wound gmina still contains its own points and not Berlin', () => {
    const topo: Topology = {
      type: 'Topology',
      objects: { gmina: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '9999999', arcs: [[0]] }] } },
      arcs: [ccw as [number, number][]],
    };
    const one = gminaCandidates(topo);
    expect(gminaAt(one, [19.9366, 50.0614])).toBe('9999999');
    expect(gminaAt(one, [13.3777, 52.5163])).toBeUndefined();
  });
});
