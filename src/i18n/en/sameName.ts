// English strings: the note on same-named gminas. The same keys as src/i18n/pl/sameName.ts.
import type { sameName as pl } from '../pl/sameName.ts';
import type { Strings } from '../translate.ts';

export const sameName: Strings<typeof pl> = {
  rural:
    'Not to be confused with the town of {name}: this rural gmina surrounds the town but does not include it — the town is a separate urban gmina.',
  urban: 'Not to be confused with the rural gmina of {name}: the villages around the town form a separate gmina, with its own figures.',
  other: 'Not to be confused with another gmina of the same name.',
  kindsSummary: 'Kinds of gmina',
  kinds: 'An urban gmina is the town alone, a rural gmina only villages, an urban-rural gmina a town together with the villages around it.',
};
