import {
  annotations,
  claims,
  collections,
  dismissedSuggestions,
  documents,
  layers,
  outlets,
  keptRead,
  tags,
  useKeptRead,
  useLiveRead,
} from '../storage';

/**
 * React hooks over storage's queries. They re-render on every change, from this tab or another,
 * so components never cache records themselves. Each returns `undefined` while loading.
 */

/** The documents with these ids that exist (trash included), in the order asked. */
export const useDocumentsById = (ids: readonly string[]) =>
  useLiveRead(() => documents.getMany(ids), [ids.join('\n')]);

/** `null` when no document has this id. */
export const useDocument = (id: string) =>
  useLiveRead(async () => (await documents.get(id)) ?? null, [id]);

export const useCollections = () => useLiveRead(() => collections.list(), []);

export const useOutlets = () => useLiveRead(() => outlets.list(), []);

export const useTags = () => useLiveRead(() => tags.list(), []);

/**
 * Every document (not in the trash), and the annotations per document and tag (for the library's
 * counts and sorting): kept in memory between views, since a library of thousands is too much to
 * read again each time a view opens; read again only after they change.
 */
const keptDocuments = keptRead(['documents'], () => documents.list());
const keptCounts = keptRead(['annotations'], () => annotations.countByDocumentAndTag());
export const useDocuments = () => useKeptRead(keptDocuments);
export const useAnnotationCounts = () => useKeptRead(keptCounts);

export const useTrash = () => useLiveRead(() => documents.listTrash(), []);

/** Every claim, by name. */
export const useClaims = () => useLiveRead(() => claims.listByName(), []);

/** The annotations of several documents, for views that show them side by side. */
export const useAnnotationsOf = (documentIds: readonly string[]) =>
  useLiveRead(() => annotations.listForDocuments(documentIds), [documentIds.join('\n')]);

/** The suggestions the reader rejected in these documents. */
export const useDismissedSuggestions = (documentIds: readonly string[]) =>
  useLiveRead(() => dismissedSuggestions.listForDocuments(documentIds), [documentIds.join('\n')]);

/** Every annotation layer: the user's own first, then keys, imports and others' work. */
export const useLayers = () => useLiveRead(() => layers.list(), []);
