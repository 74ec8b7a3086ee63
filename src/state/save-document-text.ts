import { contentHash } from '../domain/content-hash';
import type { Annotation, SlantDocument } from '../domain/types';
import { documents } from '../storage';

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
  await documents.saveText(doc.id, text, hash, changed);
}
