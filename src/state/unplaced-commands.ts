/**
 * The Unplaced list from the user's side: reading it, deleting from it, and placing what waits
 * once its article is in the library (by address or by quote, `io/w3c` `placeUnplaced`), either
 * by itself after an import of articles or onto an article the user chooses.
 */
import type { UnplacedAnnotation } from '../domain/records';
import { placeUnplaced } from '../io/w3c';
import { documents, unplaced, useLiveRead } from '../storage';

export const useUnplaced = () => useLiveRead(() => unplaced.list(), []);

export const usePageNotes = (documentId: string) =>
  useLiveRead(() => unplaced.pageNotesOf(documentId), [documentId]);

export const removeUnplaced = (id: string) => unplaced.remove(id);

/**
 * Places whatever waits that now fits a document of the library. Run after articles are
 * imported; returns how many annotations and page notes found their article.
 */
export async function placeWaitingAnnotations(): Promise<{
  annotations: number;
  pageNotes: number;
}> {
  const waiting = await unplaced.waiting();
  if (waiting.length === 0) return { annotations: 0, pageNotes: 0 };
  const library = await documents.list();
  const placement = placeUnplaced(waiting, library);
  return unplaced.settle(waiting, placement);
}

/**
 * Puts waiting annotations on the article the user chose, whatever their page said: by quote
 * and position there, as orphans where the quote is not found. Returns how many were placed.
 */
export async function placeOnDocument(
  records: readonly UnplacedAnnotation[],
  documentId: string,
): Promise<{ annotations: number; pageNotes: number }> {
  const document = await documents.get(documentId);
  if (!document) return { annotations: 0, pageNotes: 0 };
  return unplaced.settle(records, placeUnplaced(records, [document], document));
}
