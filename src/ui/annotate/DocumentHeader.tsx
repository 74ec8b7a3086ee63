import type { ReactNode } from 'react';
import type { Outlet, SlantDocument } from '../../domain/types';
import { formatDate, formatNumber } from '../shared/format';
import './document-header.css';

interface DocumentHeaderProps {
  doc: SlantDocument;
  title: string;
  outlet?: Outlet;
  words: number;
  /** Controls at the end of the details line: "Edit text" and the document menu. */
  actions?: ReactNode;
}

/**
 * A document's title and, on one quiet line, its outlet, author, date and length, with the
 * view's controls beside them: compact, so the text itself starts near the top.
 */
export function DocumentHeader({ doc, title, outlet, words, actions }: DocumentHeaderProps) {
  return (
    <header className="reader-header">
      <h1 id="doc-title" dir="auto">
        {title}
      </h1>
      <div className="doc-line">
        <dl className="doc-meta">
          <div>
            <dt className="visually-hidden">Outlet</dt>
            <dd>{outlet ? outlet.name : <span className="unknown">Outlet not stated</span>}</dd>
          </div>
          {doc.author && (
            <div>
              <dt className="visually-hidden">Author</dt>
              <dd>{doc.author}</dd>
            </div>
          )}
          <div>
            <dt className="visually-hidden">Published</dt>
            <dd>
              {doc.publishedAt ? (
                <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt)}</time>
              ) : (
                <span className="unknown">Date not stated</span>
              )}
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">Length</dt>
            <dd>{formatNumber(words)} words</dd>
          </div>
        </dl>
        {actions && <div className="doc-line-actions">{actions}</div>}
      </div>
    </header>
  );
}
