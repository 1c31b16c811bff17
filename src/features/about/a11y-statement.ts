// The accessibility statement (deklaracja dostępności): its dates and contact. The page
// (src/features/about/AccessibilityStatement.astro) follows the structure Polish public bodies publish under the Act of 4 April 2019 on the digital accessibility
// of websites and mobile applications of public bodies, with the element ids of the
// Ministry of Digital Affairs' technical conditions (a11y-wstep, a11y-podmiot, a11y-url,
// a11y-data-publikacja, a11y-data-aktualizacja, a11y-status, a11y-data-sporzadzenie,
// a11y-kontakt, a11y-procedura, a11y-architektura …). Dates are fixed here, never taken
// from the build clock, so the build stays byte-identical.
//
// Update STATEMENT.reviewed (and the list of gaps in statement/StatementPl.astro and
// StatementEn.astro) after every review. A body that republishes the portal (e.g. a regional
// social policy centre) replaces the operator named in those two files and CONTACT with its
// own details; the statutory complaint route then applies to it in full. The title,
// description and footer link are interface strings (src/i18n/pl/about.ts, src/i18n/en/about.ts).

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

/**
 * Contact for accessibility requests. The project has no staffed office: requests go to
 * the project's public issue tracker. Set `person`, `email` and `phone` when a named
 * maintainer or a publishing institution takes the role; empty fields are not shown.
 */
export const CONTACT: { person?: string; email?: string; phone?: string; tracker?: string } = {
  tracker: undefined,
};
