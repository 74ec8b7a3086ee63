import type { Collection } from '../domain/types';
import { db } from './database';

/**
 * Collections and their documents. A document lists its collections and a collection lists its
 * documents in order; every change here updates both sides in one transaction.
 */
export async function createCollection(name: string, description = ''): Promise<Collection> {
  const collection: Collection = {
    id: `collection-${crypto.randomUUID()}`,
    name: name.trim(),
    description,
    documentIds: [],
  };
  await db.collections.add(collection);
  return collection;
}

export const renameCollection = (id: string, name: string) =>
  db.collections.update(id, { name: name.trim() });

export const describeCollection = (id: string, description: string) =>
  db.collections.update(id, { description });

/** Deletes the collection only; its documents stay in the library. */
export const deleteCollection = (id: string) =>
  db.transaction('rw', db.collections, db.documents, async () => {
    await db.documents
      .where('collectionIds')
      .equals(id)
      .modify((d) => {
        d.collectionIds = d.collectionIds.filter((c) => c !== id);
      });
    await db.collections.delete(id);
  });

export async function moveWithinCollection(collection: Collection, documentId: string, by: -1 | 1) {
  const from = collection.documentIds.indexOf(documentId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= collection.documentIds.length) return;
  const documentIds = [...collection.documentIds];
  documentIds.splice(from, 1);
  documentIds.splice(to, 0, documentId);
  await db.collections.update(collection.id, { documentIds });
}

/** Sets which collections a document is in, appending it to the end of any it joins. */
export const setDocumentCollections = (documentId: string, collectionIds: readonly string[]) =>
  db.transaction('rw', db.collections, db.documents, async () => {
    const wanted = new Set(collectionIds);
    await db.collections.toCollection().modify((c) => {
      const has = c.documentIds.includes(documentId);
      if (wanted.has(c.id) && !has) c.documentIds = [...c.documentIds, documentId];
      if (!wanted.has(c.id) && has) c.documentIds = c.documentIds.filter((id) => id !== documentId);
    });
    await db.documents.update(documentId, { collectionIds: [...wanted] });
  });

/** Moves a document from one collection to another (keeping any others it is in). */
export async function moveToCollection(documentId: string, from: string, to: string) {
  const doc = await db.documents.get(documentId);
  if (!doc) return;
  const ids = doc.collectionIds.filter((id) => id !== from);
  await setDocumentCollections(documentId, ids.includes(to) ? ids : [...ids, to]);
}
