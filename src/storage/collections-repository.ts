import type { Collection } from '../domain/types';
import type { SlantDatabase } from './slant-database';

/**
 * Collections and their documents. A document lists its collections and a collection lists its
 * documents in order; every change here updates both sides in one transaction.
 */
export function collectionsRepository(db: SlantDatabase) {
  /** Sets which collections a document is in, appending it to the end of any it joins. */
  const setForDocument = (documentId: string, collectionIds: readonly string[]) =>
    db.transaction('rw', db.collections, db.documents, async () => {
      const wanted = new Set(collectionIds);
      await db.collections.toCollection().modify((c) => {
        const has = c.documentIds.includes(documentId);
        if (wanted.has(c.id) && !has) c.documentIds = [...c.documentIds, documentId];
        if (!wanted.has(c.id) && has)
          c.documentIds = c.documentIds.filter((id) => id !== documentId);
      });
      await db.documents.update(documentId, { collectionIds: [...wanted] });
    });

  return {
    get: (id: string) => db.collections.get(id),

    list: () => db.collections.orderBy('name').toArray(),

    put: (collection: Collection) => db.collections.put(collection),

    add: (collection: Collection) => db.collections.add(collection),

    update: (id: string, changes: Partial<Omit<Collection, 'id'>>) =>
      db.collections.update(id, changes),

    /** Deletes the collection only; its documents stay in the library. */
    remove: (id: string) =>
      db.transaction('rw', db.collections, db.documents, async () => {
        await db.documents
          .where('collectionIds')
          .equals(id)
          .modify((d) => {
            d.collectionIds = d.collectionIds.filter((c) => c !== id);
          });
        await db.collections.delete(id);
      }),

    setForDocument,

    /** Moves a document from one collection to another (keeping any others it is in). */
    moveDocument: (documentId: string, from: string, to: string) =>
      db.transaction('rw', db.collections, db.documents, async () => {
        const doc = await db.documents.get(documentId);
        if (!doc) return;
        const ids = doc.collectionIds.filter((id) => id !== from);
        await setForDocument(documentId, ids.includes(to) ? ids : [...ids, to]);
      }),
  };
}
