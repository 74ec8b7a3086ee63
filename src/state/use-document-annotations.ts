import { useEffect, useMemo } from 'react';
import { mergePending } from '../domain/merge-pending';
import { reanchorAnnotations, type PlacedOnText } from '../domain/reanchor-annotations';
import type { Annotation, SlantDocument } from '../domain/types';
import { useLiveDocumentAnnotations } from './live-document-annotations';
import { usePendingAnnotations } from './pending-annotations';
import { usePendingAfterPaint } from './use-pending-after-paint';

export interface DocumentAnnotations {
  /** `undefined` while loading. */
  annotations: readonly Annotation[] | undefined;
  /**
   * Some stored annotations do not fit the current text (it changed since they were placed):
   * `useKeepAnchored` has storage place them again. Reading itself never writes.
   */
  outOfPlace: boolean;
}

/**
 * A document's annotations, live, placed on its current text. `paused` while its text is being
 * edited: the edit session holds where they stand, and changes are read once it ends.
 */
export function useDocumentAnnotations(
  doc: SlantDocument | null | undefined,
  paused = false,
): DocumentAnnotations {
  const documentId = doc?.id;
  const stored = useLiveDocumentAnnotations(documentId, paused);
  const text = doc?.text;
  // Records already placed on this text keep their place: a change re-places only itself.
  const placedOnText = useMemo<PlacedOnText>(() => new WeakMap(), [text]);
  const placed = useMemo(
    () =>
      stored && text !== undefined ? reanchorAnnotations(text, stored, placedOnText) : undefined,
    [stored, text, placedOnText],
  );
  // Which stored records are here, for telling when a pending one has arrived.
  const storedIds = useMemo(() => new Set(stored?.map((a) => a.id)), [stored]);

  // Annotations just made show here a frame after the text draws them (AnnotatedText); once
  // the database's copy is here, it takes over.
  const pending = usePendingAfterPaint();
  const forDocument = useMemo(
    () => [...pending.values()].filter((a) => a.documentId === documentId),
    [pending, documentId],
  );
  useEffect(() => {
    if (!stored || forDocument.length === 0) return;
    const arrived = forDocument.filter((a) => storedIds.has(a.id)).map((a) => a.id);
    if (arrived.length > 0) usePendingAnnotations.getState().remove(arrived);
  }, [stored, storedIds, forDocument]);

  const shown = useMemo(
    () => placed && mergePending(placed.annotations, forDocument, storedIds),
    [placed, forDocument, storedIds],
  );
  return { annotations: shown, outOfPlace: (placed?.changed.length ?? 0) > 0 };
}
