// Polish strings: the Atom feeds of releases and revisions (src/features/feeds/) and the links to them.
export const feeds = {
  languageName: 'Kanał po polsku',
  siteTitle: 'Monitor Ekonomii Społecznej: nowe dane',
  siteSubtitle: 'Nowe wydania danych i zmiany wartości z lat opublikowanych we wcześniejszych wydaniach.',
  voivodeshipTitle: 'Nowe dane — {name} (Monitor Ekonomii Społecznej)',
  voivodeshipSubtitle: 'Nowe wydania danych i zmienione wartości — {name} oraz jego powiaty i gminy.',
  releaseTitle: 'Wydanie {release}',
  voivodeshipReleaseTitle: 'Wydanie {release}: {name}',
  releaseSummary:
    '{notes} Opublikowano {date}. Tam, gdzie brak danych rzeczywistych, portal pokazuje dane demonstracyjne (przykładowe, nie statystykę publiczną), oznaczone przy każdej wartości.',
  changesTitle: 'Wydanie {release}: zmiany względem wydania {previous}',
  voivodeshipChangesTitle: 'Wydanie {release}: zmiany względem wydania {previous} — {name}',
  changesSummary:
    'Wydanie {release} zmieniło {n} wartości z lat opublikowanych już w wydaniu {previous}. Rewizje danych rzeczywistych: {real}. Zmiany danych demonstracyjnych (nie są to rewizje statystyki): {demo}.',
  territorialChanges: 'Zmiany podziału terytorialnego (kody, nazwy, nowe gminy): {n}.',
  linkSite: 'Kanał Atom: nowe wydania i zmiany danych',
  linkVoivodeship: 'Kanał Atom: nowe dane — {name}',
  help: 'Kanał Atom można dodać do czytnika kanałów, by dowiadywać się o nowych wydaniach i zmianach danych. Czytnik pobiera go z portalu w internecie.',
};
