import { useMemo } from 'react';
import { displayTitle } from '../domain/document-title';
import { countWords } from '../domain/text-stats';
import { useCollections, useDocument, useOutlets } from '../state/live-queries';
import { formatDate, formatNumber } from './format';
import './reader.css';

/**
 * Reads one document: its details, then its paragraphs, each with its own text direction so that
 * Arabic or Hebrew reads right to left beside English. (Annotating is the editor's job.)
 */
export function ReaderView({ documentId }: { documentId: string }) {
  const doc = useDocument(documentId);
  const outlets = useOutlets();
  const collections = useCollections();
  const paragraphs = useMemo(() => doc?.text.split('\n') ?? [], [doc]);
  const words = useMemo(() => (doc ? countWords(doc.text) : 0), [doc]);

  if (doc === undefined) return <p role="status">Opening the document…</p>;
  if (doc === null) {
    return (
      <section aria-labelledby="missing-heading">
        <h1 id="missing-heading">Document not found</h1>
        <p>
          There is no document with this address in this browser. It may have been deleted, or the
          link came from someone else’s Slant. <a href="#/">Back to the library</a>
        </p>
      </section>
    );
  }

  const outlet = outlets?.find((o) => o.id === doc.outletId);
  const docCollections = collections?.filter((c) => doc.collectionIds.includes(c.id)) ?? [];
  const title = displayTitle(doc);

  return (
    <article className="reader" aria-labelledby="doc-title" lang={doc.language}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#/">Library</a>
        {docCollections.map((c) => (
          <span key={c.id}> / {c.name}</span>
        ))}
      </nav>
      <header className="reader-header">
        <h1 id="doc-title" dir="auto">
          {title}
        </h1>
        <dl className="doc-meta">
          <div>
            <dt>Outlet</dt>
            <dd>{outlet ? outlet.name : <span className="unknown">Unknown</span>}</dd>
          </div>
          {doc.author && (
            <div>
              <dt>Author</dt>
              <dd>{doc.author}</dd>
            </div>
          )}
          <div>
            <dt>Published</dt>
            <dd>
              {doc.publishedAt ? (
                <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt)}</time>
              ) : (
                <span className="unknown">Not stated</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{formatNumber(words)} words</dd>
          </div>
        </dl>
      </header>
      <div className="reader-text">
        {paragraphs.map((paragraph, index) => (
          <p key={index} dir="auto">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
