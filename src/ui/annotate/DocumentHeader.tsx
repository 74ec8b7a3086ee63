import type { Outlet, SlantDocument } from '../../domain/types';
import { formatDate, formatNumber } from '../shared/format';
import './document-header.css';

interface DocumentHeaderProps {
  doc: SlantDocument;
  title: string;
  outlet?: Outlet;
  words: number;
}

/** A document's title and details: outlet, author, date and length. */
export function DocumentHeader({ doc, title, outlet, words }: DocumentHeaderProps) {
  return (
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
  );
}
