import {
  annotations,
  claims,
  collections,
  dismissedSuggestions,
  documents,
  layers,
  outlets,
  tags,
  useLiveRead,
} from '../storage';

/**
 * React hooks over storage's queries. They re-render on every change, from this tab or another,
 * so components never cache records themselves. Each returns `undefined` while loading.
 */

export const useDocuments = () => useLiveRead(() => documents.list(), []);

/** `null` when no document has this id. */
export const useDocument = (id: string) =>
  useLiveRead(async () => (await documents.get(id)) ?? null, [id]);

export const useCollections = () => useLiveRead(() => collections.list(), []);

export const useOutlets = () => useLiveRead(() => outlets.list(), []);

export const useTags = () => useLiveRead(() => tags.list(), []);

export const useTrash = () => useLiveRead(() => documents.listTrash(), []);

/** Annotations per document and tag, for the library's counts and sorting. */
export const useAnnotationCounts = () => useLiveRead(() => annotations.countByDocumentAndTag(), []);

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
