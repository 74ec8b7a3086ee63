/**
 * The `<meta>` tags of a saved page, by name: Open Graph and `article:` use `property`, most
 * others `name`, and Parse.ly also packs its fields into one JSON `parsely-page` tag. Values are
 * raw, as the page wrote them; `html-metadata.ts` checks them.
 */

export type MetaReader = (...keys: string[]) => string | undefined;

interface ParselyPage {
  title?: string;
  author?: string;
  pubDate?: string;
}

/** Reads the page's meta tags once; the reader returns the first key that has a value. */
export function metaReader(doc: Document): MetaReader {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (!content?.trim()) continue;
    // `property="og:title article:title"` names the same value twice.
    const names = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''}`;
    for (const name of names.toLowerCase().split(/\s+/)) {
      if (name && !values.has(name)) values.set(name, content);
    }
  }
  return (...keys) => keys.map((key) => values.get(key)).find((value) => value !== undefined);
}

function field(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** Parse.ly's `parsely-page` JSON (`{"title": …, "author": …, "pub_date": …}`), if any. */
export function parselyPage(meta: MetaReader): ParselyPage {
  const json = meta('parsely-page');
  if (json === undefined) return {};
  try {
    const record: unknown = JSON.parse(json);
    if (typeof record !== 'object' || record === null) return {};
    const fields = record as Record<string, unknown>;
    return {
      title: field(fields, 'title'),
      author: field(fields, 'author') ?? field(fields, 'authors'),
      pubDate: field(fields, 'pub_date'),
    };
  } catch {
    return {};
  }
}
