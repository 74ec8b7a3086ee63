import type { Collection } from '../domain/types';
import { collections, documents } from '../storage';
import { refuseSharedEdit } from './sync/read-only-shared';

/**
 * Collections and their documents, as the user arranges them. Storage keeps both sides (a
 * document's collections, a collection's documents) in step. A member of a space may not change
 * the collections its owners share (read-only-shared.ts): their own collections stay theirs.
 */
export async function createCollection(name: string, description = ''): Promise<Collection> {
  const collection: Collection = {
    id: `collection-${crypto.randomUUID()}`,
    name: name.trim(),
    description,
    documentIds: [],
  };
  await collections.add(collection);
  return collection;
}

async function updateCollection(id: string, changes: Partial<Collection>) {
  await refuseSharedEdit('collections', [id]);
  await collections.update(id, changes);
}

export const renameCollection = (id: string, name: string) =>
  updateCollection(id, { name: name.trim() });

export const describeCollection = (id: string, description: string) =>
  updateCollection(id, { description });

/** Deletes the collection only; its documents stay in the library. */
export async function deleteCollection(id: string) {
  await refuseSharedEdit('collections', [id]);
  await collections.remove(id);
}

export async function moveWithinCollection(collection: Collection, documentId: string, by: -1 | 1) {
  const from = collection.documentIds.indexOf(documentId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= collection.documentIds.length) return;
  const documentIds = [...collection.documentIds];
  documentIds.splice(from, 1);
  documentIds.splice(to, 0, documentId);
  await updateCollection(collection.id, { documentIds });
}

/**
 * Sets which collections a document is in, appending it to the end of any it joins. The
 * collections it joins or leaves must be the member's to change, and so must the document (its
 * record lists its collections, and is shared with it).
 */
export async function setDocumentCollections(documentId: string, collectionIds: readonly string[]) {
  const current = (await documents.get(documentId))?.collectionIds ?? [];
  const joining = collectionIds.filter((id) => !current.includes(id));
  const leaving = current.filter((id) => !collectionIds.includes(id));
  if (joining.length + leaving.length === 0) return;
  await refuseSharedEdit('documents', [documentId]);
  await refuseSharedEdit('collections', [...joining, ...leaving]);
  await collections.setForDocument(documentId, collectionIds);
}

/** Moves a document from one collection to another (keeping any others it is in). */
export async function moveToCollection(documentId: string, from: string, to: string) {
  await refuseSharedEdit('documents', [documentId]);
  await refuseSharedEdit('collections', [from, to]);
  await collections.moveDocument(documentId, from, to);
}
