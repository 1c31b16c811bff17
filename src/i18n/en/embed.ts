// English strings: embeds: the "Osadź / Embed" disclosure and the frame of an embed page. The same keys as src/i18n/pl/embed.ts.
import type { embed as pl } from '../pl/embed.ts';
import type { Strings } from '../translate.ts';

export const embed: Strings<typeof pl> = {
  button: 'Embed',
  buttonLabel: 'Embed: {what}',
  panel: 'Embed code: {what}',
  codeLabel: 'HTML code to paste into your site',
  hint: 'The embed.js script fits the frame to its content; without it the frame keeps a fixed height.',
  copy: 'Copy',
  copied: 'Code copied to the clipboard.',
  copyFailed: 'Could not copy — select the code and copy it yourself (Ctrl+C).',
  iframeTitle: '{what} — Social Economy Monitor',
  source: 'Source: {source}. Compiled by the Social Economy Monitor.',
  sourcePortal: 'Source: Social Economy Monitor.',
  release: 'Data release {release}, published {published}.',
  demo: 'Includes demonstration data (tagged “demo” or * in tables, hollow dots in charts) — not official statistics.',
  fullPage: 'Full page on the Social Economy Monitor',
  mapTitle: 'Map: {indicator}',
  tabulationTitle: 'Table',
  tabulationLoading: 'Loading the table…',
  noscript: 'This table is computed in the browser and needs JavaScript. Open the full page to download the data.',
  unknownIndicator: 'There is no “{id}” chart for this area; the default chart is shown.',
  chartEmbed: 'Chart',
  mapEmbed: 'Map',
};
