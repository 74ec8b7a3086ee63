import type { SlantDocument } from '../../domain/types';

/**
 * The library's search over titles and full text, fast enough for thousands of articles: each
 * text is lower-cased once (until it changes), not on every keystroke, and a search that extends
 * the previous one (another letter typed) looks only among the previous one's matches. The rule
 * stays the simple one a user expects: the title or the text contains what was typed, in any case.
 */

/**
 * Something computed from a document's text once per version of it (by content hash): `keepOnly`
 * forgets the documents no longer listed (deleted, or in the trash).
 */
export function perText<T>(compute: (text: string) => T) {
  const kept = new Map<string, { hash: string; value: T }>();
  return {
    of(doc: SlantDocument): T {
      const found = kept.get(doc.id);
      if (found && found.hash === doc.contentHash) return found.value;
      const value = compute(doc.text);
      kept.set(doc.id, { hash: doc.contentHash, value });
      return value;
    },
    keepOnly(docs: readonly SlantDocument[]) {
      const ids = new Set(docs.map((d) => d.id));
      for (const id of kept.keys()) if (!ids.has(id)) kept.delete(id);
    },
  };
}

/** Each text in lower case. */
export const foldedTexts = perText((text) => text.toLowerCase());

interface Searchable {
  doc: SlantDocument;
  title: string;
}

let last: { rows: readonly Searchable[]; needle: string; ids: ReadonlySet<string> } | undefined;

/** The ids of the rows whose title or text contains `needle` (already trimmed and lower-cased). */
export function matchingIds(rows: readonly Searchable[], needle: string): ReadonlySet<string> {
  const narrowed =
    last && last.rows === rows && needle.includes(last.needle) ? last.ids : undefined;
  const ids = new Set<string>();
  for (const row of rows) {
    if (narrowed && !narrowed.has(row.doc.id)) continue;
    if (row.title.toLowerCase().includes(needle) || foldedTexts.of(row.doc).includes(needle))
      ids.add(row.doc.id);
  }
  last = { rows, needle, ids };
  return ids;
}
