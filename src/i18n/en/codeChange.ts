// English strings: notices of territorial code and name changes. The same keys as
// src/i18n/pl/codeChange.ts (see there for the placeholders).
import type { codeChange as pl } from '../pl/codeChange.ts';
import type { Strings } from '../translate.ts';

export const codeChange: Strings<typeof pl> = {
  kindChange: "Former code {old}{last} → current code {new}: the gmina's kind changed{kinds}{nameChange}.{note}",
  recoded: 'Former code {old}{last} → current code {new}: the same unit under a new code{nameChange}.{note}',
  merged: 'The former gmina {oldName} (code {old}{lastInner}) was merged into {newName} (code {new}).{note}',
  renamed: 'Renamed: {oldName} → {newName}; the former name{lastName}, same code ({new}).{note}',
  created: 'A new unit{first} (code {new}).',
  abolished: 'The gmina {oldName} (code {old}{lastInner}) was abolished; it has no single successor.{note}',
  last: ' (last valid {date})',
  lastName: ' (last valid {date})',
  lastInner: ', last valid {date}',
  nameChange: '; former name: {name}',
  kinds: ' from {from} to {to}',
  'from-urban': 'urban',
  'from-rural': 'rural',
  'from-urban-rural': 'urban-rural',
  'to-urban': 'urban',
  'to-rural': 'rural',
  'to-urban-rural': 'urban-rural',
  first: ', first in the TERC register as of {date}',
  note: ' Note: {note}.',
  notYet:
    'In {from}–{to} the gmina of {name} did not exist yet (it was created on {date}), so it has no values here: its area and inhabitants are counted in {link}.',
  notYetOneYear:
    'In {from} the gmina of {name} did not exist yet (it was created on {date}), so it has no values here: its area and inhabitants are counted in {link}.',
};
