/**
 * A document's annotations together with its edit session. While the text is edited, the session
 * holds the text and where the annotations stand, and saves both every 300 ms; each save moves
 * thousands of stored annotations and changes the stored text. Reading those back, re-placing
 * every annotation on each new text, took the main thread from under the next keystrokes, and
 * showed nothing the session did not already show: so the view keeps the document as it was when
 * editing began, and reads the database's copies again once editing ends.
 */
import { useState } from 'react';
import type { SlantDocument } from '../../domain/types';
import { useDocumentAnnotations } from '../../state/use-document-annotations';
import { useKeepAnchored } from '../../state/use-keep-anchored';
import { useEditSession } from './use-edit-session';

export function useEditedDocument(doc: SlantDocument) {
  const [editedFrom, setEditedFrom] = useState<SlantDocument | null>(null);
  const shown = editedFrom ?? doc;
  const { annotations, outOfPlace } = useDocumentAnnotations(shown, editedFrom !== null);
  useKeepAnchored(shown, outOfPlace);
  const session = useEditSession(shown, annotations);
  return {
    ...session,
    /** The document whose text the view shows: as stored, or as it was when editing began. */
    doc: shown,
    start: () => {
      if (!annotations) return;
      setEditedFrom(doc);
      session.start();
    },
    stop: async () => {
      await session.stop();
      setEditedFrom(null);
    },
  };
}
