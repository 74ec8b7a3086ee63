import { useState } from 'react';
import { displayTitle } from '../../domain/document-title';
import { deleteForever, emptyTrash, restoreFromTrash } from '../../state/library-commands';
import { useTrash } from '../../state/live-queries';
import { formatDate } from '../shared/format';
import { routeHref } from '../shared/routes';

/** Deleted documents wait here, with their annotations, until restored or deleted for good. */
export function TrashView() {
  const trash = useTrash();
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [message, setMessage] = useState('');

  return (
    <section aria-labelledby="trash-heading" className="library">
      <header className="view-header">
        <h1 id="trash-heading">Trash</h1>
        <a href={routeHref({ name: 'library' })}>Back to the library</a>
      </header>
      <p className="view-subtitle">
        Documents you delete wait here with their annotations. Restore one to bring it back as it
        was.
      </p>
      <p role="status">{message}</p>
      {!trash ? (
        <p role="status">Loading the trash…</p>
      ) : trash.length === 0 ? (
        <p className="empty">The trash is empty.</p>
      ) : (
        <>
          <ul className="trash-list">
            {trash.map((doc) => {
              const title = displayTitle(doc);
              return (
                <li key={doc.id}>
                  <span className="trash-title" dir="auto">
                    {title}
                  </span>
                  <span className="byline">deleted {formatDate(doc.deletedAt!)}</span>
                  <button
                    type="button"
                    aria-label={`Restore “${title}”`}
                    onClick={() =>
                      void restoreFromTrash(doc.id).then(() => setMessage(`Restored “${title}”.`))
                    }
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete “${title}” for good`}
                    onClick={() =>
                      void deleteForever(doc.id).then(() =>
                        setMessage(`Deleted “${title}” for good.`),
                      )
                    }
                  >
                    Delete for good
                  </button>
                </li>
              );
            })}
          </ul>
          {confirmEmpty ? (
            <div role="alertdialog" aria-label="Empty the trash?" className="confirm">
              <p>
                This deletes{' '}
                {trash.length === 1 ? 'this document' : `these ${trash.length} documents`} and their
                annotations for good. It cannot be undone.
              </p>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void emptyTrash().then((n) => {
                    setConfirmEmpty(false);
                    setMessage(`Deleted ${n === 1 ? '1 document' : `${n} documents`} for good.`);
                  })
                }
              >
                Empty the trash
              </button>{' '}
              <button type="button" onClick={() => setConfirmEmpty(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmEmpty(true)}>
              Empty the trash…
            </button>
          )}
        </>
      )}
    </section>
  );
}
