/**
 * The Unplaced list: imported annotations on no document yet, and notes on a whole page. The
 * W3C import adds to it (`merge-imported.ts`); when articles arrive, state places what waits
 * (`io/w3c` `placeUnplaced`) and `settle` moves the placed ones out of the list, all or nothing.
 */
import type { UnplacedAnnotation } from '../domain/records';
import type { Annotation } from '../domain/types';
import type { SlantDatabase } from './slant-database';

const newestFirst = (a: UnplacedAnnotation, b: UnplacedAnnotation) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

export function unplacedRepository(db: SlantDatabase) {
  return {
    list: async () => [...(await db.unplaced.toArray())].sort(newestFirst),

    /** Those on no document yet (page notes on their article are not waiting). */
    waiting: () => db.unplaced.filter((u) => u.documentId === undefined).toArray(),

    /** Notes on the whole of one article. */
    pageNotesOf: (documentId: string) =>
      db.unplaced.where('documentId').equals(documentId).toArray(),

    remove: (id: string) => db.unplaced.delete(id),

    /**
     * Takes placed annotations and page notes out of the list: an annotation is added and its
     * entry removed, a page note is kept on its document. An entry changed or removed since it
     * was read (another tab) is left alone, and an annotation already here or deleted is never
     * written over or brought back. Returns how many annotations and notes were placed.
     */
    settle: (
      read: readonly UnplacedAnnotation[],
      placed: { annotations: readonly Annotation[]; pageNotes: readonly UnplacedAnnotation[] },
    ) =>
      db.transaction('rw', [db.unplaced, db.annotations, db.tombstones], async () => {
        const asRead = new Map(read.map((u) => [u.id, u.updatedAt]));
        const ids = [...placed.annotations, ...placed.pageNotes].map((p) => p.id);
        const current = new Map(
          (await db.unplaced.bulkGet(ids)).flatMap((u) => (u ? [[u.id, u] as const] : [])),
        );
        const unchanged = (id: string) => current.get(id)?.updatedAt === asRead.get(id);
        const taken = new Set([
          ...(await db.annotations.bulkGet(ids)).flatMap((a) => (a ? [a.id] : [])),
          ...(await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])),
        ]);
        const annotations = placed.annotations.filter((a) => unchanged(a.id) && !taken.has(a.id));
        const pageNotes = placed.pageNotes.filter((n) => unchanged(n.id));
        await db.annotations.bulkAdd(annotations);
        await db.unplaced.bulkDelete(
          placed.annotations.filter((a) => unchanged(a.id)).map((a) => a.id),
        );
        await db.unplaced.bulkPut(pageNotes);
        return { annotations: annotations.length, pageNotes: pageNotes.length };
      }),
  };
}
