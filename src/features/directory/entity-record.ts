// The entity record: one social economy entity (PES) as the pipeline reads it from
// data/entities/*.csv or generates it for the demo, and as entities/<id>.json carries it.
// Its checks: ./entity-schema.ts; the vocabularies it uses: ./entity-vocabularies.ts.
import type { CertificateKind, LegalForm, OfferCategory, PesCategory, QualityMarkCategory } from './entity-vocabularies.ts';

export interface Certificate {
  kind: CertificateKind;
  /** Year awarded (the one year of validity for "Zakup Prospołeczny"). */
  year: number;
  /** Quality Mark only. */
  category?: QualityMarkCategory;
  /** regional-other only: the mark's name. */
  name?: string;
  /** Last year of validity, when known. Quality Mark: open-ended if absent; regional-other: the award year if absent. */
  validUntil?: number;
}

export interface SocialEnterpriseStatus {
  /** YYYY-MM-DD, date the voivode granted the status. */
  granted: string;
  /** YYYY-MM-DD, date the status ended (lost or given up); absent while it lasts. */
  ended?: string;
}

export interface Entity {
  /** Stable, URL-safe: lower-case letters, digits and single hyphens. Page: /podmiot/<id>/. */
  id: string;
  name: string;
  category: PesCategory;
  legalForm?: LegalForm;
  /** The organisation that runs the unit (CIS, KIS, ZAZ, WTZ), when it is not the entity itself. */
  operator?: string;
  /** Dominant activity, PKD code such as 56.29.Z. */
  pkd?: string;
  socialEnterprise?: SocialEnterpriseStatus;
  krs?: string;
  regon?: string;
  nip?: string;
  address?: { street?: string; postalCode?: string; locality?: string };
  /** 7-digit TERYT code of the gmina, as in data/geo/territories.json. */
  gmina: string;
  /** approximate: placed in the gmina by the build, not given by the source. */
  location: { lat: number; lon: number; approximate: boolean };
  offer: { categories: OfferCategory[]; description?: string };
  /** Accepts public contracts with social clauses. Absent: unknown. */
  socialClauses?: boolean;
  certificates: Certificate[];
  /** The supporting social economy support centre (OWES). */
  owes?: string;
  contact: { website?: string; email?: string; phone?: string };
  /** Where the record comes from (e.g. "KRS; OWES Kraków"); "demo" for generated records. */
  source?: string;
  /** YYYY-MM-DD, when the record was last checked. */
  verified?: string;
  demo: boolean;
}

/** Poland's bounding box with a margin: coordinates outside it are a typo. */
export const POLAND_BOUNDS = { latMin: 48.9, latMax: 55.0, lonMin: 14.0, lonMax: 24.3 };

/** The text formats of the record's fields, shared by the CSV reader and the schema (web and e-mail addresses: #core/safe-text.ts). */
export const FORMATS = {
  ID: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  PKD: /^\d{2}\.\d{2}\.[A-Z]$/,
  POSTAL: /^\d{2}-\d{3}$/,
  PHONE: /^\+?[\d\s()-]{9,20}$/,
};
