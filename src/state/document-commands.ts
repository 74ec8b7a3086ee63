import type { SlantDocument } from '../domain/types';
import { documents } from '../storage';
import type { DocumentDetails } from '../storage/documents-repository';

export type { DocumentDetails };

/** Corrects a document's details (not its text); empty fields are cleared. */
export const updateDocumentDetails = (
  doc: SlantDocument,
  details: DocumentDetails,
  collectionIds: readonly string[],
) => documents.updateDetails(doc.id, details, collectionIds);
