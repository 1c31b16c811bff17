// Export of the filtered directory as CSV (UTF-8 with BOM, comma, one entity a line) and
// JSON. Codes stay codes (category, offer, certificate vocabularies of
// ./entity-vocabularies.ts); labels in the page language come in extra columns. Every row
// says whether the entity is real or a generated demonstration record, in the status word
// the data files use, so a demo entity cannot pass for a real one once the file is opened.
import type { ValueStatus } from '#core/cells.ts';
import { neutraliseFormula, toCsv } from '#core/csv.ts';
import type { Translate } from '#i18n/translate.ts';
import type { DirRow } from './directory-filter.ts';

export interface ExportContext {
  release: string;
  year: number;
  asOf: string;
  mode: 'demo' | 'real';
  /** Site origin + entity page prefix, e.g. "https://…/podmiot/". */
  entityUrl: (id: string) => string;
  /** Territory name by code (gmina, powiat, voivodeship). */
  name: (code: string) => string;
  /** The page language's translator, for the vocabulary labels. */
  t: Translate<'entity'>;
  /** Offer descriptions aligned with the index, when loaded. */
  offerText?: readonly string[];
  /** The filter as a query string, recorded in the JSON. */
  query: string;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'status',
  'category',
  'category_label',
  'gmina',
  'gmina_name',
  'powiat',
  'powiat_name',
  'voivodeship',
  'voivodeship_name',
  'lat',
  'lon',
  'location_approximate',
  'offer',
  'offer_labels',
  'offer_description',
  'certificates',
  'social_enterprise',
  'social_clauses',
  'url',
] as const;

/** Free text (names, descriptions) is neutralised against formula injection; codes and numbers never need it. */
export { neutraliseFormula };

const yn = (b: boolean | null): string => (b === null ? '' : b ? 'yes' : 'no');

/** An entity's status: the data files' words for a record a source gives and for a generated one. */
export const entityStatus = (r: Pick<DirRow, 'demo'>): Extract<ValueStatus, 'real' | 'demo'> => (r.demo ? 'demo' : 'real');

export function directoryCsv(rows: readonly DirRow[], ctx: ExportContext): string {
  const body = rows.map((r) => [
    r.id,
    neutraliseFormula(r.name),
    entityStatus(r),
    r.category,
    ctx.t(`entity.category.${r.category}`),
    r.gmina,
    ctx.name(r.gmina),
    r.powiat,
    ctx.name(r.powiat),
    r.voivodeship,
    ctx.name(r.voivodeship),
    String(r.lat),
    String(r.lon),
    yn(r.approximate),
    r.offer.join(';'),
    r.offer.map((o) => ctx.t(`entity.offer.${o}`)).join('; '),
    neutraliseFormula(ctx.offerText?.[r.i] ?? ''),
    r.certificates.join(';'),
    yn(r.socialEnterprise),
    yn(r.socialClauses),
    ctx.entityUrl(r.id),
  ]);
  return '\ufeff' + toCsv(CSV_COLUMNS, body);
}

export function directoryJson(rows: readonly DirRow[], ctx: ExportContext): string {
  return JSON.stringify(
    {
      release: ctx.release,
      year: ctx.year,
      asOf: ctx.asOf,
      mode: ctx.mode,
      filter: ctx.query,
      count: rows.length,
      entities: rows.map((r) => ({
        id: r.id,
        name: r.name,
        status: entityStatus(r),
        category: r.category,
        gmina: r.gmina,
        gminaName: ctx.name(r.gmina),
        powiat: r.powiat,
        voivodeship: r.voivodeship,
        location: { lat: r.lat, lon: r.lon, approximate: r.approximate },
        offer: r.offer,
        offerDescription: ctx.offerText?.[r.i] || undefined,
        certificates: r.certificates,
        socialEnterprise: r.socialEnterprise,
        socialClauses: r.socialClauses,
        demo: r.demo,
        url: ctx.entityUrl(r.id),
      })),
    },
    null,
    1,
  );
}

/** A file name such as "podmioty-2024-kat-cis-obszar-12.csv". */
export function exportFileName(query: string, release: string, ext: 'csv' | 'json'): string {
  const tail = query
    .replace(/^\?/, '')
    .replace(/[=&,]/g, '-')
    .replace(/[^a-z0-9-]+/gi, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `podmioty-${release}${tail ? `-${tail}` : ''}.${ext}`;
}
