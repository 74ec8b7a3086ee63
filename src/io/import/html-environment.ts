/**
 * The DOM that the HTML importer borrows. `src/io` runs in browsers, workers, the CLI and Node
 * tests, and must not reach for a global `window` or `document`: the app passes the page's own
 * window (its DOMParser makes inert documents, in which no script runs and nothing loads), tests
 * and the CLI pass a jsdom window.
 */
import type { WindowLike } from 'dompurify';

export type HtmlWindow = WindowLike;

export interface HtmlEnvironment {
  /** The window DOMPurify sanitises with. */
  window: HtmlWindow;
  /** Parses HTML into an inert document: no scripts run, nothing is fetched. */
  parseHtml: (html: string) => Document;
}

/** An environment over a window's own DOMParser, e.g. `htmlEnvironment(window)` in the app. */
export function htmlEnvironment(window: HtmlWindow): HtmlEnvironment {
  const parser = new window.DOMParser();
  return { window, parseHtml: (html) => parser.parseFromString(html, 'text/html') };
}

/** The text of a snippet that may contain markup or entities, e.g. a JSON-LD author name. */
export function textOfMarkup(value: string, env: HtmlEnvironment): string {
  if (!/[<&]/.test(value)) return value;
  const doc = env.parseHtml(`<!DOCTYPE html><html><body>${value}</body></html>`);
  doc.body.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
  return doc.body.textContent ?? '';
}
