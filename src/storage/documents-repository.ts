import type { SlantDocument } from '../domain/types';
import type { SlantDatabase } from './database';

export function documentsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.documents.get(id),

    /** Newest import first. */
    list: () => db.documents.orderBy('importedAt').reverse().toArray(),

    findByContentHash: (hash: string) => db.documents.where('contentHash').equals(hash).first(),

    add: (doc: SlantDocument) => db.documents.add(doc),

    update: (id: string, changes: Partial<Omit<SlantDocument, 'id'>>) =>
      db.documents.update(id, changes),

    /** Removes a document with its annotations and its place in collections, all or nothing. */
    remove: (id: string) =>
      db.transaction('rw', db.documents, db.annotations, db.collections, async () => {
        await db.annotations.where('documentId').equals(id).delete();
        await db.collections
          .filter((c) => c.documentIds.includes(id))
          .modify((c) => {
            c.documentIds = c.documentIds.filter((docId) => docId !== id);
          });
        await db.documents.delete(id);
      }),
  };
}
