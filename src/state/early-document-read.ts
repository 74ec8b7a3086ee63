/**
 * Opening `#/doc/<id>` reads the document and its annotations as the page starts, both at once,
 * while the editor's code is still downloading; the annotate view takes these first results
 * instead of reading again one after the other once it has rendered (the two reads, in turn,
 * were a fifth of opening a book-length text). A result is handed over only if nothing it read
 * has changed since it was read (here or in another tab): otherwise the view reads afresh, as it
 * always did. The document stands in only until the view's own live read answers; the
 * annotations are handed over once. What is not taken is let go after a while.
 */
import type { Annotation, SlantDocument } from '../domain/types';
import {
  annotations,
  documents,
  onAnnotationsChanged,
  onDocumentsChanged,
  type ChangedKeys,
} from '../storage';

/** A read not taken by then (the reader went elsewhere) is let go. */
const KEPT_MS = 15_000;

interface EarlyRead {
  documentId: string;
  /** The stored document once read; `null`: there is none; `undefined`: not read yet. */
  doc: SlantDocument | null | undefined;
  docStale: boolean;
  annotations: Promise<readonly Annotation[] | undefined> | undefined;
  annotationsStale: boolean;
  listeners: Set<() => void>;
  stop: () => void;
}

let early: EarlyRead | undefined;

const touches = (changed: ChangedKeys, id: string) => changed === 'all' || changed.has(id);

function notify(read: EarlyRead) {
  for (const listener of read.listeners) listener();
}

/** Starts reading document `documentId` and its annotations; call once, as the page starts. */
export function readDocumentEarly(documentId: string): void {
  early?.stop();
  const read: EarlyRead = {
    documentId,
    doc: undefined,
    docStale: false,
    annotations: undefined,
    annotationsStale: false,
    listeners: new Set(),
    stop: () => {},
  };
  // Listening starts before reading, so no change can fall between the two.
  const stopDocuments = onDocumentsChanged((changed) => {
    if (!touches(changed, documentId)) return;
    read.docStale = true;
    notify(read);
  });
  // Any change to annotations may concern this document (a moved or new one): read again.
  const stopAnnotations = onAnnotationsChanged(() => {
    read.annotationsStale = true;
  });
  const timer = setTimeout(() => read.stop(), KEPT_MS);
  read.stop = () => {
    stopDocuments();
    stopAnnotations();
    clearTimeout(timer);
    read.annotations = undefined;
    read.docStale = true;
    if (early === read) early = undefined;
    notify(read);
  };
  read.annotations = annotations.listForDocument(documentId).catch(() => undefined);
  documents
    .get(documentId)
    .then((doc) => {
      if (read.docStale) return;
      read.doc = doc ?? null;
      notify(read);
    })
    .catch(() => {
      read.docStale = true;
    });
  early = read;
}

/**
 * The document as read early, while it is current; `undefined` when there is none (not read
 * early, not found, not read yet, or changed since). That a document is missing is left to the
 * live read to say: on a first start the sample articles are still being stored.
 */
export function earlyDocument(documentId: string): SlantDocument | undefined {
  const read = early;
  return read?.documentId === documentId && !read.docStale ? (read.doc ?? undefined) : undefined;
}

/** The live read of document `documentId` has answered: its early copy is let go. */
export function letGoEarlyDocument(documentId: string): void {
  const read = early;
  if (read?.documentId !== documentId) return;
  read.doc = undefined;
  read.docStale = true;
  if (!read.annotations) read.stop();
}

/** Hears when `earlyDocument` may answer differently. */
export function onEarlyDocument(listener: () => void): () => void {
  const read = early;
  read?.listeners.add(listener);
  return () => read?.listeners.delete(listener);
}

/**
 * The document's annotations as read early, in reading order, once: `undefined` when there is
 * no such read or something changed since it began. The caller must already be listening for
 * changes, so that none after this moment goes unheard.
 */
export function takeEarlyAnnotations(
  documentId: string,
): Promise<readonly Annotation[] | undefined> | undefined {
  const read = early;
  if (read?.documentId !== documentId || !read.annotations) return undefined;
  const taken = read.annotationsStale ? undefined : read.annotations;
  read.annotations = undefined;
  if (read.docStale) read.stop();
  return taken;
}
