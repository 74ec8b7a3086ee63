import { useLiveQuery } from 'dexie-react-hooks';
import { annotationsRepository } from '../storage/annotations-repository';
import { collectionsRepository } from '../storage/collections-repository';
import { documentsRepository } from '../storage/documents-repository';
import { outletsRepository } from '../storage/outlets-repository';
import { tagsRepository } from '../storage/tags-repository';
import { db } from './database';

/**
 * React hooks over the database. They re-render on every change, from this tab or another, so
 * components never cache records themselves. Each returns `undefined` while loading.
 */

export const useDocuments = () => useLiveQuery(() => documentsRepository(db).list(), []);

/** `null` when no document has this id. */
export const useDocument = (id: string) =>
  useLiveQuery(async () => (await documentsRepository(db).get(id)) ?? null, [id]);

export const useCollections = () => useLiveQuery(() => collectionsRepository(db).list(), []);

export const useOutlets = () => useLiveQuery(() => outletsRepository(db).list(), []);

export const useTags = () => useLiveQuery(() => tagsRepository(db).list(), []);

export const useTrash = () => useLiveQuery(() => documentsRepository(db).listTrash(), []);

/** Annotations per document and tag, for the library's counts and sorting. */
export const useAnnotationCounts = () =>
  useLiveQuery(() => annotationsRepository(db).countByDocumentAndTag(), []);

/** Every claim, by name. */
export const useClaims = () => useLiveQuery(() => db.claims.orderBy('name').toArray(), []);

/** The annotations of several documents, for views that show them side by side. */
export const useAnnotationsOf = (documentIds: readonly string[]) =>
  useLiveQuery(
    () =>
      db.annotations
        .where('documentId')
        .anyOf([...documentIds])
        .toArray(),
    [documentIds.join('\n')],
  );

/** The suggestions the reader rejected in these documents. */
export const useDismissedSuggestions = (documentIds: readonly string[]) =>
  useLiveQuery(
    () =>
      db.dismissedSuggestions
        .where('documentId')
        .anyOf([...documentIds])
        .toArray(),
    [documentIds.join('\n')],
  );
