import { memo } from 'react';
import type { Outlet, SlantDocument, Tag } from '../../domain/types';
import { displayTitle } from '../../domain/document-title';
import { affiliationLabel } from '../outlets/affiliation-label';
import { ReadOnlyText } from './ReadOnlyText';
import type { TextMark } from './column-runs';
import { routeHref } from '../shared/routes';
import { OutletOptions } from '../shared/OutletOptions';
import { setDocumentOutlet } from '../../state/document-commands';
import { useReadOnlyShared } from '../../state/sync/read-only-shared';
import { StatedOriginOffer } from './StatedOriginOffer';

interface CompareColumnProps {
  doc: SlantDocument;
  outlet: Outlet | undefined;
  /** The registry, for setting the outlet of an article that has none. */
  outlets: readonly Outlet[];
  marks: readonly TextMark[];
  tags: ReadonlyMap<string, Tag>;
  onSelectPassage: (documentId: string, start: number, end: number) => void;
  onMarkClick: (documentId: string, mark: TextMark) => void;
  onPassageChosen: () => void;
}

/** One article in Compare: headed by its outlet and affiliation, scrolling on its own. */
export const CompareColumn = memo(function CompareColumn({
  doc,
  outlet,
  outlets,
  marks,
  tags,
  onSelectPassage,
  onMarkClick,
  onPassageChosen,
}: CompareColumnProps) {
  const readOnly = useReadOnlyShared();
  const title = displayTitle(doc);
  const headingId = `compare-${doc.id}`;
  return (
    <section className="compare-column" aria-labelledby={headingId}>
      <header className="compare-column-header">
        {outlet ? (
          <p className="compare-outlet">
            <strong>{outlet.name}</strong>
            <span className={`affiliation affiliation-${outlet.affiliation}`}>
              {affiliationLabel(outlet.affiliation)}
            </span>
          </p>
        ) : (
          // No outlet known: the title heads the column; a quiet line says so and sets it.
          <p className="compare-outlet is-unstated">
            <span>outlet not stated{doc.author && `, by ${doc.author}`}</span>
            {/* A member's copy of a space's document: only the owners may set it. */}
            {!readOnly('documents', doc.id) && (
              <select
                aria-label={`Outlet of “${title}”`}
                value=""
                onChange={(event) =>
                  event.target.value && void setDocumentOutlet(doc, event.target.value)
                }
              >
                <OutletOptions outlets={outlets} none="Set…" />
              </select>
            )}
          </p>
        )}
        {!outlet && !readOnly('documents', doc.id) && (
          <StatedOriginOffer doc={doc} outlets={outlets} />
        )}
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
        onPassageChosen={onPassageChosen}
      />
    </section>
  );
});
