import { inReadingOrder } from '../domain/reading-order';
import { reanchorAnnotations } from '../domain/reanchor-annotations';
import type { Annotation, Claim } from '../domain/types';
import { claimsRepository } from './claims-repository';
import { mergeImported, planImport } from './merge-imported';
import { readInPages } from './read-in-pages';
import type { SlantDatabase } from './slant-database';

/** Annotations read per request when all are counted: a few megabytes. */
const COUNTED_PER_PAGE = 5000;

export function annotationsRepository(db: SlantDatabase) {
  const claims = claimsRepository(db);
  return {
    get: (id: string) => db.annotations.get(id),

    /** The annotations with these ids, `undefined` for each one not (or no longer) stored. */
    getMany: (ids: readonly string[]) => db.annotations.bulkGet([...ids]),

    /** A document's annotations in reading order. */
    listForDocument: async (documentId: string) => {
      const annotations = await db.annotations.where('documentId').equals(documentId).toArray();
      return [...annotations].sort(inReadingOrder);
    },

    /**
     * The annotations of several documents, grouped by document in the order asked. One
     * `equals` query per document: Dexie reads those with `getAll`, where `anyOf` would walk a
     * cursor record by record (several times slower at thousands of annotations).
     */
    listForDocuments: async (documentIds: readonly string[]) =>
      (
        await Promise.all(
          [...new Set(documentIds)].map((id) =>
            db.annotations.where('documentId').equals(id).toArray(),
          ),
        )
      ).flat(),

    countByDocument: async () => {
      const counts = new Map<string, number>();
      await db.annotations.each((a) =>
        counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1),
      );
      return counts;
    },

    /** Per document: how many annotations in all (under `''`) and per tag. */
    countByDocumentAndTag: async () => {
      const counts = new Map<string, Map<string, number>>();
      await db.transaction('r', db.annotations, () =>
        readInPages(db.annotations, COUNTED_PER_PAGE, (page) => {
          for (const a of page) {
            const perTag = counts.get(a.documentId) ?? new Map<string, number>();
            perTag.set('', (perTag.get('') ?? 0) + 1);
            for (const tagId of a.tagIds) perTag.set(tagId, (perTag.get(tagId) ?? 0) + 1);
            counts.set(a.documentId, perTag);
          }
        }),
      );
      return counts;
    },

    put: (annotation: Annotation) => db.annotations.put(annotation),

    /**
     * Changes only the fields given, and only while the annotation exists: one deleted meanwhile
     * (in another tab, say) is never re-created by a late edit or an undo. Returns whether it was
     * there to change.
     */
    change: async (id: string, changes: Partial<Omit<Annotation, 'id'>>) =>
      (await db.annotations.update(id, changes)) > 0,

    /**
     * Reads the annotation and writes the changes `decide` makes of it, in one transaction, so a
     * change computed from the stored record (a note merged with another tab's edit) cannot miss
     * a write made meanwhile. Returns the record as written, or undefined when it was deleted.
     */
    changeWith: (id: string, decide: (stored: Annotation) => Partial<Omit<Annotation, 'id'>>) =>
      db.transaction('rw', db.annotations, async () => {
        const stored = await db.annotations.get(id);
        if (!stored) return undefined;
        const changes = decide(stored);
        await db.annotations.update(id, changes);
        return { ...stored, ...changes } as Annotation;
      }),

    /** Stores many at once, all or nothing. */
    putMany: (annotations: readonly Annotation[]) =>
      db.transaction('rw', db.annotations, () => db.annotations.bulkPut([...annotations])),

    /**
     * Deletes annotations, unlinks them from their claims and leaves a tombstone for each, in one
     * transaction; returns the claims as they were, for an undo (`restore`).
     */
    remove: (ids: readonly string[], now = new Date().toISOString()) =>
      db.transaction('rw', db.annotations, db.claims, db.tombstones, async () => {
        const existing = (await db.annotations.bulkGet([...ids])).flatMap((a) => (a ? [a] : []));
        const linked = await claims.unlinkAnnotations(ids);
        await db.annotations.bulkDelete([...ids]);
        await db.tombstones.bulkPut(
          existing.map(({ id, layerId, documentId }) => ({
            id,
            layerId,
            documentId,
            deletedAt: now,
          })),
        );
        return linked;
      }),

    /**
     * Puts annotations this tab deleted back (an undo), with the claims that linked them, and
     * lifts their tombstones, in one transaction. One whose document was deleted for good
     * meanwhile stays deleted: it would point at nothing.
     */
    restore: (annotations: readonly Annotation[], linked: readonly Claim[]) =>
      db.transaction('rw', [db.annotations, db.claims, db.tombstones, db.documents], async () => {
        const documentIds = [...new Set(annotations.map((a) => a.documentId))];
        const present = new Set(
          (await db.documents.bulkGet(documentIds)).flatMap((d) => (d ? [d.id] : [])),
        );
        const back = annotations.filter((a) => present.has(a.documentId));
        await db.tombstones.bulkDelete(back.map((a) => a.id));
        await db.annotations.bulkPut(back);
        await db.claims.bulkPut([...linked]);
      }),

    /** Whether an annotation was deleted here (and the deletion is still remembered). */
    isDeleted: async (id: string) => (await db.tombstones.get(id)) !== undefined,

    /**
     * Places a document's stored annotations on its current text and writes back those that
     * moved or were orphaned, in one transaction, so every view agrees. Run when a document is
     * opened or its text changes; returns how many changed.
     */
    reanchor: (documentId: string, text: string) =>
      db.transaction('rw', db.annotations, async () => {
        const stored = await db.annotations.where('documentId').equals(documentId).toArray();
        const { changed } = reanchorAnnotations(text, stored);
        if (changed.length > 0) await db.annotations.bulkPut(changed);
        return changed.length;
      }),

    /** What importing these annotations would do (`merge-imported.ts`), for the summary. */
    planImport: (incoming: readonly Annotation[]) => planImport(db, incoming),

    /** Imports annotations under the merge rule; returns what was done. */
    mergeImported: (incoming: Parameters<typeof mergeImported>[1], now: string) =>
      mergeImported(db, incoming, now),
  };
}
