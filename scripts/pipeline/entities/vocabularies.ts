// Writes data/entities/vocabularies.md from the single definition of the controlled
// vocabularies (src/features/directory/entity-vocabularies.ts) and their labels in the
// dictionaries (src/i18n/{pl,en}/entity.ts and directory.ts).
// tests/features/directory/entities-schema.test.ts fails when the file is stale:
//
//   npx node --experimental-strip-types --no-warnings scripts/pipeline/entities/vocabularies.ts
import fs from 'node:fs';
import {
  CATEGORY,
  CERTIFICATE,
  CERTIFICATE_KINDS,
  LEGAL_FORMS,
  LEGAL_FORMS_OF,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
} from '#features/directory/entity-vocabularies.ts';
import { translator, type Key } from '#i18n/index.ts';

const pl = translator('pl');
const en = translator('en');
/** A table row's Polish and English label cells. */
const labels = (key: Key) => `${pl(key)} | ${en(key)}`;

export const VOCABULARIES_FILE = 'data/entities/vocabularies.md';

export function vocabulariesMarkdown(): string {
  const out: string[] = [
    '# Entity vocabularies',
    '',
    'Generated from `src/features/directory/entity-vocabularies.ts` and the dictionaries in `src/i18n/` by `scripts/pipeline/entities/vocabularies.ts`; do not edit by hand.',
    'The codes are what a CSV in `data/entities/` writes; labels are what the pages show.',
    '',
    '## category (PES category)',
    '',
    '| code | Polish | English | basis | count indicator | legal forms allowed |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of PES_CATEGORIES) {
    const i = CATEGORY[c];
    const basis = i.basis === 'act-2022' ? 'Act of 2022, art. 2 pt 5' : 'commonly counted';
    out.push(`| \`${c}\` | ${labels(`entity.category.${c}`)} | ${basis} | ${i.countIndicator ?? '—'} | ${LEGAL_FORMS_OF[c].join(', ')} |`);
  }
  out.push('', '## legal_form', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const f of LEGAL_FORMS) out.push(`| \`${f}\` | ${labels(`directory.legalForm.${f}`)} |`);
  out.push('', '## offer (offer categories)', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const o of OFFER_CATEGORIES) out.push(`| \`${o}\` | ${labels(`entity.offer.${o}`)} |`);
  out.push('', '## certificates: kind', '', '| code | Polish | English | scope | count indicator |', '| --- | --- | --- | --- | --- |');
  for (const k of CERTIFICATE_KINDS) {
    const c = CERTIFICATE[k];
    out.push(`| \`${k}\` | ${labels(`entity.certificate.${k}`)} | ${c.scope} | ${c.countIndicator ?? '—'} |`);
  }
  out.push('', '## certificates: Quality Mark category', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const q of QUALITY_MARK_CATEGORIES) out.push(`| \`${q}\` | ${labels(`directory.qualityMark.${q}`)} |`);
  return out.join('\n') + '\n';
}

if (import.meta.main) {
  fs.writeFileSync(VOCABULARIES_FILE, vocabulariesMarkdown());
  console.log(`wrote ${VOCABULARIES_FILE}`);
}
