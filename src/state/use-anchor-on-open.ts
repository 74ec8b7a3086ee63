import { useEffect } from 'react';
import type { SlantDocument } from '../domain/types';
import { annotations } from '../storage';

/**
 * Keeps a document's stored annotations on its text: when the document is opened, and whenever
 * its text changes (here or in another tab), storage re-anchors them and writes back those that
 * moved or were orphaned, in one transaction, so every view (Compare, exports) agrees with what
 * Annotate shows. Nothing is written when all are where they were.
 */
export function useAnchorOnOpen(doc: Pick<SlantDocument, 'id' | 'text'>) {
  const { id, text } = doc;
  useEffect(() => {
    void annotations.reanchor(id, text);
  }, [id, text]);
}
