import { documentsRepository } from '../storage/documents-repository';
import { db } from './database';

/** Moving documents to and from the trash, and emptying it: the library's destructive acts. */
const repository = () => documentsRepository(db);

export const moveToTrash = (id: string) => repository().moveToTrash(id);

export const restoreFromTrash = (id: string) => repository().restore(id);

export const deleteForever = (id: string) => repository().remove(id);

export async function emptyTrash() {
  const trashed = await repository().listTrash();
  for (const doc of trashed) await repository().remove(doc.id);
  return trashed.length;
}
