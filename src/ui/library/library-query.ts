import { displayTitle } from '../../domain/document-title';
import { countWords } from '../../domain/text-stats';
import type { Affiliation, Collection, Outlet, SlantDocument } from '../../domain/types';
import { foldedTexts, matchingIds, perText } from './text-search';

/**
 * The library's rows, and how the user narrows and orders them: pure functions of the records,
 * so the view stays a view and the rules can be tested.
 */
export interface LibraryRow {
  doc: SlantDocument;
  title: string;
  outlet?: Outlet;
  collections: Collection[];
  words: number;
  /** Annotations in all (under `''`) and per tag. */
  counts: ReadonlyMap<string, number>;
}

export type SortKey = 'collection' | 'imported' | 'published' | 'title' | `tag:${string}`;

export interface LibraryQuery {
  search: string;
  collectionId: string;
  outletId: string;
  affiliation: Affiliation | '';
  sort: SortKey;
}

export const EMPTY_QUERY: LibraryQuery = {
  search: '',
  collectionId: '',
  outletId: '',
  affiliation: '',
  sort: 'collection',
};

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** Words per document, counted once per version of its text. */
const wordCounts = perText(countWords);

export function toRows(
  docs: readonly SlantDocument[],
  outlets: readonly Outlet[],
  collections: readonly Collection[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
): LibraryRow[] {
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  wordCounts.keepOnly(docs);
  foldedTexts.keepOnly(docs);
  return docs.map((doc) => ({
    doc,
    title: displayTitle(doc),
    outlet: doc.outletId ? outletById.get(doc.outletId) : undefined,
    collections: collections.filter((c) => doc.collectionIds.includes(c.id)),
    words: wordCounts.of(doc),
    counts: counts.get(doc.id) ?? NO_COUNTS,
  }));
}

function matches(row: LibraryRow, query: LibraryQuery): boolean {
  if (query.collectionId && !row.doc.collectionIds.includes(query.collectionId)) return false;
  if (query.outletId && row.doc.outletId !== query.outletId) return false;
  if (query.affiliation && (row.outlet?.affiliation ?? 'unknown') !== query.affiliation)
    return false;
  return true;
}

function comparator(sort: SortKey, collections: readonly Collection[]) {
  const byTitle = (a: LibraryRow, b: LibraryRow) => a.title.localeCompare(b.title);
  if (sort === 'title') return byTitle;
  if (sort === 'imported') {
    return (a: LibraryRow, b: LibraryRow) => b.doc.importedAt.localeCompare(a.doc.importedAt);
  }
  if (sort === 'published') {
    // Newest first; documents without a date last.
    return (a: LibraryRow, b: LibraryRow) =>
      (b.doc.publishedAt ?? '').localeCompare(a.doc.publishedAt ?? '') || byTitle(a, b);
  }
  if (sort.startsWith('tag:')) {
    const tagId = sort.slice(4);
    return (a: LibraryRow, b: LibraryRow) =>
      (b.counts.get(tagId) ?? 0) - (a.counts.get(tagId) ?? 0) || byTitle(a, b);
  }
  // Collection order, as the curator arranged it; documents in no collection last.
  const rank = new Map<string, number>();
  collections.forEach((c, ci) => c.documentIds.forEach((id, di) => rank.set(id, ci * 1e6 + di)));
  return (a: LibraryRow, b: LibraryRow) =>
    (rank.get(a.doc.id) ?? Infinity) - (rank.get(b.doc.id) ?? Infinity) ||
    b.doc.importedAt.localeCompare(a.doc.importedAt);
}

export function queryRows(
  rows: readonly LibraryRow[],
  query: LibraryQuery,
  collections: readonly Collection[],
): LibraryRow[] {
  const needle = query.search.trim().toLowerCase();
  const found = needle ? matchingIds(rows, needle) : undefined;
  return rows
    .filter((row) => (!found || found.has(row.doc.id)) && matches(row, query))
    .sort(comparator(query.sort, collections));
}
