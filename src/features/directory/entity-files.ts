// The JSON files the pipeline writes under public/data/<release>/entities/ for the
// directory, entity and territory pages (writer: scripts/pipeline/entities/index.ts).
import type { TerritoryRef } from '#core/data-types.ts';
import type { CertificateKind, OfferCategory, PesCategory } from './entity-vocabularies.ts';
import type { Entity } from './entity-record.ts';

/**
 * entities/index.json: the whole directory in columns, for the directory island. Column
 * arrays are aligned (entry i of every column is entity i); category, offer and cert hold
 * indexes into `vocab` so the file stays small. Decode with indexRows().
 */
export interface EntityIndex {
  release: string;
  /** Reference year: social enterprise status and certificates are as of its end. */
  year: number;
  asOf: string;
  /** demo: generated from the count indicators; real: read from data/entities/*.csv. */
  mode: 'demo' | 'real';
  count: number;
  vocab: { category: PesCategory[]; offer: OfferCategory[]; cert: CertificateKind[] };
  id: string[];
  name: string[];
  category: number[];
  gmina: string[];
  /** WGS84 degrees, 4 decimals (about 10 m). */
  lat: number[];
  lon: number[];
  /** 1: placed in the gmina by the build (no coordinates in the source). */
  approx: (0 | 1)[];
  offer: number[][];
  /** Certificates valid in `year`. */
  cert: number[][];
  /** 1: social enterprise status on `asOf`. */
  se: (0 | 1)[];
  /** Accepts contracts with social clauses: 1 yes, 0 no, null unknown. */
  clauses: (0 | 1 | null)[];
  demo: (0 | 1)[];
}

/** One row of the index, decoded. */
export interface EntityRow {
  id: string;
  name: string;
  category: PesCategory;
  gmina: string;
  /** Powiat and voivodeship codes, from the gmina code. */
  powiat: string;
  voivodeship: string;
  lat: number;
  lon: number;
  approximate: boolean;
  offer: OfferCategory[];
  certificates: CertificateKind[];
  socialEnterprise: boolean;
  socialClauses: boolean | null;
  demo: boolean;
}

export function indexRows(ix: EntityIndex): EntityRow[] {
  return ix.id.map((id, i) => ({
    id,
    name: ix.name[i],
    category: ix.vocab.category[ix.category[i]],
    gmina: ix.gmina[i],
    powiat: ix.gmina[i].slice(0, 4),
    voivodeship: ix.gmina[i].slice(0, 2),
    lat: ix.lat[i],
    lon: ix.lon[i],
    approximate: ix.approx[i] === 1,
    offer: ix.offer[i].map((k) => ix.vocab.offer[k]),
    certificates: ix.cert[i].map((k) => ix.vocab.cert[k]),
    socialEnterprise: ix.se[i] === 1,
    socialClauses: ix.clauses[i] === null ? null : ix.clauses[i] === 1,
    demo: ix.demo[i] === 1,
  }));
}

/**
 * entities/offer-text.json: the offer descriptions, aligned with index.json (text[i] belongs
 * to index id[i]; '' when none). Separate because it is most of the directory's bytes and
 * only text search needs it: load it when the user first types a query.
 */
export interface EntityOfferText {
  release: string;
  count: number;
  text: string[];
}

/** entities/<id>.json: one entity's full record for its page. */
export interface EntityFile {
  release: string;
  year: number;
  asOf: string;
  entity: Entity;
  /** Voivodeship, powiat, gmina: for breadcrumbs and the link to the gmina page. */
  place: TerritoryRef[];
  /** Social enterprise status on asOf. */
  socialEnterprise: boolean;
  /** Certificate kinds valid in year. */
  certificates: CertificateKind[];
}

/**
 * entities/by-territory.json: how many directory entries each territory has, by category.
 * Keys are "PL", voivodeship, powiat and gmina codes; a territory with none is absent
 * (read it as zeros). counts[code][k] is the count of categories[k].
 */
export interface EntitiesByTerritory {
  release: string;
  year: number;
  mode: 'demo' | 'real';
  categories: PesCategory[];
  counts: Record<string, number[]>;
  /** Entities with social enterprise status on the reference date. */
  socialEnterprises: Record<string, number>;
}

/** entities/checks.json: where the directory's count differs from the count indicator (real lists only; the demo has none by construction). */
export interface EntityCountDifference {
  indicator: string;
  code: string;
  directory: number;
  indicatorValue: number;
}

/** entities/checks.json */
export interface EntityChecks {
  release: string;
  year: number;
  mode: 'demo' | 'real';
  /** Per indicator: the national totals first (code "PL"), then each gmina that differs. */
  differences: EntityCountDifference[];
}
