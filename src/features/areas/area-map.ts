// The locator map of a planning area, drawn at build time like a territory's
// (src/features/territory/locator-map.ts): Poland with its voivodeships, and the area's
// members as one filled shape. Not topojson-client's merge: on these boundaries, whose
// neighbours often do not share a line, it keeps one exterior ring per connected group and
// turns the rest into holes (measured: a NUTS 3 subregion drawn at 3 % of its area, a LAG
// area inverted to cover the globe). The members' polygons are drawn as one path instead,
// filled and outlined in the same colour, so no line shows between them. Inline SVG, no
// client JavaScript.
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { polandProjection } from '#core/projection.ts';
import { escapeXml, pathData, PANEL, SIMPLIFY, type Topologies } from '#features/territory/locator-map.ts';

export class AreaMaps {
  private base: string;
  private projection: ReturnType<typeof polandProjection>;
  private topo: Pick<Topologies, 'powiat' | 'gmina'>;

  constructor(topo: Topologies) {
    const s = (t: Topology) => simplify(presimplify(t), SIMPLIFY.coarse);
    const country = s(topo.country);
    const voivodeship = s(topo.voivodeship);
    // Members are drawn at the finer weight: a small LAG area would vanish at the coarse one.
    this.topo = { powiat: simplify(presimplify(topo.powiat), SIMPLIFY.fine), gmina: simplify(presimplify(topo.gmina), SIMPLIFY.fine) };
    const poland = (feature(country, country.objects.country as GeometryCollection) as unknown as FeatureCollection<Geometry>).features[0];
    this.projection = polandProjection(poland, { width: PANEL.width, height: PANEL.height, pad: PANEL.pad });
    const borders = mesh(voivodeship, voivodeship.objects.voivodeship as GeometryCollection, (a, b) => a !== b);
    this.base = `<path class="loc-land" d="${pathData(this.projection, poland)}"/><path class="loc-border" d="${pathData(this.projection, borders)}"/>`;
  }

  /** The members (powiat or gmina codes) as one shape: their polygons together. */
  dissolved(level: 'powiat' | 'gmina', members: readonly string[]): Feature<MultiPolygon> {
    const t = this.topo[level];
    const wanted = new Set(members);
    const parts = (
      feature(t, t.objects[level] as GeometryCollection) as unknown as FeatureCollection<Polygon | MultiPolygon>
    ).features.filter((f) => wanted.has(String(f.id)));
    const coordinates = parts.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
    return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
  }

  /** Poland with the area filled; `title` names the map for screen readers. */
  panel(level: 'powiat' | 'gmina', members: readonly string[], title: string, id: string): string {
    const shape = pathData(this.projection, this.dissolved(level, members));
    return `<svg class="locator" viewBox="0 0 ${PANEL.width} ${PANEL.height}" role="img" aria-labelledby="${id}"><title id="${id}">${escapeXml(title)}</title>${this.base}<path class="loc-focus loc-area" d="${shape}"/></svg>`;
  }
}
