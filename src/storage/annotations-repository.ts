import type { Annotation } from '../domain/types';
import type { SlantDatabase } from './database';

export function annotationsRepository(db: SlantDatabase) {
  return {
    get: (id: string) => db.annotations.get(id),

    /** A document's annotations in reading order. */
    listForDocument: async (documentId: string) => {
      const annotations = await db.annotations.where('documentId').equals(documentId).toArray();
      return [...annotations].sort(
        (a, b) => a.target.start - b.target.start || a.target.end - b.target.end,
      );
    },

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
      await db.annotations.each((a) => {
        const perTag = counts.get(a.documentId) ?? new Map<string, number>();
        perTag.set('', (perTag.get('') ?? 0) + 1);
        for (const tagId of a.tagIds) perTag.set(tagId, (perTag.get(tagId) ?? 0) + 1);
        counts.set(a.documentId, perTag);
      });
      return counts;
    },

    put: (annotation: Annotation) => db.annotations.put(annotation),

    remove: (id: string) => db.annotations.delete(id),
  };
}
