import type { SlantDocument } from '../../domain/types';
import { letterPairs, mayContain } from './letter-pairs';

/**
 * The library's search over titles and full text, fast enough for thousands of articles: each
 * text is lower-cased once (until it changes), not on every keystroke, and a search that extends
 * the previous one (another letter typed) looks only among the previous one's matches, and a
 * text is read in full only when it holds every pair of adjacent letters typed (`letter-pairs`). The rule
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

/** Each text in lower case, and the pairs of adjacent characters it holds. */
export const foldedTexts = perText((text) => {
  const folded = text.toLowerCase();
  return { folded, pairs: letterPairs(folded) };
});

interface Searchable {
  doc: SlantDocument;
  title: string;
}

let last: { rows: readonly Searchable[]; needle: string; ids: ReadonlySet<string> } | undefined;

/** The ids of the rows whose title or text contains `needle` (already trimmed and lower-cased). */
export function matchingIds(rows: readonly Searchable[], needle: string): ReadonlySet<string> {
  const narrowed =
    last && last.rows === rows && needle.includes(last.needle) ? last.ids : undefined;
  const needlePairs = letterPairs(needle);
  const ids = new Set<string>();
  for (const row of rows) {
    if (narrowed && !narrowed.has(row.doc.id)) continue;
    if (row.title.toLowerCase().includes(needle)) {
      ids.add(row.doc.id);
      continue;
    }
    const text = foldedTexts.of(row.doc);
    if (mayContain(text.pairs, needlePairs) && text.folded.includes(needle)) ids.add(row.doc.id);
  }
  last = { rows, needle, ids };
  return ids;
}

/**
 * Prepares the texts for searching a few at a time between frames, after the list is shown, so
 * that the first letter typed does not wait for thousands of texts. Returns how to stop.
 */
export function prepareForSearch(docs: readonly SlantDocument[]): () => void {
  let at = 0;
  const step = () => {
    const until = performance.now() + 8;
    while (at < docs.length && performance.now() < until) foldedTexts.of(docs[at++]!);
    if (at < docs.length) timer = setTimeout(step, 0);
  };
  let timer = setTimeout(step, 500);
  return () => clearTimeout(timer);
}
