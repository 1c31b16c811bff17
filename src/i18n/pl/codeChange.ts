// Polish strings: notices of territorial code and name changes (src/features/territory/code-changes.ts).
// {old}/{new} are codes, {oldName}/{newName} names, {last}, {lastInner}, {lastName},
// {nameChange}, {kinds}, {first} and {note} the optional parts below (empty when unknown).
// Polish is the source language: the English file must have exactly these keys
// (src/i18n/en/codeChange.ts, checked by the compiler).
export const codeChange = {
  kindChange: 'Dawny kod {old}{last} → obecny kod {new}: zmiana rodzaju gminy{kinds}{nameChange}.{note}',
  recoded: 'Dawny kod {old}{last} → obecny kod {new}: ta sama jednostka pod nowym kodem{nameChange}.{note}',
  merged: 'Dawna gmina {oldName} (kod {old}{lastInner}) została włączona do jednostki {newName} (kod {new}).{note}',
  renamed: 'Zmiana nazwy: {oldName} → {newName}; dawna nazwa{lastName}, kod bez zmian ({new}).{note}',
  created: 'Nowa jednostka{first} (kod {new}).',
  abolished: 'Gmina {oldName} (kod {old}{lastInner}) została zniesiona; nie ma jednego następcy.{note}',
  /** {last}: a former code's last day of validity. */
  last: ' (ostatnio ważny {date})',
  /** {lastName}: a former name's. */
  lastName: ' (ostatnio ważna {date})',
  /** {lastInner}: the same inside brackets that are already open. */
  lastInner: ', ostatnio ważny {date}',
  nameChange: '; dawna nazwa: {name}',
  /** {kinds}: the gmina kinds before and after, as the adjectives below. */
  kinds: ' z {from} na {to}',
  'from-urban': 'miejskiej',
  'from-rural': 'wiejskiej',
  'from-urban-rural': 'miejsko-wiejskiej',
  'to-urban': 'miejską',
  'to-rural': 'wiejską',
  'to-urban-rural': 'miejsko-wiejską',
  first: ': po raz pierwszy w rejestrze TERC w stanie na {date}',
  /** {note}: the history's free-text note, which is in English; left out on Polish pages. */
  note: '',
  /** A gmina created after the release's first year; {link} is where the name of the gmina it was part of goes (a link). */
  notYet:
    'W latach {from}–{to} gmina {name} jeszcze nie istniała (utworzona {date}), dlatego nie ma tu jej wartości: jej obszar i mieszkańcy są liczeni w gminie {link}.',
  notYetOneYear:
    'W {from} r. gmina {name} jeszcze nie istniała (utworzona {date}), dlatego nie ma tu jej wartości: jej obszar i mieszkańcy są liczeni w gminie {link}.',
};
