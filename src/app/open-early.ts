/**
 * A page opened at a document's address (`#/doc/<id>`) starts, before React first renders, what
 * showing the document waits for: the annotate view's code, and reading the document and its
 * annotations (`state/early-document-read.ts`), all at once and alongside opening the database.
 * Done one after another, as each step's component rendered, they took about half of opening a
 * book-length text.
 */
import { readDocumentEarly } from '../state/early-document-read';
import { parseRoute } from '../ui/shared/routes';
import { DocumentView } from './lazy-views';

export function startOpeningEarly(hash: string): void {
  const route = parseRoute(hash);
  if (route.name !== 'document') return;
  DocumentView.preload();
  readDocumentEarly(route.documentId);
}
