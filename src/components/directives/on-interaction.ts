// client:interaction — hydrate an island on the first sign that someone is about to use
// it (pointer over it, focus inside it, touch), not on page load. The header search
// uses it: it is on every page, visible at once, and most visits never touch it, so
// its JavaScript stays out of the first view.
import type { ClientDirective } from 'astro';

const EVENTS = ['pointerover', 'focusin', 'touchstart', 'keydown'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const e of EVENTS) el.removeEventListener(e, start);
    const hydrate = await load();
    await hydrate();
  };
  for (const e of EVENTS) el.addEventListener(e, start, { passive: true });
  // Focus may already be inside (autofocus, or the user was quicker than the page).
  if (el.contains(document.activeElement)) void start();
};

export default interaction;
