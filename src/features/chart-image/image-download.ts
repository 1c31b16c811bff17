// Wires the build-time image controls (ImageDownload.astro): shows them once JavaScript
// runs and composes the image of the chart their selector names when a button is pressed.
// One listener on the document, so controls inside content an island swaps in later work too.
import { createTranslator, type Messages } from '#i18n/translate.ts';
import type { ChartImageMeta } from './compose.ts';
import { downloadImage, type ImageFormat } from './browser.ts';

interface ControlConfig {
  target: string;
  meta: Omit<ChartImageMeta, 'url'>;
  messages: Messages<'chartImage'>;
}

let wired = false;

export function wireImageDownloads(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-image-download]')) el.hidden = false;
  if (wired) return;
  wired = true;
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>('[data-image-download] button[data-image-format]');
    const box = button?.closest<HTMLElement>('[data-image-download]');
    // A flag, not `disabled`: disabling the focused button would drop keyboard focus.
    if (!button || !box || box.dataset.busy) return;
    const config = JSON.parse(box.dataset.imageDownload ?? '{}') as ControlConfig;
    const t = createTranslator(config.messages);
    const status = box.querySelector<HTMLElement>('[data-image-status]');
    const format = button.dataset.imageFormat as ImageFormat;
    box.dataset.busy = '1';
    if (status) status.textContent = '';
    downloadImage(format, () => document.querySelector<SVGSVGElement>(config.target), config.meta, t)
      .then(() => status && (status.textContent = t('chartImage.ready', { format: format.toUpperCase() })))
      .catch(() => status && (status.textContent = t('chartImage.failed')))
      .finally(() => delete box.dataset.busy);
  });
}
