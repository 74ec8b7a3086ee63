import { contentHash } from '../domain/content-hash';
import type { Annotation, SlantDocument } from '../domain/types';
import { db } from './database';

/**
 * Saves an edited text together with where its annotations now stand, in one transaction: the
 * text and the annotations can never disagree, even if the tab closes mid-save.
 */
export async function saveDocumentText(
  doc: SlantDocument,
  text: string,
  before: readonly Annotation[],
  after: readonly Annotation[],
): Promise<void> {
  const hash = await contentHash(text);
  const now = new Date().toISOString();
  const changed = after.filter((a, i) => a !== before[i]).map((a) => ({ ...a, updatedAt: now }));
  await db.transaction('rw', db.documents, db.annotations, async () => {
    await db.documents.update(doc.id, { text, contentHash: hash });
    if (changed.length > 0) await db.annotations.bulkPut(changed);
  });
}
