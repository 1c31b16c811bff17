// English strings: the accessibility statement's title, description and footer link. The same keys as src/i18n/pl/about.ts.
import type { about as pl } from '../pl/about.ts';
import type { Strings } from '../translate.ts';

export const about: Strings<typeof pl> = {
  statementTitle: 'Accessibility statement',
  statementDescription:
    'Accessibility statement of the Social Economy Monitor: WCAG 2.1 AA compliance status, non-accessible content, contact and how to make a request.',
  statementFooterLink: 'Accessibility statement',
};
