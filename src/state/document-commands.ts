import type { SlantDocument } from '../domain/types';
import { db } from './database';
import { setDocumentCollections } from './collection-commands';

export type DocumentDetails = Pick<SlantDocument, 'title'> &
  Partial<Pick<SlantDocument, 'outletId' | 'author' | 'publishedAt' | 'url'>>;

/** Corrects a document's details (not its text); empty fields are cleared. */
export async function updateDocumentDetails(
  doc: SlantDocument,
  details: DocumentDetails,
  collectionIds: readonly string[],
) {
  await db.transaction('rw', db.documents, db.collections, async () => {
    await db.documents
      .where('id')
      .equals(doc.id)
      .modify((d) => {
        d.title = details.title.trim();
        for (const key of ['outletId', 'author', 'publishedAt', 'url'] as const) {
          const value = details[key]?.trim();
          if (value) d[key] = value;
          else delete d[key];
        }
      });
    await setDocumentCollections(doc.id, collectionIds);
  });
}
