// Writes data/entities/vocabularies.md from src/features/directory/entities.ts, the single definition of
// the controlled vocabularies. tests/features/directory/entities-schema.test.ts fails when the file is stale:
//
//   npx node --experimental-strip-types --no-warnings scripts/pipeline/entities/vocabularies.ts
import fs from 'node:fs';
import {
  CATEGORY,
  CERTIFICATE,
  CERTIFICATE_KINDS,
  LEGAL_FORM,
  LEGAL_FORMS,
  LEGAL_FORMS_OF,
  OFFER,
  OFFER_CATEGORIES,
  PES_CATEGORIES,
  QUALITY_MARK_CATEGORIES,
  QUALITY_MARK_CATEGORY,
} from '#features/directory/entities.ts';

export const VOCABULARIES_FILE = 'data/entities/vocabularies.md';

export function vocabulariesMarkdown(): string {
  const out: string[] = [
    '# Entity vocabularies',
    '',
    'Generated from `src/features/directory/entities.ts` by `scripts/pipeline/entities/vocabularies.ts`; do not edit by hand.',
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
    out.push(`| \`${c}\` | ${i.label.pl} | ${i.label.en} | ${basis} | ${i.countIndicator ?? '—'} | ${LEGAL_FORMS_OF[c].join(', ')} |`);
  }
  out.push('', '## legal_form', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const f of LEGAL_FORMS) out.push(`| \`${f}\` | ${LEGAL_FORM[f].pl} | ${LEGAL_FORM[f].en} |`);
  out.push('', '## offer (offer categories)', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const o of OFFER_CATEGORIES) out.push(`| \`${o}\` | ${OFFER[o].pl} | ${OFFER[o].en} |`);
  out.push('', '## certificates: kind', '', '| code | Polish | English | scope | count indicator |', '| --- | --- | --- | --- | --- |');
  for (const k of CERTIFICATE_KINDS) {
    const c = CERTIFICATE[k];
    out.push(`| \`${k}\` | ${c.label.pl} | ${c.label.en} | ${c.scope} | ${c.countIndicator ?? '—'} |`);
  }
  out.push('', '## certificates: Quality Mark category', '', '| code | Polish | English |', '| --- | --- | --- |');
  for (const q of QUALITY_MARK_CATEGORIES) out.push(`| \`${q}\` | ${QUALITY_MARK_CATEGORY[q].pl} | ${QUALITY_MARK_CATEGORY[q].en} |`);
  return out.join('\n') + '\n';
}

if (import.meta.main) {
  fs.writeFileSync(VOCABULARIES_FILE, vocabulariesMarkdown());
  console.log(`wrote ${VOCABULARIES_FILE}`);
}
