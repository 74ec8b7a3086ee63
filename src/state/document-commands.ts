import type { SlantDocument } from '../domain/types';
import { documents } from '../storage';
import type { DocumentDetails } from '../storage/documents-repository';
import { refuseSharedEdit } from './sync/read-only-shared';

export type { DocumentDetails };

/**
 * Corrects a document's details (not its text); empty fields are cleared. Refused
 * (SharedRecordError) for a member's copy of a space's document.
 */
export async function updateDocumentDetails(
  doc: SlantDocument,
  details: DocumentDetails,
  collectionIds: readonly string[],
) {
  await refuseSharedEdit('documents', [doc.id]);
  await documents.updateDetails(doc.id, details, collectionIds);
}
