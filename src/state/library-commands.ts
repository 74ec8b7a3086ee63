import { documents, forgetDerived } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Moving documents to and from the trash, and emptying it: the library's destructive acts. A
 * member may not trash a space's document (SharedRecordError): it is the owners' to remove.
 * Deleting for good also forgets what was worked out from the text (Compare's sources).
 */
export async function moveToTrash(id: string) {
  await refuseSharedEdit('documents', [id]);
  await documents.moveToTrash(id);
}

export const restoreFromTrash = (id: string) => documents.restore(id);

export async function deleteForever(id: string) {
  const doc = await documents.get(id);
  await documents.remove(id);
  if (doc) await forgetDerived(doc.contentHash);
}

export async function emptyTrash() {
  const trashed = await documents.listTrash();
  for (const doc of trashed) {
    await documents.remove(doc.id);
    await forgetDerived(doc.contentHash);
  }
  return trashed.length;
}
