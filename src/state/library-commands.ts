import { documents } from '../storage';

/** Moving documents to and from the trash, and emptying it: the library's destructive acts. */
export const moveToTrash = (id: string) => documents.moveToTrash(id);

export const restoreFromTrash = (id: string) => documents.restore(id);

export const deleteForever = (id: string) => documents.remove(id);

export async function emptyTrash() {
  const trashed = await documents.listTrash();
  for (const doc of trashed) await documents.remove(doc.id);
  return trashed.length;
}
