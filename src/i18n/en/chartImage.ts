// English strings: chart and map images. The same keys as src/i18n/pl/chartImage.ts.
import type { chartImage as pl } from '../pl/chartImage.ts';
import type { Strings } from '../translate.ts';

export const chartImage: Strings<typeof pl> = {
  download: 'Download image:',
  svgLabel: 'Download SVG image: {what}',
  pngLabel: 'Download PNG image: {what}',
  failed: 'The image could not be prepared.',
  ready: 'Downloaded the {format} image.',
  unit: 'Unit: {unit}',
  source: 'Source: {source}. Compiled by Monitor Ekonomii Społecznej.',
  sourcePortal: 'Source: Monitor Ekonomii Społecznej.',
  release: 'Data release {release}',
  demo: 'Contains demonstration data — not official statistics.',
  mapTitle: 'Map: {indicator}',
};
