import type { SlantDocument } from '../domain/types';
import { db } from './database';

/**
 * Saving what the user accepted in the import preview: every document, and its place in its
 * collection, in one transaction, so a failure leaves the library exactly as it was.
 */
export async function saveImportedDocuments(docs: readonly SlantDocument[]): Promise<void> {
  await db.transaction('rw', db.documents, db.collections, async () => {
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
          c.documentIds = [...c.documentIds, ...ids.filter((id) => !c.documentIds.includes(id))];
        });
    }
  });
}

/** The stored documents (trash included) that have any of these content hashes, by hash. */
export async function documentsWithHashes(
  hashes: readonly string[],
): Promise<Map<string, SlantDocument>> {
  const found = await db.documents
    .where('contentHash')
    .anyOf([...hashes])
    .toArray();
  return new Map(found.map((d) => [d.contentHash, d]));
}
