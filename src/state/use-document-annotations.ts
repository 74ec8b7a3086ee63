import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { reanchorAnnotations } from '../domain/reanchor-annotations';
import type { Annotation, SlantDocument } from '../domain/types';
import { annotationsRepository } from '../storage/annotations-repository';
import { db } from './database';

/**
 * A document's annotations, live, placed on its current text. When anchoring moved or orphaned
 * some, the new positions are written back (in one transaction) so every view agrees.
 */
export function useDocumentAnnotations(
  doc: SlantDocument | null | undefined,
): Annotation[] | undefined {
  const documentId = doc?.id;
  const stored = useLiveQuery(
    () => (documentId ? annotationsRepository(db).listForDocument(documentId) : []),
    [documentId],
  );
  const text = doc?.text;
  const placed = useMemo(
    () => (stored && text !== undefined ? reanchorAnnotations(text, stored) : undefined),
    [stored, text],
  );

  useEffect(() => {
    if (!placed || placed.changed.length === 0) return;
    void db.transaction('rw', db.annotations, () => db.annotations.bulkPut(placed.changed));
  }, [placed]);

  return placed?.annotations;
}
