import { useEffect, useSyncExternalStore } from 'react';
import {
  earlyDocument,
  letGoEarlyDocument,
  onEarlyDocument,
} from '../../state/early-document-read';
import { restoreFromTrash } from '../../state/library-commands';
import { useDocument } from '../../state/live-queries';
import { AnnotateView } from './AnnotateView';
import { routeHref } from '../shared/routes';

/** The page at `#/doc/<id>`: the document, or a clear word that it is not here. */
export function DocumentView({ documentId }: { documentId: string }) {
  const live = useDocument(documentId);
  // Until the live read answers, the document as read when the page started, if still current.
  const early = useSyncExternalStore(onEarlyDocument, () => earlyDocument(documentId));
  const doc = live !== undefined ? live : early;
  const liveAnswered = live !== undefined;
  useEffect(() => {
    if (liveAnswered) letGoEarlyDocument(documentId);
  }, [liveAnswered, documentId]);
  if (doc === undefined) return <p role="status">Opening the document…</p>;
  if (doc === null) {
    return (
      <section aria-labelledby="missing-heading">
        <h1 id="missing-heading">Document not found</h1>
        <p>
          There is no document with this address in this browser. It may have been deleted, or the
          link came from someone else’s Slant.{' '}
          <a href={routeHref({ name: 'library' })}>Back to the library</a>
        </p>
      </section>
    );
  }
  if (doc.deletedAt) {
    return (
      <section aria-labelledby="trashed-heading">
        <h1 id="trashed-heading">This document is in the trash</h1>
        <p>
          Restore it to read and annotate it again; its annotations are kept.{' '}
          <button type="button" onClick={() => void restoreFromTrash(doc.id)}>
            Restore
          </button>
        </p>
      </section>
    );
  }
  return <AnnotateView key={doc.id} doc={doc} />;
}
