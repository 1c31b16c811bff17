// Dates in the directory and the state of an entity at a date: what the directory
// counts as of a release's reference date.
import { CERTIFICATE_KINDS, type CertificateKind } from './entity-vocabularies.ts';
import type { Certificate, Entity } from './entity-record.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date in YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The reference date of a release: the end of its latest year. */
export const asOfDate = (year: number): string => `${year}-12-31`;

/** Holds social enterprise status on the date (granted on or before, not ended on or before). */
export function isSocialEnterpriseOn(e: Pick<Entity, 'socialEnterprise'>, date: string): boolean {
  const s = e.socialEnterprise;
  return !!s && s.granted <= date && (!s.ended || s.ended > date);
}

/** Whether a certificate is valid in the year: Zakup Prospołeczny in its year only; the Quality Mark from its year until validUntil (open-ended if absent); other marks until validUntil, else their year. */
export function certificateValidIn(c: Certificate, year: number): boolean {
  if (c.year > year) return false;
  if (c.kind === 'zakup-prospoleczny') return c.year === year;
  if (c.kind === 'quality-mark') return c.validUntil === undefined || c.validUntil >= year;
  return (c.validUntil ?? c.year) >= year;
}

/** Certificate kinds held in the year, in vocabulary order, without repeats. */
export function certificatesHeldIn(e: Pick<Entity, 'certificates'>, year: number): CertificateKind[] {
  return CERTIFICATE_KINDS.filter((k) => e.certificates.some((c) => c.kind === k && certificateValidIn(c, year)));
}
