/**
 * The Compare view's figures as a data table: one row per article, so a student can read across
 * (one article's profile) or down (how the outlets differ on one measure). The chart beside it
 * shows the same numbers; this table is what a screen reader or a printout relies on.
 */
import { memo, useId } from 'react';
import type { DocumentFigures } from '../../analysis/compare/document-figures';
import { formatNumber } from '../shared/format';
import { affiliationLabel } from '../outlets/affiliation-label';
import './figures.css';

interface FiguresTableProps {
  /** One article per row, in the order the Compare view shows them. */
  rows: readonly DocumentFigures[];
  /** The sources are still being found: attributed claims and sources show no number yet. */
  sourcesPending?: boolean;
}

const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** Loaded language per 1,000 words, to one decimal: `4.2`. */
const formatRate = (n: number) => oneDecimal.format(n);

const COLUMNS = [
  'Article',
  'Affiliation',
  'Words',
  'Loaded language',
  'Per 1,000 words',
  'Unattributed claims',
  'Attributed claims',
  'Sources named',
] as const;

function SourcesCell({ names }: { names: readonly string[] }) {
  if (names.length === 0) return <td className="figures-num">0</td>;
  return (
    <td className="figures-num">
      <details className="figures-sources">
        <summary>
          {names.length}{' '}
          <span className="visually-hidden">{names.length === 1 ? 'source' : 'sources'}</span>
        </summary>
        <ul>
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </details>
      {/* A closed <details> prints closed; this list shows the names on paper only. */}
      <ul className="figures-sources-print" aria-hidden="true">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </td>
  );
}

/** A figure not known yet: not a zero, which would read as "none". */
function PendingCell() {
  return (
    <td className="figures-num figures-pending" aria-busy="true">
      …<span className="visually-hidden"> still being found</span>
    </td>
  );
}

export const FiguresTable = memo(function FiguresTable({
  rows,
  sourcesPending = false,
}: FiguresTableProps) {
  const captionId = useId();
  return (
    <div className="figures-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures-table">
        <caption id={captionId}>Figures per article</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length}>No articles to compare yet.</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.documentId}>
              <th scope="row">
                {row.outletName && (
                  <>
                    <span className="figures-outlet">{row.outletName}</span>
                    <span className="visually-hidden">:</span>{' '}
                  </>
                )}
                <span className="figures-title">{row.title}</span>
              </th>
              <td>{affiliationLabel(row.affiliation)}</td>
              <td className="figures-num">{formatNumber(row.words)}</td>
              <td className="figures-num">{formatNumber(row.loadedLanguage)}</td>
              <td className="figures-num">{formatRate(row.loadedPer1000Words)}</td>
              <td className="figures-num">{formatNumber(row.unattributedClaims)}</td>
              {sourcesPending ? (
                <>
                  <PendingCell />
                  <PendingCell />
                </>
              ) : (
                <>
                  <td className="figures-num">{formatNumber(row.attributedClaims)}</td>
                  <SourcesCell names={row.sourcesNamed} />
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
