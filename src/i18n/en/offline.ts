// English strings: the notice on the pages of the offline archive. The same keys as
// src/i18n/pl/offline.ts.
import type { offline as pl } from '../pl/offline.ts';
import type { Strings } from '../translate.ts';

export const offline: Strings<typeof pl> = {
  label: 'Offline copy',
  noteHtml:
    '<strong>Offline copy — archive of release {release}.</strong> Page content, links and charts work without internet. ' +
    'Maps, filters, search and the table builder need the <a href="{online}">online site</a> ' +
    'or the included launcher: in the archive folder run <code>node serve.mjs</code> (Node.js 18 or later, see <a href="{readme}">README.txt</a>).',
};
