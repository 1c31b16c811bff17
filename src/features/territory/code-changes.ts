// Notices for territorial code and name changes (data/geo/code-history.csv), in both
// languages: what changed and when. Shown on the current territory's page, and on the
// page a former code's URL leads to. Built only from the history's structured fields;
// the free-text English note is added on English pages only.
import { formatDate, type Lang } from '#core/format.ts';
import type { CodeChange } from '#core/geo-register.ts';
import { GMINA_KIND_LABEL } from '#core/nouns.ts';
import type { GminaKind } from '#core/territory.ts';

const KIND_BY_DIGIT: Record<string, GminaKind> = { '1': 'urban', '2': 'rural', '3': 'urban-rural' };

/** Polish kind adjectives for "z wiejskiej na miejsko-wiejską". */
const KIND_FROM_TO: Record<GminaKind, { gen: string; acc: string }> = {
  urban: { gen: 'miejskiej', acc: 'miejską' },
  rural: { gen: 'wiejskiej', acc: 'wiejską' },
  'urban-rural': { gen: 'miejsko-wiejskiej', acc: 'miejsko-wiejską' },
};

export function kindOfCode(code: string): GminaKind | undefined {
  return code.length === 7 ? KIND_BY_DIGIT[code[6]] : undefined;
}

/** The anchor a former code's notice carries, so /<oldCode>/ can point right at it. */
export function changeAnchor(c: CodeChange): string {
  return `kod-${c.oldCode || c.newCode}${c.change === 'renamed' ? '-nazwa' : ''}`;
}

/** Codes mentioned in the free-text note (e.g. where an abolished gmina's land went). */
export function codesInNote(note: string): string[] {
  return [...new Set(note.match(/\b\d{7}\b/g) ?? [])];
}

const dateOrNull = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null);

/** One sentence describing the change, e.g. for the page of the current territory. */
export function describeChange(c: CodeChange, lang: Lang): string {
  const when = dateOrNull(c.validUntil);
  const last = when ? (lang === 'pl' ? ` (ostatnio ważny ${formatDate(when, 'pl')})` : ` (last valid ${formatDate(when, 'en')})`) : '';
  const lastName = when ? (lang === 'pl' ? ` (ostatnio ważna ${formatDate(when, 'pl')})` : ` (last valid ${formatDate(when, 'en')})`) : '';
  const lastInner = (l: Lang) => (when ? (l === 'pl' ? `, ostatnio ważny ${formatDate(when, 'pl')}` : `, last valid ${formatDate(when, 'en')}`) : '');
  const from = kindOfCode(c.oldCode);
  const to = kindOfCode(c.newCode);
  const nameChange =
    c.oldName && c.newName && c.oldName !== c.newName
      ? lang === 'pl'
        ? `; dawna nazwa: ${c.oldName}`
        : `; former name: ${c.oldName}`
      : '';
  const note = lang === 'en' && c.note ? ` Note: ${c.note}.` : '';
  switch (c.change) {
    case 'kind-change':
      if (lang === 'pl')
        return `Dawny kod ${c.oldCode}${last} → obecny kod ${c.newCode}: zmiana rodzaju gminy${from && to ? ` z ${KIND_FROM_TO[from].gen} na ${KIND_FROM_TO[to].acc}` : ''}${nameChange}.`;
      return `Former code ${c.oldCode}${last} → current code ${c.newCode}: the gmina's kind changed${from && to ? ` from ${GMINA_KIND_LABEL[from].en.replace(' gmina', '')} to ${GMINA_KIND_LABEL[to].en.replace(' gmina', '')}` : ''}${nameChange}.${note}`;
    case 'recoded':
      if (lang === 'pl') return `Dawny kod ${c.oldCode}${last} → obecny kod ${c.newCode}: ta sama jednostka pod nowym kodem${nameChange}.`;
      return `Former code ${c.oldCode}${last} → current code ${c.newCode}: the same unit under a new code${nameChange}.${note}`;
    case 'merged':
      if (lang === 'pl') return `Dawna gmina ${c.oldName} (kod ${c.oldCode}${lastInner('pl')}) została włączona do jednostki ${c.newName} (kod ${c.newCode}).`;
      return `The former gmina ${c.oldName} (code ${c.oldCode}${lastInner('en')}) was merged into ${c.newName} (code ${c.newCode}).${note}`;
    case 'renamed':
      if (lang === 'pl') return `Zmiana nazwy: ${c.oldName} → ${c.newName}; dawna nazwa${lastName}, kod bez zmian (${c.newCode}).`;
      return `Renamed: ${c.oldName} → ${c.newName}; the former name${lastName}, same code (${c.newCode}).${note}`;
    case 'created': {
      const first = c.note.match(/first in TERC (\d{4}-\d{2}-\d{2})/)?.[1];
      if (lang === 'pl') return `Nowa jednostka${first ? `: po raz pierwszy w rejestrze TERC w stanie na ${formatDate(first, 'pl')}` : ''} (kod ${c.newCode}).`;
      return `A new unit${first ? `, first in the TERC register as of ${formatDate(first, 'en')}` : ''} (code ${c.newCode}).`;
    }
    case 'abolished':
      if (lang === 'pl') return `Gmina ${c.oldName} (kod ${c.oldCode}${lastInner('pl')}) została zniesiona; nie ma jednego następcy.`;
      return `The gmina ${c.oldName} (code ${c.oldCode}${lastInner('en')}) was abolished; it has no single successor.${note}`;
  }
}
