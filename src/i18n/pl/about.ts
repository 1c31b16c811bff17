// Polish strings: the accessibility statement's title, description and footer link. Polish is the source language: the English
// file must have exactly these keys (src/i18n/en/about.ts, checked by the compiler).
export const about = {
  statementTitle: 'Deklaracja dostępności',
  statementDescription:
    'Deklaracja dostępności portalu Monitor Ekonomii Społecznej: stan zgodności z WCAG 2.1 AA, treści niedostępne, kontakt i procedura zgłoszeń.',
  statementFooterLink: 'Deklaracja dostępności',
};
