import type { SlantDocument } from '../domain/types';
import { documents } from '../storage';

/**
 * Saving what the user accepted in the import preview: every document, and its place in its
 * collection, in one transaction, so a failure leaves the library exactly as it was.
 */
export const saveImportedDocuments = (docs: readonly SlantDocument[]): Promise<void> =>
  documents.addImported(docs);

/** The stored documents (trash included) that have any of these content hashes, by hash. */
export const documentsWithHashes = (
  hashes: readonly string[],
): Promise<Map<string, SlantDocument>> => documents.findByContentHashes(hashes);
