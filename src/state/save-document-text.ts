import { contentHash } from '../domain/content-hash';
import type { Annotation, SlantDocument } from '../domain/types';
import { documents } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Saves an edited text together with where its annotations now stand, in one transaction: the
 * text and the annotations can never disagree, even if the tab closes mid-save. A member's copy
 * of a space's document is refused (SharedRecordError): only the space's owners change it.
 */
export async function saveDocumentText(
  doc: SlantDocument,
  text: string,
  before: readonly Annotation[],
  after: readonly Annotation[],
): Promise<void> {
  await refuseSharedEdit('documents', [doc.id]);
  const hash = await contentHash(text);
  const now = new Date().toISOString();
  const changed = after.filter((a, i) => a !== before[i]).map((a) => ({ ...a, updatedAt: now }));
  await documents.saveText(doc.id, text, hash, changed);
}
