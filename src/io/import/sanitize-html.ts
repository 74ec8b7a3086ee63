/**
 * DOMPurify over an imported page's body before Readability sees it: scripts, event handlers,
 * `javascript:` URLs, frames, embedded objects, SVG and MathML go. Slant never renders imported
 * HTML, and the sanitised markup is only parsed again into an inert document to extract text, so
 * this is a second wall, not the only one: whatever slipped past could still not run.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { HtmlWindow } from './html-environment';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  // Media and embedded content carry no article text; URLs are never needed for text.
  FORBID_TAGS: ['img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area'],
  ADD_FORBID_CONTENTS: ['object', 'embed', 'button', 'select', 'textarea', 'datalist', 'canvas'],
  FORBID_ATTR: ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background', 'ping'],
  ALLOW_DATA_ATTR: false,
  // `class`, `id` and `style` stay: Readability scores by them ("comment", "sidebar", hidden).
};

const purifiers = new WeakMap<HtmlWindow, DOMPurify>();

function purifierFor(window: HtmlWindow): DOMPurify {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    // Without a DOM, DOMPurify returns its input unchanged; refuse rather than pass it on.
    if (!purify.isSupported) throw new Error('DOMPurify cannot sanitise with this window.');
    purifiers.set(window, purify);
  }
  return purify;
}

/** The body's markup, sanitised, as a string. */
export function sanitizeBody(doc: Document, window: HtmlWindow): string {
  return purifierFor(window).sanitize(doc.body?.innerHTML ?? '', CONFIG);
}
