// Polish strings: the notice on the pages of the offline archive (src/build/offline/notice.ts).
// The notice is HTML: {release}, {online} (the page on the online site) and {readme} (the
// archive's README.txt) arrive escaped. Polish is the source language: the English file
// must have exactly these keys (src/i18n/en/offline.ts, checked by the compiler).
export const offline = {
  label: 'Wersja offline',
  noteHtml:
    '<strong>Wersja offline — archiwum wydania {release}.</strong> Treść stron, linki i wykresy działają bez internetu. ' +
    'Mapy, filtry, wyszukiwarka i kreator zestawień potrzebują <a href="{online}">serwisu online</a> ' +
    'albo dołączonego programu uruchamiającego: w folderze archiwum wpisz <code>node serve.mjs</code> (Node.js 18 lub nowszy, zob. <a href="{readme}">README.txt</a>).',
};
