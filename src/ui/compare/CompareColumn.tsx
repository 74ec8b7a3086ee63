import type { Outlet, SlantDocument, Tag } from '../../domain/types';
import { displayTitle } from '../../domain/document-title';
import { affiliationLabel } from '../outlets/affiliation-label';
import { ReadOnlyText } from './ReadOnlyText';
import type { TextMark } from './column-runs';
import { routeHref } from '../shared/routes';

interface CompareColumnProps {
  doc: SlantDocument;
  outlet: Outlet | undefined;
  marks: readonly TextMark[];
  tags: ReadonlyMap<string, Tag>;
  onSelectPassage: (documentId: string, start: number, end: number) => void;
  onMarkClick: (documentId: string, mark: TextMark) => void;
}

/** One article in Compare: headed by its outlet and affiliation, scrolling on its own. */
export function CompareColumn({
  doc,
  outlet,
  marks,
  tags,
  onSelectPassage,
  onMarkClick,
}: CompareColumnProps) {
  const title = displayTitle(doc);
  const headingId = `compare-${doc.id}`;
  return (
    <section className="compare-column" aria-labelledby={headingId}>
      <header className="compare-column-header">
        <p className="compare-outlet">
          <strong>{outlet?.name ?? 'Outlet not set'}</strong>
          {!outlet && doc.author && <span>by {doc.author}</span>}
          <span className={`affiliation affiliation-${outlet?.affiliation ?? 'unknown'}`}>
            {affiliationLabel(outlet?.affiliation ?? 'unknown')}
          </span>
        </p>
        <h2 id={headingId} dir="auto">
          <a href={routeHref({ name: 'document', documentId: doc.id })}>{title}</a>
        </h2>
      </header>
      <ReadOnlyText
        documentId={doc.id}
        text={doc.text}
        marks={marks}
        tags={tags}
        label={`Text of “${title}”`}
        onSelectPassage={onSelectPassage}
        onMarkClick={onMarkClick}
      />
    </section>
  );
}
