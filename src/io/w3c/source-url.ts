/**
 * Which document an annotation's target is about. Exports name a document by its URL when it has
 * one, so other tools (Hypothesis, Recogito) can find the page, and by a Slant URN otherwise.
 * Imports compare URLs loosely: the same article is often saved as `http://www.x.com/a/` in one
 * tool and `https://x.com/a?utm_source=feed#top` in another.
 */
import type { SlantDocument } from '../../domain/types';
import { documentUrn } from './identifiers';

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The IRI an exported target's `source` names: the document's http(s) URL, else its URN. */
export function documentSource(document: Pick<SlantDocument, 'id' | 'url'>): string {
  const url = document.url && parseHttpUrl(document.url);
  return url ? url.href : documentUrn(document.id);
}

/**
 * A key equal for URLs of the same page: scheme, `www.`, fragment, trailing slash and `utm_*`
 * tracking parameters ignored; other query parameters kept (they can select the article).
 * Anything that is not an http(s) URL is its own key, compared exactly.
 */
export function sourceKey(value: string): string {
  const url = parseHttpUrl(value);
  if (!url) return value.trim();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const query = [...url.searchParams].filter(([name]) => !/^utm_/i.test(name));
  const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
  return `//${host}${port}${path}${search}`;
}
