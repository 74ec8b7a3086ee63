import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { reanchorAnnotations } from '../domain/reanchor-annotations';
import type { Annotation, SlantDocument } from '../domain/types';
import { annotationsRepository } from '../storage/annotations-repository';
import { mergePending } from '../domain/merge-pending';
import { db } from './database';
import { usePendingAnnotations } from './pending-annotations';

/**
 * A document's annotations, live, placed on its current text. When anchoring moved or orphaned
 * some, the new positions are written back (in one transaction) so every view agrees.
 */
export function useDocumentAnnotations(
  doc: SlantDocument | null | undefined,
): readonly Annotation[] | undefined {
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

  // Annotations just made show at once; once the database's copy is here, it takes over.
  const pending = usePendingAnnotations((s) => s.byId);
  const forDocument = useMemo(
    () => [...pending.values()].filter((a) => a.documentId === documentId),
    [pending, documentId],
  );
  useEffect(() => {
    if (!stored || forDocument.length === 0) return;
    const arrived = forDocument.filter((a) => stored.some((s) => s.id === a.id)).map((a) => a.id);
    if (arrived.length > 0) usePendingAnnotations.getState().remove(arrived);
  }, [stored, forDocument]);

  return useMemo(
    () => placed && mergePending(placed.annotations, forDocument),
    [placed, forDocument],
  );
}
