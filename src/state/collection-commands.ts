import type { Collection } from '../domain/types';
import { collections } from '../storage';

/**
 * Collections and their documents, as the user arranges them. Storage keeps both sides (a
 * document's collections, a collection's documents) in step.
 */
export async function createCollection(name: string, description = ''): Promise<Collection> {
  const collection: Collection = {
    id: `collection-${crypto.randomUUID()}`,
    name: name.trim(),
    description,
    documentIds: [],
  };
  await collections.add(collection);
  return collection;
}

export const renameCollection = (id: string, name: string) =>
  collections.update(id, { name: name.trim() });

export const describeCollection = (id: string, description: string) =>
  collections.update(id, { description });

/** Deletes the collection only; its documents stay in the library. */
export const deleteCollection = (id: string) => collections.remove(id);

export async function moveWithinCollection(collection: Collection, documentId: string, by: -1 | 1) {
  const from = collection.documentIds.indexOf(documentId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= collection.documentIds.length) return;
  const documentIds = [...collection.documentIds];
  documentIds.splice(from, 1);
  documentIds.splice(to, 0, documentId);
  await collections.update(collection.id, { documentIds });
}

/** Sets which collections a document is in, appending it to the end of any it joins. */
export const setDocumentCollections = (documentId: string, collectionIds: readonly string[]) =>
  collections.setForDocument(documentId, collectionIds);

/** Moves a document from one collection to another (keeping any others it is in). */
export const moveToCollection = (documentId: string, from: string, to: string) =>
  collections.moveDocument(documentId, from, to);
