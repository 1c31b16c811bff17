// Progressive enhancement of EmbedButton.astro: the open region becomes a closed
// disclosure (button with aria-expanded), the copy button appears, and the snippet
// follows the view it embeds. Runs once per page however many buttons it has.
import { VIEW_STATE_EVENT } from './embed-map-state.ts';
import { embedSnippet, withParams, type SnippetInput } from './embed.ts';

/** The parts of the snippet the build wrote (read back from it, so the page carries them once). */
function parseSnippet(html: string): SnippetInput | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const iframe = doc.querySelector('iframe');
  if (!iframe) return undefined;
  return {
    src: iframe.getAttribute('src') ?? '',
    title: iframe.getAttribute('title') ?? '',
    height: Number(iframe.getAttribute('height')),
    href: iframe.querySelector('a')?.getAttribute('href') ?? undefined,
    script: doc.querySelector('script')?.getAttribute('src') ?? undefined,
  };
}

function snippetOf(base: SnippetInput, params: Record<string, string | undefined>): string {
  return embedSnippet({ ...base, src: withParams(base.src, params), href: base.href ? withParams(base.href, params) : undefined });
}

async function copyText(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (insecure context, permission): the old way, from the selection.
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function enhance(share: HTMLElement): void {
  const toggle = share.querySelector<HTMLButtonElement>('[data-embed-toggle]');
  const panel = share.querySelector<HTMLElement>('[data-embed-panel]');
  const code = share.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const copy = share.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = share.querySelector<HTMLElement>('[data-embed-status]');
  if (!toggle || !panel || !code || !copy || !status) return;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  toggle.hidden = false;
  copy.hidden = false;
  setOpen(false);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    status.textContent = '';
    if (open) code.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setOpen(false);
      toggle.focus();
    }
  });
  code.addEventListener('focus', () => code.select());
  copy.addEventListener('click', async () => {
    const ok = await copyText(code.value, code);
    status.textContent = (ok ? copy.dataset.copied : copy.dataset.failed) ?? '';
  });

  const { followValues, followUrl } = share.dataset;
  const base = parseSnippet(code.value);
  if (!base) return;
  if (followUrl) {
    const names = followUrl.split(',');
    const allowed = followValues?.split(',');
    const sync = () => {
      const q = new URLSearchParams(location.search);
      const params = Object.fromEntries(names.map((n) => [n, q.get(n) ?? undefined]));
      // A snippet limited to some values (one theme's indicators) keeps its own otherwise.
      if (allowed && !names.every((n) => allowed.includes(params[n] ?? ''))) return;
      code.value = snippetOf(base, params);
      status.textContent = '';
    };
    window.addEventListener(VIEW_STATE_EVENT, sync);
    if (location.search) sync();
  }
}

export function enhanceEmbedShares(root: ParentNode = document): void {
  for (const share of root.querySelectorAll<HTMLElement>('[data-embed-share]:not([data-enhanced])')) {
    share.dataset.enhanced = '1';
    enhance(share);
  }
}
