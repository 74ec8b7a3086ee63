import { documents } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Moving documents to and from the trash, and emptying it: the library's destructive acts. A
 * member may not trash a space's document (SharedRecordError): it is the owners' to remove.
 */
export async function moveToTrash(id: string) {
  await refuseSharedEdit('documents', [id]);
  await documents.moveToTrash(id);
}

export const restoreFromTrash = (id: string) => documents.restore(id);

export const deleteForever = (id: string) => documents.remove(id);

export async function emptyTrash() {
  const trashed = await documents.listTrash();
  for (const doc of trashed) await documents.remove(doc.id);
  return trashed.length;
}
