// public/embed.js on a host page that also carries other sites' frames (an advert): only
// the portal's own iframes, loaded from the origin the script itself came from, may be
// resized, and never beyond MAX_HEIGHT. The script runs in a node:vm context with a fake
// window and document, as tests/features/embed/embed.test.ts does for the message shape.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, MAX_HEIGHT, heightMessage } from '#features/embed/embed.ts';

const code = fs.readFileSync(path.join(process.cwd(), 'public', 'embed.js'), 'utf8');
const PORTAL = 'https://mes.example';
const AD = 'https://ads.example';

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height: string };
}

/** A host page with the given iframes; `script` is the src embed.js was loaded from (null: unknown). */
function hostPage(srcs: string[], script: string | null = `${PORTAL}/embed.js`) {
  const listeners: ((e: unknown) => void)[] = [];
  const frames: FakeFrame[] = srcs.map((src) => ({ src, contentWindow: {}, style: { height: '' } }));
  const anchor = {
    protocol: '',
    host: '',
    set href(url: string) {
      const u = new URL(url, `${AD}/host-page/`);
      this.protocol = u.protocol;
      this.host = u.host;
    },
  };
  const window = { addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && listeners.push(fn) };
  const document = {
    currentScript: script === null ? null : { src: script },
    createElement: () => anchor,
    getElementsByTagName: (t: string) => (t === 'iframe' ? frames : []),
  };
  vm.runInContext(code, vm.createContext({ window, document, isFinite, Math }));
  /** Frame i posts a height; origin defaults to the origin of its src. */
  const post = (i: number, height: number, origin = new URL(frames[i].src).origin) =>
    listeners.forEach((fn) => fn({ data: { type: HEIGHT_MESSAGE, height }, source: frames[i].contentWindow, origin }));
  return { frames, listeners, post, heights: () => frames.map((f) => f.style.height) };
}

describe('public/embed.js resizes only the portal frames', () => {
  it('lets no other frame on the page grow itself, even one posting the portal message from its own origin', () => {
    const page = hostPage([`${PORTAL}/embed/polska/`, `${AD}/banner/`]);
    page.post(1, 4000);
    expect(page.heights()).toEqual(['', '']);
    page.post(0, 700);
    expect(page.heights()).toEqual(['700px', '']);
  });

  it('trusts the origin of the script, not the frame: a portal-looking frame from another host is refused', () => {
    // The host loads embed.js from a mirror of the portal; frames from the original host are not its own.
    const page = hostPage([`${PORTAL}/embed/polska/`, 'https://mirror.example/embed/polska/'], 'https://mirror.example/embed.js');
    page.post(0, 700);
    page.post(1, 800);
    expect(page.heights()).toEqual(['', '800px']);
  });

  it('refuses a message sent from another origin than the portal, even by a portal frame window', () => {
    const page = hostPage([`${PORTAL}/embed/polska/`]);
    page.post(0, 700, AD);
    expect(page.heights()).toEqual(['']);
  });

  it('does nothing when it cannot tell where it was loaded from', () => {
    const page = hostPage([`${PORTAL}/embed/polska/`], null);
    expect(page.listeners).toHaveLength(0);
  });

  it('caps the height at MAX_HEIGHT, the bound the embed pages themselves send', () => {
    expect(MAX_HEIGHT).toBeLessThanOrEqual(5000);
    const page = hostPage([`${PORTAL}/embed/zestawienia/`]);
    page.post(0, 20000);
    expect(page.heights()).toEqual(['']);
    page.post(0, MAX_HEIGHT);
    expect(page.heights()).toEqual([`${MAX_HEIGHT}px`]);
    // A document taller than the cap asks for the cap and scrolls inside its frame.
    expect(heightMessage(50_000).height).toBe(MAX_HEIGHT);
  });
});
