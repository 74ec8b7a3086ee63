/**
 * The author as the page shows it, for pages whose metadata names no one: the article's
 * `itemprop="author"`, then a `rel="author"` link, then the first element whose class says byline
 * or author. A byline element often holds more than the name ("Ben Silverman Games Editor",
 * "Aleš Vávra před 2 hodinami"), so the names of its links win over its whole text.
 */
import { cleanByline, joinNames } from './byline';
import { articleProperties, personValue } from './microdata';

const BYLINE_CLASSES =
  '[class*="byline"], [class*="Byline"], [class*="author"], [class*="Author"], [class*="auteur"], [class*="autor"]';
/** Longer than a byline with a date and a job title; longer elements are containers. */
const MAX_BYLINE_TEXT = 200;

function fromLinks(element: Element, siteName?: string): string | undefined {
  const names = Array.from(element.querySelectorAll('a'))
    .map((link) => cleanByline(link.textContent ?? '', siteName))
    .filter((name): name is string => name !== undefined);
  return joinNames(names);
}

function fromBylineElement(element: Element, siteName?: string): string | undefined {
  const text = element.textContent ?? '';
  if (text.trim().length === 0 || text.length > MAX_BYLINE_TEXT) return undefined;
  return fromLinks(element, siteName) ?? cleanByline(text, siteName);
}

function first<T>(items: readonly T[], read: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const value = read(item);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function pageByline(doc: Document, siteName?: string): string | undefined {
  const fromMicrodata = first(articleProperties(doc, 'author'), (element) => {
    const value = personValue(element);
    return value === undefined ? undefined : cleanByline(value, siteName);
  });
  if (fromMicrodata !== undefined) return fromMicrodata;
  const authorLinks = Array.from(doc.querySelectorAll('a[rel~="author"]'));
  const fromRel = first(authorLinks, (link) => cleanByline(link.textContent ?? '', siteName));
  if (fromRel !== undefined) return fromRel;
  const candidates = Array.from(doc.body?.querySelectorAll(BYLINE_CLASSES) ?? []);
  return first(candidates, (element) => fromBylineElement(element, siteName));
}
