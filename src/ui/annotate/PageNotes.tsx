import { removeUnplaced, usePageNotes } from '../../state/unplaced-commands';

/**
 * Notes on the whole article rather than a passage (Hypothesis's page notes, imported from a
 * file): listed above the orphans, each with who wrote it and the file it came from.
 */
export function PageNotes({ documentId }: { documentId: string }) {
  const notes = usePageNotes(documentId);
  if (!notes || notes.length === 0) return null;
  return (
    <section aria-labelledby="page-notes-heading" className="orphan-list">
      <h2 id="page-notes-heading">
        Notes on the whole article <span className="count">{notes.length}</span>
      </h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id} className="page-note">
            <p className="item-note" dir="auto">
              {note.note || '(no text)'}
            </p>
            <p>
              {[note.annotator && `by ${note.annotator}`, note.fileName && `from ${note.fileName}`]
                .filter(Boolean)
                .join(' · ')}{' '}
              <button
                type="button"
                aria-label={`Delete the note “${note.note.slice(0, 60)}”`}
                onClick={() => void removeUnplaced(note.id)}
              >
                Delete
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
