import { useEffect } from 'react';
import type { SlantDocument } from '../domain/types';
import { annotations } from '../storage';

/**
 * Keeps a document's stored annotations on its text. When the document is opened, or its text
 * changes (here or in another tab), and some stored annotations no longer fit it, storage places
 * them again and writes back those that moved or were orphaned, in one transaction, so every
 * view (Compare, exports) agrees with what Annotate shows. `outOfPlace` comes from
 * `useDocumentAnnotations`, which has already placed them for display: when all fit, as on most
 * opens, nothing is read or written again.
 */
export function useKeepAnchored(doc: Pick<SlantDocument, 'id' | 'text'>, outOfPlace: boolean) {
  const { id, text } = doc;
  useEffect(() => {
    if (outOfPlace) void annotations.reanchor(id, text);
  }, [id, text, outOfPlace]);
}
