import { memo, useState } from 'react';
import { affiliationLabel } from '../outlets/affiliation-label';
import { formatDate, formatNumber } from '../shared/format';
import { routeHref } from '../shared/routes';
import { TableScroll } from '../shared/TableScroll';
import type { LibraryRow } from './library-query';

/**
 * How many rows the table draws at first, and adds per "Show more": drawing thousands of rows
 * would make every keystroke in the search box wait for them. The table's `data-rows` says how
 * many documents the list holds in all.
 */
export const ROWS_PER_PAGE = 100;

interface LibraryTableProps {
  rows: readonly LibraryRow[];
  onDelete: (row: LibraryRow) => void;
  /** Why a document may not be deleted here (a member's copy of a space's document), if so. */
  readOnlyReason: (documentId: string) => string | undefined;
}

/** The library's documents, the first hundred at once, more on request. */
export function LibraryTable({ rows, onDelete, readOnlyReason }: LibraryTableProps) {
  // Back to one page whenever the list itself changes (a search, a filter, a sort).
  const [drawn, setDrawn] = useState({ rows, count: ROWS_PER_PAGE });
  const count = drawn.rows === rows ? drawn.count : ROWS_PER_PAGE;
  const hidden = rows.length - Math.min(count, rows.length);
  const more = Math.min(hidden, ROWS_PER_PAGE);
  return (
    <>
      <TableScroll label="Documents table">
        <table className="library-table" data-rows={rows.length}>
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
            {rows.slice(0, count).map((row) => (
              <DocumentRow
                key={row.doc.id}
                row={row}
                onDelete={onDelete}
                readOnly={readOnlyReason(row.doc.id)}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {hidden > 0 && (
        <p className="more-rows">
          Showing {formatNumber(rows.length - hidden)} of {formatNumber(rows.length)} documents.{' '}
          <button type="button" onClick={() => setDrawn({ rows, count: count + ROWS_PER_PAGE })}>
            Show {formatNumber(more)} more
          </button>{' '}
          <button type="button" onClick={() => setDrawn({ rows, count: rows.length })}>
            Show all {formatNumber(rows.length)}
          </button>
        </p>
      )}
    </>
  );
}

/** One document's row; drawn again only when its row changes. */
const DocumentRow = memo(function DocumentRow({
  row,
  onDelete,
  readOnly,
}: {
  row: LibraryRow;
  onDelete: (row: LibraryRow) => void;
  readOnly: string | undefined;
}) {
  return (
    <tr>
      <th scope="row" className="title-cell">
        <a href={routeHref({ name: 'document', documentId: row.doc.id })} dir="auto">
          {row.title}
        </a>
        {row.doc.author && <span className="byline">by {row.doc.author}</span>}
      </th>
      <td>
        {row.outlet ? (
          <>
            <a href={routeHref({ name: 'outlet', outletId: row.outlet.id })}>{row.outlet.name}</a>
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
        {row.collections.map((c) => c.name).join(', ') || <span className="unknown">None</span>}
      </td>
      <td>
        {readOnly ? (
          // A member's copy of a space's document: the owners' to remove.
          <span className="unknown" title={readOnly}>
            Shared, read-only
          </span>
        ) : (
          <button
            type="button"
            className="row-action"
            aria-label={`Delete “${row.title}” (move it to the trash)`}
            title="Move to the trash"
            onClick={() => onDelete(row)}
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  );
});
