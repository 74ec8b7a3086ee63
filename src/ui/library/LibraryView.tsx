import { useMemo, useState } from 'react';
import { useBackupReminder } from '../../state/backup-reminder';
import { moveToTrash, restoreFromTrash } from '../../state/library-commands';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { useUnplaced } from '../../state/unplaced-commands';
import {
  useAnnotationCounts,
  useCollections,
  useDocuments,
  useOutlets,
  useTags,
  useTrash,
} from '../../state/live-queries';
import { formatDate, formatNumber } from '../shared/format';
import { affiliationLabel } from '../outlets/affiliation-label';
import { LibraryFilters } from './LibraryFilters';
import { EMPTY_QUERY, queryRows, toRows, type LibraryQuery } from './library-query';
import './library.css';
import { routeHref } from '../shared/routes';
import { TableScroll } from '../shared/TableScroll';

/** The library: every document, searchable and filterable, with the way to the trash. */
export function LibraryView() {
  const docs = useDocuments();
  const outlets = useOutlets();
  const collections = useCollections();
  const tags = useTags();
  const counts = useAnnotationCounts();
  const trash = useTrash();
  const waiting = useUnplaced()?.filter((u) => u.documentId === undefined).length ?? 0;
  const reminder = useBackupReminder();
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [trashed, setTrashed] = useState<{ id: string; title: string } | null>(null);

  const rows = useMemo(
    () =>
      docs && outlets && collections && counts
        ? toRows(docs, outlets, collections, counts)
        : undefined,
    [docs, outlets, collections, counts],
  );
  const shown = useMemo(
    () => (rows && collections ? queryRows(rows, query, collections) : undefined),
    [rows, query, collections],
  );

  const readOnly = useReadOnlyShared();
  const trashDocument = (id: string, title: string) =>
    void moveToTrash(id).then(() => setTrashed({ id, title }));

  return (
    <section aria-labelledby="library-heading" className="library">
      <header className="view-header">
        <h1 id="library-heading">Library</h1>
        {rows && (
          <p className="view-subtitle">
            {rows.length === 1 ? '1 document' : `${formatNumber(rows.length)} documents`}
            {collections &&
              collections.length > 0 &&
              ` in ${collections.length === 1 ? '1 collection' : `${collections.length} collections`}`}
          </p>
        )}
        <a className="button-link" href={routeHref({ name: 'import' })}>
          Import articles
        </a>
        <a href={routeHref({ name: 'collections' })}>Collections</a>
        {waiting > 0 && (
          <a href={routeHref({ name: 'unplaced' })}>
            Unplaced ({formatNumber(waiting)}
            <span className="visually-hidden"> imported annotations waiting for their article</span>
            )
          </a>
        )}
        <a className="trash-link" href={routeHref({ name: 'trash' })}>
          Trash{trash && trash.length > 0 ? ` (${trash.length})` : ''}
        </a>
      </header>
      {reminder && reminder.unsaved > 0 && (
        <p className="backup-reminder">
          {reminder.unsaved === 1
            ? '1 annotation is'
            : `${formatNumber(reminder.unsaved)} annotations are`}{' '}
          only in this browser
          {reminder.lastBackupAt ? ` (last backup ${formatDate(reminder.lastBackupAt)})` : ''}.
          Clearing the browser’s data would lose {reminder.unsaved === 1 ? 'it' : 'them'}.{' '}
          <a href={routeHref({ name: 'settings' })}>Download a backup</a>
        </p>
      )}
      {trashed && (
        <p role="status" className="undo-toast">
          Moved “{trashed.title}” to the trash.{' '}
          <button
            type="button"
            onClick={() => void restoreFromTrash(trashed.id).then(() => setTrashed(null))}
          >
            Undo
          </button>
        </p>
      )}
      {query === EMPTY_QUERY &&
        collections?.map((c) => (
          <p key={c.id} className="collection-blurb">
            <strong>{c.name}.</strong> {c.description}
          </p>
        ))}
      {collections && outlets && tags && (
        <LibraryFilters
          query={query}
          onChange={setQuery}
          collections={collections}
          outlets={outlets}
          tags={tags}
        />
      )}
      {!shown ? (
        <p role="status">Loading your library…</p>
      ) : rows?.length === 0 ? (
        <p className="empty">Your library is empty.</p>
      ) : shown.length === 0 ? (
        <p className="empty">
          No document matches.{' '}
          <button type="button" onClick={() => setQuery(EMPTY_QUERY)}>
            Clear the filters
          </button>
        </p>
      ) : (
        <TableScroll label="Documents table">
          <table className="library-table">
            <caption className="visually-hidden">Documents in your library</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col" className="numeric">
                  Words
                </th>
                <th scope="col" className="numeric">
                  Annotations
                </th>
                <th scope="col">Collection</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.doc.id}>
                  <th scope="row" className="title-cell">
                    <a href={routeHref({ name: 'document', documentId: row.doc.id })} dir="auto">
                      {row.title}
                    </a>
                    {row.doc.author && <span className="byline">by {row.doc.author}</span>}
                  </th>
                  <td>
                    {row.outlet ? (
                      <>
                        <a href={routeHref({ name: 'outlet', outletId: row.outlet.id })}>
                          {row.outlet.name}
                        </a>
                        <span className="byline">{affiliationLabel(row.outlet.affiliation)}</span>
                      </>
                    ) : (
                      <span className="unknown">Unknown</span>
                    )}
                  </td>
                  <td>
                    {row.doc.publishedAt ? (
                      <time dateTime={row.doc.publishedAt}>{formatDate(row.doc.publishedAt)}</time>
                    ) : (
                      <span className="unknown">Not stated</span>
                    )}
                  </td>
                  <td className="numeric">{formatNumber(row.words)}</td>
                  <td className="numeric">{formatNumber(row.counts.get('') ?? 0)}</td>
                  <td className="collection-cell">
                    {row.collections.map((c) => c.name).join(', ') || (
                      <span className="unknown">None</span>
                    )}
                  </td>
                  <td>
                    {readOnly('documents', row.doc.id) ? (
                      // A member's copy of a space's document: the owners' to remove.
                      <span className="unknown" title={readOnly('documents', row.doc.id)}>
                        Shared, read-only
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="row-action"
                        aria-label={`Delete “${row.title}” (move it to the trash)`}
                        title="Move to the trash"
                        onClick={() => trashDocument(row.doc.id, row.title)}
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
