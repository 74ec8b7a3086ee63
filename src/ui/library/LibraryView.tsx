import { useMemo } from 'react';
import { displayTitle } from '../domain/document-title';
import { countWords } from '../domain/text-stats';
import type { Collection, Outlet, SlantDocument } from '../domain/types';
import { useCollections, useDocuments, useOutlets } from '../state/live-queries';
import { formatDate, formatNumber } from './format';
import './library.css';

interface LibraryRow {
  doc: SlantDocument;
  title: string;
  outlet?: Outlet;
  collections: Collection[];
  words: number;
}

/** Documents in collection order first (as their curator arranged them), then the rest, newest first. */
function toRows(docs: SlantDocument[], outlets: Outlet[], collections: Collection[]): LibraryRow[] {
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  const rank = new Map<string, number>();
  collections.forEach((c, ci) => c.documentIds.forEach((id, di) => rank.set(id, ci * 1e6 + di)));
  return docs
    .map((doc) => ({
      doc,
      title: displayTitle(doc),
      outlet: doc.outletId ? outletById.get(doc.outletId) : undefined,
      collections: collections.filter((c) => doc.collectionIds.includes(c.id)),
      words: countWords(doc.text),
    }))
    .sort((a, b) => (rank.get(a.doc.id) ?? Infinity) - (rank.get(b.doc.id) ?? Infinity));
}

export function LibraryView() {
  const docs = useDocuments();
  const outlets = useOutlets();
  const collections = useCollections();
  const rows = useMemo(
    () => (docs && outlets && collections ? toRows(docs, outlets, collections) : undefined),
    [docs, outlets, collections],
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
      </header>
      {collections?.map((c) => (
        <p key={c.id} className="collection-blurb">
          <strong>{c.name}.</strong> {c.description}
        </p>
      ))}
      {!rows ? (
        <p role="status">Loading your library…</p>
      ) : rows.length === 0 ? (
        <p className="empty">Your library is empty.</p>
      ) : (
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
              <th scope="col">Collection</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.doc.id}>
                <th scope="row" className="title-cell">
                  <a href={`#/doc/${encodeURIComponent(row.doc.id)}`} dir="auto">
                    {row.title}
                  </a>
                  {row.doc.author && <span className="byline">by {row.doc.author}</span>}
                </th>
                <td>{row.outlet ? row.outlet.name : <span className="unknown">Unknown</span>}</td>
                <td>
                  {row.doc.publishedAt ? (
                    <time dateTime={row.doc.publishedAt}>{formatDate(row.doc.publishedAt)}</time>
                  ) : (
                    <span className="unknown">Not stated</span>
                  )}
                </td>
                <td className="numeric">{formatNumber(row.words)}</td>
                <td>
                  {row.collections.map((c) => c.name).join(', ') || (
                    <span className="unknown">None</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
