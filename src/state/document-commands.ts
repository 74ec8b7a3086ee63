import type { SlantDocument } from '../domain/types';
import { documents } from '../storage';
import type { DocumentDetails } from '../storage/documents-repository';
import type { StatedOrigin } from '../analysis/outlets/stated-origin';
import { newOutlet, saveOutlet } from './outlet-commands';
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

/** Sets a document's outlet, keeping its other details as they are. */
export const setDocumentOutlet = (doc: SlantDocument, outletId: string) =>
  updateDocumentDetails(
    doc,
    {
      title: doc.title,
      outletId,
      author: doc.author,
      publishedAt: doc.publishedAt,
      url: doc.url,
    },
    doc.collectionIds,
  );

/**
 * Makes the outlet the document's text names its own, as the reader confirmed: the registry's
 * outlet when it has one, else a new registry entry with that name and domain (affiliation
 * unknown: Slant records no judgment of its own).
 */
export async function confirmStatedOrigin(doc: SlantDocument, origin: StatedOrigin) {
  let outletId = origin.outletId;
  if (!outletId) {
    const outlet = { ...newOutlet(origin.name), domains: origin.domains };
    await saveOutlet(outlet);
    outletId = outlet.id;
  }
  await setDocumentOutlet(doc, outletId);
  return outletId;
}
