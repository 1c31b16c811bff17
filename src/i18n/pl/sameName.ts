// Polish strings: the note on a gmina that shares its name with a neighbouring gmina of
// another kind (the town Nowy Targ and the rural gmina Nowy Targ around it). Polish is the
// source language: the English file must have exactly these keys (src/i18n/en/sameName.ts).
export const sameName = {
  rural: 'Nie mylić z miastem {name}: ta gmina wiejska otacza miasto, ale go nie obejmuje — miasto jest osobną gminą miejską.',
  urban: 'Nie mylić z gminą wiejską {name}: wsie wokół miasta tworzą osobną gminę, z własnymi liczbami.',
  other: 'Nie mylić z inną gminą o tej samej nazwie.',
  kindsSummary: 'Rodzaje gmin',
  kinds: 'Gmina miejska to samo miasto, gmina wiejska — same wsie, gmina miejsko-wiejska — miasto razem z okolicznymi wsiami.',
};
