// The zod schema of the entity record: the structure, the vocabularies, the identifiers'
// check digits and the rules between fields. Built on first use (entitySchema()); only
// the pipeline and the tests import this module, so no page or island bundles zod.
import { z } from 'zod';
import { checkKrs, checkNip, checkRegon } from '#core/identifiers.ts';
import {
  CERTIFICATE_KINDS,
  LEGAL_FORMS,
  LEGAL_FORMS_OF,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
} from './entity-vocabularies.ts';
import { FORMATS, POLAND_BOUNDS, type Entity } from './entity-record.ts';
import { isDate } from './entity-dates.ts';
import { httpUrl, multilineText, plainEmail, singleLineText } from '#core/safe-text-schema.ts';

let schema: z.ZodType<Entity> | undefined;

/** The zod schema of Entity: the structure, vocabularies, identifier check digits and cross-field rules. */
export function entitySchema(): z.ZodType<Entity> {
  if (schema) return schema;
  // Every text is shown on the entity's page and in the directory: one line, no invisible characters.
  const optText = singleLineText.min(1).optional();
  const date = z.string().refine(isDate, 'must be a real date YYYY-MM-DD');
  const identifier = (check: (s: string) => { ok: boolean; reason?: string }) =>
    z.string().superRefine((s, ctx) => {
      const r = check(s);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: (r as { reason: string }).reason });
      else if (!/^\d+$/.test(s)) ctx.addIssue({ code: 'custom', message: 'store the identifier as digits only' });
    });
  const year = z.number().int().min(1990).max(2100);
  const certificate = z
    .object({
      kind: z.enum(CERTIFICATE_KINDS),
      year,
      category: z.enum(QUALITY_MARK_CATEGORIES).optional(),
      name: optText,
      validUntil: year.optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.category && c.kind !== 'quality-mark') ctx.addIssue({ code: 'custom', message: 'only the Quality Mark has a category' });
      if (c.kind === 'regional-other' && !c.name) ctx.addIssue({ code: 'custom', message: 'a regional-other mark needs its name' });
      if (c.name && c.kind !== 'regional-other') ctx.addIssue({ code: 'custom', message: 'only a regional-other mark has a name' });
      if (c.kind === 'zakup-prospoleczny' && c.validUntil !== undefined)
        ctx.addIssue({ code: 'custom', message: '"Zakup Prospołeczny" is valid for its year only' });
      if (c.validUntil !== undefined && c.validUntil < c.year)
        ctx.addIssue({ code: 'custom', message: 'validUntil is before the award year' });
    });
  const s = z
    .object({
      id: z.string().max(80).regex(FORMATS.ID, 'lower-case letters, digits and single hyphens'),
      name: singleLineText.min(1),
      category: z.enum(PES_CATEGORIES),
      legalForm: z.enum(LEGAL_FORMS).optional(),
      operator: optText,
      pkd: z.string().regex(FORMATS.PKD, 'PKD code like 56.29.Z').optional(),
      socialEnterprise: z.object({ granted: date, ended: date.optional() }).strict().optional(),
      krs: identifier(checkKrs).optional(),
      regon: identifier(checkRegon).optional(),
      nip: identifier(checkNip).optional(),
      address: z
        .object({ street: optText, postalCode: z.string().regex(FORMATS.POSTAL, 'postal code NN-NNN').optional(), locality: optText })
        .strict()
        .optional(),
      gmina: z.string().regex(/^\d{7}$/, '7-digit gmina TERYT code'),
      location: z
        .object({
          lat: z.number().min(POLAND_BOUNDS.latMin).max(POLAND_BOUNDS.latMax),
          lon: z.number().min(POLAND_BOUNDS.lonMin).max(POLAND_BOUNDS.lonMax),
          approximate: z.boolean(),
        })
        .strict(),
      offer: z.object({ categories: z.array(z.enum(OFFER_CATEGORIES)), description: multilineText.min(1).optional() }).strict(),
      socialClauses: z.boolean().optional(),
      certificates: z.array(certificate),
      owes: optText,
      contact: z
        .object({
          website: httpUrl.optional(),
          email: plainEmail.optional(),
          phone: z.string().regex(FORMATS.PHONE, 'digits, spaces, +, - and parentheses').optional(),
        })
        .strict(),
      source: optText,
      verified: date.optional(),
      demo: z.boolean(),
    })
    .strict()
    .superRefine((e, ctx) => {
      const se = e.socialEnterprise;
      if (se?.ended && se.ended < se.granted)
        ctx.addIssue({ code: 'custom', path: ['socialEnterprise', 'ended'], message: 'status ended before it was granted' });
      if (e.legalForm && !LEGAL_FORMS_OF[e.category].includes(e.legalForm))
        ctx.addIssue({
          code: 'custom',
          path: ['legalForm'],
          message: `a ${e.category} cannot have legal form ${e.legalForm} (allowed: ${LEGAL_FORMS_OF[e.category].join(', ')})`,
        });
      if (new Set(e.offer.categories).size !== e.offer.categories.length)
        ctx.addIssue({ code: 'custom', path: ['offer', 'categories'], message: 'an offer category is listed twice' });
    });
  schema = s as z.ZodType<Entity>;
  return schema;
}
