// Notices for territorial code and name changes (data/geo/code-history.csv), in both
// languages: what changed and when. Shown on the current territory's page, and on the
// page a former code's URL leads to. Built only from the history's structured fields;
// the free-text English note is added on English pages only.
import { formatDate, type Lang } from '#core/format.ts';
import type { CodeChange } from '#core/geo-register.ts';
import type { GminaKind } from '#core/territory.ts';
import { translator } from '#i18n/index.ts';

const KIND_BY_DIGIT: Record<string, GminaKind> = { '1': 'urban', '2': 'rural', '3': 'urban-rural' };

export function kindOfCode(code: string): GminaKind | undefined {
  return code.length === 7 ? KIND_BY_DIGIT[code[6]] : undefined;
}

/** Codes mentioned in the free-text note (e.g. where an abolished gmina's land went). */
export function codesInNote(note: string): string[] {
  return [...new Set(note.match(/\b\d{7}\b/g) ?? [])];
}

const dateOrNull = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

/** One sentence describing the change, e.g. for the page of the current territory. */
export function describeChange(c: CodeChange, lang: Lang): string {
  const t = translator(lang);
  const when = dateOrNull(c.validUntil);
  const date = when ? formatDate(when, lang) : '';
  const from = kindOfCode(c.oldCode);
  const to = kindOfCode(c.newCode);
  const first = c.change === 'created' ? c.note.match(/first in TERC (\d{4}-\d{2}-\d{2})/)?.[1] : undefined;
  const params = {
    old: c.oldCode,
    new: c.newCode,
    oldName: c.oldName,
    newName: c.newName,
    last: when ? t('codeChange.last', { date }) : '',
    lastName: when ? t('codeChange.lastName', { date }) : '',
    lastInner: when ? t('codeChange.lastInner', { date }) : '',
    nameChange: c.oldName && c.newName && c.oldName !== c.newName ? t('codeChange.nameChange', { name: c.oldName }) : '',
    kinds: from && to ? t('codeChange.kinds', { from: t(`codeChange.from-${from}`), to: t(`codeChange.to-${to}`) }) : '',
    first: first ? t('codeChange.first', { date: formatDate(first, lang) }) : '',
    note: c.note ? t('codeChange.note', { note: c.note }) : '',
  };
  const key = c.change === 'kind-change' ? 'kindChange' : c.change;
  return t(`codeChange.${key}`, params);
}
