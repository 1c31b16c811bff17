// The frame of an embed page (EmbedLayout.astro) as islands update it when what they show
// differs from what the build wrote: the heading (and document title), the source line
// and the demo label.
export interface FrameText {
  title?: string;
  /** The whole source line, already worded. */
  source?: string;
  demo?: boolean;
}

export function setFrameText(text: FrameText, doc: Document = document): void {
  if (text.title) {
    const h1 = doc.querySelector('[data-embed-title]');
    const old = h1?.textContent ?? '';
    if (h1) h1.textContent = text.title;
    // "<title> — <site name>": keep the site name.
    doc.title = old && doc.title.startsWith(old) ? text.title + doc.title.slice(old.length) : text.title;
  }
  const src = doc.querySelector('[data-embed-source]');
  if (src && text.source) src.textContent = text.source;
  const demo = doc.querySelector<HTMLElement>('[data-embed-demo]');
  if (demo && text.demo !== undefined) demo.hidden = !text.demo;
}
