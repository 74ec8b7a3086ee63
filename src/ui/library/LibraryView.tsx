import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import { prepareForSearch } from './text-search';
import {
  EMPTY_QUERY,
  queryRows,
  toRows,
  type LibraryQuery,
  type LibraryRow,
} from './library-query';
import './library.css';
import { routeHref } from '../shared/routes';

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
  useEffect(() => (docs ? prepareForSearch(docs) : undefined), [docs]);
  const shown = useMemo(
    () => (rows && collections ? queryRows(rows, query, collections) : undefined),
    [rows, query, collections],
  );

  const readOnly = useReadOnlyShared();
  const trashDocument = useCallback(
    ({ doc, title }: LibraryRow) =>
      void moveToTrash(doc.id).then(() => setTrashed({ id: doc.id, title })),
    [setTrashed],
  );

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
        <LibraryTable
          rows={shown}
          onDelete={trashDocument}
          readOnlyReason={(id) => readOnly('documents', id)}
        />
      )}
    </section>
  );
}
