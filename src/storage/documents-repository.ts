import type { Annotation, SlantDocument } from '../domain/types';
import { annotationsRepository } from './annotations-repository';
import { collectionsRepository } from './collections-repository';
import { contentChangedKey } from './lesson-dates';
import type { SlantDatabase } from './slant-database';

/** A document's details that can be corrected (not its text); a field left empty is cleared. */
export type DocumentDetails = Pick<SlantDocument, 'title'> &
  Partial<Pick<SlantDocument, 'outletId' | 'author' | 'publishedAt' | 'url'>>;

/** How many moved annotations `saveText` writes per task. */
const SAVE_TEXT_SLICE = 100;

export function documentsRepository(db: SlantDatabase) {
  const annotations = annotationsRepository(db);
  const collections = collectionsRepository(db);
  return {
    get: (id: string) => db.documents.get(id),

    /** The documents with these ids that exist, in the order asked. */
    getMany: async (ids: readonly string[]) =>
      (await db.documents.bulkGet([...ids])).flatMap((d) => (d ? [d] : [])),

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

    /** The stored documents (trash included) that have any of these content hashes, by hash. */
    findByContentHashes: async (hashes: readonly string[]) => {
      const found = await db.documents
        .where('contentHash')
        .anyOf([...hashes])
        .toArray();
      return new Map(found.map((d) => [d.contentHash, d]));
    },

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

    /** Stores imported documents and their places in their collections, all or nothing. */
    addImported: (docs: readonly SlantDocument[]) =>
      db.transaction('rw', db.documents, db.collections, async () => {
        await db.documents.bulkAdd([...docs]);
        const byCollection = new Map<string, string[]>();
        for (const doc of docs) {
          for (const id of doc.collectionIds)
            byCollection.set(id, [...(byCollection.get(id) ?? []), doc.id]);
        }
        for (const [collectionId, ids] of byCollection) {
          await db.collections
            .where('id')
            .equals(collectionId)
            .modify((c) => {
              c.documentIds = [
                ...c.documentIds,
                ...ids.filter((id) => !c.documentIds.includes(id)),
              ];
            });
        }
      }),

    update: (id: string, changes: Partial<Omit<SlantDocument, 'id'>>) =>
      db.documents.update(id, changes),

    /** Corrects a document's details and sets its collections, in one transaction. */
    updateDetails: (id: string, details: DocumentDetails, collectionIds: readonly string[]) =>
      db.transaction('rw', db.documents, db.collections, async () => {
        await db.documents
          .where('id')
          .equals(id)
          .modify((d) => {
            d.title = details.title.trim();
            for (const key of ['outletId', 'author', 'publishedAt', 'url'] as const) {
              const value = details[key]?.trim();
              if (value) d[key] = value;
              else delete d[key];
            }
          });
        await collections.setForDocument(id, collectionIds);
      }),

    /**
     * Saves an edited text together with where its annotations now stand, in one transaction:
     * the text and the annotations can never disagree, even if the tab closes mid-save.
     */
    saveText: (id: string, text: string, hash: string, moved: readonly Annotation[]) =>
      db.transaction('rw', db.documents, db.annotations, async () => {
        await db.documents.update(id, { text, contentHash: hash });
        // An edit early in a long text moves thousands of annotations. Written a slice at a
        // time, each slice in its own task, so that typing goes on between them (one write of
        // them all held the page for over 100 ms); still one transaction, all or nothing.
        for (let i = 0; i < moved.length; i += SAVE_TEXT_SLICE) {
          await db.annotations.bulkPut(moved.slice(i, i + SAVE_TEXT_SLICE));
        }
      }),

    /**
     * Deletes a document for good, with its annotations (unlinked from claims), its dismissed
     * suggestions and its place in collections and lessons, all or nothing: nothing is left
     * pointing at it, so a backup taken afterwards restores.
     */
    remove: (id: string, now = new Date()) =>
      db.transaction(
        'rw',
        [
          db.documents,
          db.annotations,
          db.collections,
          db.dismissedSuggestions,
          db.claims,
          db.tombstones,
          db.lessons,
          db.meta,
        ],
        async () => {
          const annotationIds = await db.annotations.where('documentId').equals(id).primaryKeys();
          await annotations.remove(annotationIds);
          await db.dismissedSuggestions.where('documentId').equals(id).delete();
          await db.collections
            .filter((c) => c.documentIds.includes(id))
            .modify((c) => {
              c.documentIds = c.documentIds.filter((docId) => docId !== id);
            });
          // A lesson loses the article as an edit would take it out, and records when.
          const inLessons = await db.lessons.filter((l) => l.documentIds.includes(id)).toArray();
          await db.lessons.bulkPut(
            inLessons.map((l) => ({ ...l, documentIds: l.documentIds.filter((d) => d !== id) })),
          );
          await db.meta.bulkPut(
            inLessons.map((l) => ({ key: contentChangedKey(l.id), value: now.toISOString() })),
          );
          await db.documents.delete(id);
        },
      ),
  };
}
