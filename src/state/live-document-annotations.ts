/**
 * A document's stored annotations, kept current without a live query. They are read once; after
 * that, each write names the annotations it changed (`onAnnotationsChanged`), and only those are
 * read again and put in place. A live query over the document re-read and re-tracked all of
 * them after every change: about 10 ms per tag at 5,000 annotations, more than half a frame.
 * Writes from anywhere count (this tab, another tab, undo, an import, sync), since all of them go
 * through the database; a bulk write that does not name its records makes the list be read again.
 */
import { useEffect, useRef, useState } from 'react';
import { insertInReadingOrder } from '../domain/reading-order';
import type { Annotation } from '../domain/types';
import { annotations, onAnnotationsChanged, type ChangedKeys } from '../storage';
import { takeEarlyAnnotations } from './early-document-read';

/** `list` with the changed records put in place: gone ones out, changed ones moved. */
export function patchInReadingOrder(
  list: readonly Annotation[],
  documentId: string,
  changed: ReadonlySet<string>,
  records: readonly (Annotation | undefined)[],
): readonly Annotation[] {
  const next = list.filter((a) => !changed.has(a.id));
  for (const record of records) {
    if (record?.documentId === documentId) insertInReadingOrder(next, record);
  }
  return next;
}

interface Loaded {
  documentId: string;
  list?: readonly Annotation[];
  error?: Error;
}

/**
 * The document's annotations in reading order; `undefined` while they are first read. While
 * `paused` (the text is being edited, and the edit session holds where they stand), changes are
 * noted but read only once it ends: each save of the text moves thousands of them.
 */
export function useLiveDocumentAnnotations(
  documentId: string | undefined,
  paused = false,
): readonly Annotation[] | undefined {
  const [loaded, setLoaded] = useState<Loaded>();
  const pausedRef = useRef(paused);
  const resume = useRef<() => void>(() => {});

  useEffect(() => {
    pausedRef.current = paused;
    if (!paused) resume.current();
  }, [paused]);

  useEffect(() => {
    if (!documentId) return;
    let current = true;
    let list: readonly Annotation[] | undefined;
    // What changed since the last read; reads never overlap, changes meanwhile are merged.
    let due: Set<string> | 'all' | null = 'all';
    let reading = false;
    let published: readonly Annotation[] | undefined;
    const read = async () => {
      if (reading || (pausedRef.current && list)) return;
      reading = true;
      try {
        while (current && due && !(pausedRef.current && list)) {
          const changed = due;
          due = null;
          list =
            changed === 'all' || !list
              ? (!list && (await takeEarlyAnnotations(documentId))) ||
                (await annotations.listForDocument(documentId))
              : patchInReadingOrder(
                  list,
                  documentId,
                  changed,
                  await annotations.getMany([...changed]),
                );
        }
        if (current && list !== published) setLoaded({ documentId, list: (published = list) });
      } catch (error) {
        if (current) setLoaded({ documentId, error: error as Error });
      } finally {
        reading = false;
      }
    };
    // Listen before the first read, so that no change can fall between the two.
    const stop = onAnnotationsChanged((changed: ChangedKeys) => {
      if (changed === 'all' || due === 'all') due = 'all';
      else {
        due ??= new Set();
        for (const id of changed) due.add(id);
      }
      void read();
    });
    resume.current = () => void read();
    void read();
    return () => {
      current = false;
      stop();
    };
  }, [documentId]);

  if (!documentId) return [];
  if (loaded?.documentId !== documentId) return undefined;
  // As a live query does: the error boundary says what went wrong.
  if (loaded.error) throw loaded.error;
  return loaded.list;
}
