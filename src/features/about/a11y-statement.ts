// The accessibility statement (deklaracja dostępności): its dates, contact and the footer
// label. The page (src/features/about/AccessibilityStatement.astro) follows the structure
// Polish public bodies publish under the Act of 4 April 2019 on the digital accessibility
// of websites and mobile applications of public bodies, with the element ids of the
// Ministry of Digital Affairs' technical conditions (a11y-wstep, a11y-podmiot, a11y-url,
// a11y-data-publikacja, a11y-data-aktualizacja, a11y-status, a11y-data-sporzadzenie,
// a11y-kontakt, a11y-procedura, a11y-architektura …). Dates are fixed here, never taken
// from the build clock, so the build stays byte-identical.
//
// Update STATEMENT.reviewed (and the list of gaps on the page) after every review. A body
// that republishes the portal (e.g. a regional social policy centre) replaces OPERATOR and
// CONTACT with its own details; the statutory complaint route then applies to it in full.
import type { Lang } from '#core/format.ts';

export const STATEMENT = {
  /** First publication of the portal (first version of the site), YYYY-MM-DD. */
  sitePublished: '2026-11-23',
  /** Last significant update of the site (new page types), YYYY-MM-DD. */
  siteUpdated: '2026-11-23',
  /** The statement was prepared on… */
  prepared: '2026-11-23',
  /** …and last reviewed on. */
  reviewed: '2026-11-23',
};

/** Who publishes the site. An open-source project, not a public body. */
export const OPERATOR: Record<Lang, string> = {
  pl: 'Zespół projektu open source Monitor Ekonomii Społecznej',
  en: 'The Social Economy Monitor open-source project team',
};

/**
 * Contact for accessibility requests. The project has no staffed office: requests go to
 * the project's public issue tracker. Set `person`, `email` and `phone` when a named
 * maintainer or a publishing institution takes the role; empty fields are not shown.
 */
export const CONTACT: { person?: string; email?: string; phone?: string; tracker?: string } = {
  tracker: undefined,
};

export const A11Y_UI: Record<Lang, { footerLink: string; title: string; description: string }> = {
  pl: {
    footerLink: 'Deklaracja dostępności',
    title: 'Deklaracja dostępności',
    description: 'Deklaracja dostępności portalu Monitor Ekonomii Społecznej: stan zgodności z WCAG 2.1 AA, treści niedostępne, kontakt i procedura zgłoszeń.',
  },
  en: {
    footerLink: 'Accessibility statement',
    title: 'Accessibility statement',
    description: 'Accessibility statement of the Social Economy Monitor: WCAG 2.1 AA compliance status, non-accessible content, contact and how to make a request.',
  },
};
