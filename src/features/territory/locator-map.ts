// Locator maps drawn at build time with d3-geo into small inline SVG: zero client
// JavaScript, visible in print and offline. Two panels: Poland with the voivodeship
// highlighted, and the voivodeship with the territory highlighted. Paths are written
// with integer, relative coordinates and repeated points dropped, which keeps a
// gmina's two panels at a few kilobytes.
import { geoCentroid, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { escapeHtml } from '#core/html.ts';
import { polandProjection } from '#core/projection.ts';

export interface Topologies {
  country: Topology;
  voivodeship: Topology;
  powiat: Topology;
  gmina: Topology;
}

type Level = keyof Topologies;
type Features = Map<string, Feature<Geometry>>;

/** A d3-geo path context that emits compact relative SVG path data on an integer grid. */
class CompactPath {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private sx = 0;
  private sy = 0;
  moveTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.out.push(`M${rx} ${ry}`);
    this.x = this.sx = rx;
    this.y = this.sy = ry;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.x && ry === this.y) return;
    const dx = rx - this.x;
    const dy = ry - this.y;
    this.out.push(`l${dx}${dy < 0 ? dy : ` ${dy}`}`);
    this.x = rx;
    this.y = ry;
  }
  closePath() {
    this.out.push('z');
    this.x = this.sx;
    this.y = this.sy;
  }
  arc() {}
  result(): string {
    const s = this.out.join('');
    this.out = [];
    // Rings that collapsed to a point at this scale draw nothing.
    return s.replace(/M-?\d+ -?\d+z/g, '');
  }
}

/** Compact SVG path data of an object in a projection. */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const ctx = new CompactPath();
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object);
  return ctx.result();
}

export const PANEL = { width: 200, height: 190, pad: 6 };

/**
 * Visvalingam weights (planar, in square degrees) below which points are dropped: about
 * one pixel² of the Poland panel (coarse) and of a voivodeship panel (fine). Detail
 * smaller than a pixel only costs bytes in 5,752 pages.
 */
export const SIMPLIFY = { coarse: 0.002, fine: 0.0002 };

function simplified(topo: Topologies, minWeight: number): Topologies {
  const s = (t: Topology) => simplify(presimplify(t), minWeight);
  return { country: s(topo.country), voivodeship: s(topo.voivodeship), powiat: s(topo.powiat), gmina: s(topo.gmina) };
}

export class LocatorMaps {
  private features: Record<Level, Features>;
  private countryProjection: GeoProjection;
  private countryBase: string;
  private cache = new Map<string, string>();
  private projections = new Map<string, GeoProjection>();
  private gminasByPowiat = new Map<string, GeometryCollection['geometries']>();
  private topo: Topologies;

  private coarse: Topologies;
  private coarseVoivodeships: Features;

  constructor(topo: Topologies) {
    this.topo = simplified(topo, SIMPLIFY.fine);
    this.coarse = simplified(topo, SIMPLIFY.coarse);
    this.features = {
      country: this.index(this.topo, 'country'),
      voivodeship: this.index(this.topo, 'voivodeship'),
      powiat: this.index(this.topo, 'powiat'),
      gmina: this.index(this.topo, 'gmina'),
    };
    this.coarseVoivodeships = this.index(this.coarse, 'voivodeship');
    const poland = this.index(this.coarse, 'country').get('PL')!;
    this.countryProjection = this.fit(poland);
    this.countryBase =
      `<path class="loc-land" d="${pathData(this.countryProjection, poland)}"/>` +
      `<path class="loc-border" d="${pathData(
        this.countryProjection,
        this.innerMesh('voivodeship', () => true, this.coarse),
      )}"/>`;
  }

  private index(topo: Topologies, level: Level): Features {
    const t = topo[level];
    const fc = feature(t, t.objects[level] as GeometryCollection) as unknown as FeatureCollection<Geometry>;
    return new Map(fc.features.map((f) => [String(f.id), f]));
  }

  private innerMesh(level: Level, keep: (a: string, b: string) => boolean, topo: Topologies = this.topo): MultiLineString {
    const t = topo[level];
    return mesh(t, t.objects[level] as GeometryCollection, (a, b) => a !== b && keep(String(a.id), String(b.id)));
  }

  /**
   * Borders between the gminas of one powiat. Meshing a per-powiat collection instead of
   * all 2,479 gminas with a filter makes this ~100× cheaper, which matters over 5,000 pages.
   */
  private gminaMesh(powiatCode: string): MultiLineString {
    if (!this.gminasByPowiat.size) {
      const all = (this.topo.gmina.objects.gmina as GeometryCollection).geometries;
      for (const g of all) {
        const p = String(g.id).slice(0, 4);
        this.gminasByPowiat.set(p, [...(this.gminasByPowiat.get(p) ?? []), g]);
      }
    }
    const geometries = this.gminasByPowiat.get(powiatCode) ?? [];
    return mesh(this.topo.gmina, { type: 'GeometryCollection', geometries } as GeometryCollection, (a, b) => a !== b);
  }

  /** The portal's one map projection (the choropleth's), fitted to the object in a panel. */
  private fit(object: Feature<Geometry>, width = PANEL.width, height = PANEL.height): GeoProjection {
    return polandProjection(object, { width, height, pad: PANEL.pad });
  }

  feature(level: Level, code: string): Feature<Geometry> | undefined {
    return this.features[level].get(code);
  }

  private svg(title: string, id: string, body: string): string {
    return `<svg class="locator" viewBox="0 0 ${PANEL.width} ${PANEL.height}" role="img" aria-labelledby="${id}"><title id="${id}">${escapeXml(title)}</title>${body}</svg>`;
  }

  /** Poland, its voivodeships, the given voivodeship filled and the territory marked. */
  countryPanel(voivodeship: string | undefined, marker: { level: Level; code: string } | undefined, title: string, id: string): string {
    const key = `country|${voivodeship}|${marker?.code}|${title}|${id}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let body = this.countryBase;
    const v = voivodeship ? this.coarseVoivodeships.get(voivodeship) : undefined;
    if (v) body += `<path class="loc-focus${marker ? '-parent' : ''}" d="${pathData(this.countryProjection, v)}"/>`;
    if (marker) {
      const f = this.features[marker.level].get(marker.code);
      if (f) {
        const shape = pathData(this.countryProjection, f);
        if (shape) body += `<path class="loc-focus" d="${shape}"/>`;
        body += this.markerAt(this.countryProjection, f);
      }
    }
    const svg = this.svg(title, id, body);
    if (!marker) this.cache.set(key, svg);
    return svg;
  }

  private markerAt(projection: GeoProjection, f: Feature<Geometry>): string {
    const p = projection(geoCentroid(f));
    if (!p) return '';
    return `<circle class="loc-marker" cx="${Math.round(p[0])}" cy="${Math.round(p[1])}" r="4.5"/>`;
  }

  /** The voivodeship with its powiats; the powiat (for a gmina) filled and the territory highlighted. */
  regionPanel(level: 'powiat' | 'gmina', code: string, title: string, id: string): string {
    const voiv = code.slice(0, 2);
    const region = this.features.voivodeship.get(voiv);
    const target = this.features[level].get(code);
    if (!region || !target) return '';
    let projection = this.projections.get(voiv);
    if (!projection) this.projections.set(voiv, (projection = this.fit(region)));
    const baseKey = `region|${voiv}`;
    let base = this.cache.get(baseKey);
    if (base === undefined) {
      base =
        `<path class="loc-land" d="${pathData(projection, region)}"/>` +
        `<path class="loc-border" d="${pathData(
          projection,
          this.innerMesh('powiat', (a, b) => a.startsWith(voiv) && b.startsWith(voiv)),
        )}"/>`;
      this.cache.set(baseKey, base);
    }
    let body = base;
    if (level === 'gmina') {
      const powiatCode = code.slice(0, 4);
      const key = `powiat|${powiatCode}`;
      let inner = this.cache.get(key);
      if (inner === undefined) {
        const powiat = this.features.powiat.get(powiatCode);
        inner = powiat ? `<path class="loc-focus-parent" d="${pathData(projection, powiat)}"/>` : '';
        inner += `<path class="loc-border-fine" d="${pathData(projection, this.gminaMesh(powiatCode))}"/>`;
        this.cache.set(key, inner);
      }
      body += inner;
    }
    const shape = pathData(projection, target);
    body += `<path class="loc-focus" d="${shape}"/>`;
    // A marker keeps a small gmina findable at this scale.
    if (shape.length < 200) body += this.markerAt(projection, target);
    return this.svg(title, id, body);
  }

  /**
   * The home page's clickable map of voivodeships: one link per voivodeship, each with
   * its accessible name. Keyboard users reach them in code order, as in the list beside.
   */
  voivodeshipLinks(links: { code: string; href: string; label: string }[], title: string, id: string): string {
    // Drawn on a finer grid than the locator panels: this map is shown large.
    const w = PANEL.width * 2;
    const h = PANEL.height * 2;
    const projection = this.fit(this.features.country.get('PL')!, w, h);
    const body = links
      .map((l) => {
        const f = this.features.voivodeship.get(l.code);
        if (!f) return '';
        return `<a href="${escapeXml(l.href)}" aria-label="${escapeXml(l.label)}"><path class="vmap-area" d="${pathData(projection, f)}"/></a>`;
      })
      .join('');
    return `<svg class="vmap" viewBox="0 0 ${w} ${h}" role="group" aria-labelledby="${id}"><title id="${id}">${escapeXml(title)}</title>${body}</svg>`;
  }
}

/** The shared escaper under the name the SVG writers here use. */
export const escapeXml = escapeHtml;
