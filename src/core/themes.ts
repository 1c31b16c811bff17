/**
 * Themes group indicators on pages and in the builder. They follow what the ministry's
 * monitoring portal groups together, not the KPRES areas (whose titles changed between
 * the 2014 and 2022 programmes); an indicator's KPRES role is in its `kpres` field.
 */
export const THEMES = [
  'entities', // PES and their number: cooperatives, social enterprises, NGOs
  'reintegration', // social and vocational reintegration: CIS, KIS, ZAZ, WTZ
  'market', // economic activity, revenue, public procurement
  'support', // the support system: OWES, certification, finance
  'local-government', // local governments and their cooperation with PES
  'context', // denominators and context (population)
] as const;
export type Theme = (typeof THEMES)[number];
