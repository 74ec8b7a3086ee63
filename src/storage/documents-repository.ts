import type { SlantDocument } from '../domain/types';
import type { SlantDatabase } from './database';

export function documentsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.documents.get(id),

    /** Documents not in the trash, newest import first. */
    list: () =>
      db.documents
        .orderBy('importedAt')
        .reverse()
        .filter((d) => !d.deletedAt)
        .toArray(),

    /** Documents in the trash, most recently deleted first. */
    listTrash: () => db.documents.where('deletedAt').above('').reverse().sortBy('deletedAt'),

    findByContentHash: (hash: string) => db.documents.where('contentHash').equals(hash).first(),

    moveToTrash: (id: string, now: Date = new Date()) =>
      db.documents.update(id, { deletedAt: now.toISOString() }),

    restore: (id: string) =>
      db.documents
        .where('id')
        .equals(id)
        .modify((d) => {
          delete d.deletedAt;
        }),

    add: (doc: SlantDocument) => db.documents.add(doc),

    update: (id: string, changes: Partial<Omit<SlantDocument, 'id'>>) =>
      db.documents.update(id, changes),

    /**
     * Deletes a document for good, with its annotations (unlinked from claims), its dismissed
     * suggestions and its place in collections, all or nothing.
     */
    remove: (id: string) =>
      db.transaction(
        'rw',
        [db.documents, db.annotations, db.collections, db.dismissedSuggestions, db.claims],
        async () => {
          const annotationIds = await db.annotations.where('documentId').equals(id).primaryKeys();
          const gone = new Set(annotationIds);
          await db.claims
            .where('annotationIds')
            .anyOf(annotationIds)
            .modify((c) => {
              c.annotationIds = c.annotationIds.filter((a) => !gone.has(a));
            });
          await db.annotations.where('documentId').equals(id).delete();
          await db.dismissedSuggestions.where('documentId').equals(id).delete();
          await db.collections
            .filter((c) => c.documentIds.includes(id))
            .modify((c) => {
              c.documentIds = c.documentIds.filter((docId) => docId !== id);
            });
          await db.documents.delete(id);
        },
      ),
  };
}
