import { useRef, useState } from 'react';
import type { ClaimRow } from '../../analysis';
import type { Annotation, Claim, Outlet, SlantDocument } from '../../domain/types';
import { displayTitle } from '../../domain/document-title';

interface ClaimMatrixProps {
  rows: readonly ClaimRow[];
  claims: ReadonlyMap<string, Claim>;
  docs: readonly SlantDocument[];
  outletOf: (doc: SlantDocument) => Outlet | undefined;
  /** Each document's anchored annotations, to link one from a cell's menu. */
  annotationsOf: (documentId: string) => readonly Annotation[];
  onLink: (claim: Claim, annotationId: string) => void;
  onUnlink: (claim: Claim, annotationIds: readonly string[]) => void;
  onDelete: (claim: Claim) => void;
  /** Sources are still being found (in the suggestion worker). */
  attributing?: boolean;
}

const excerpt = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Claims across the articles: each outlet's figure, wording and attribution in one row. */
export function ClaimMatrix(props: ClaimMatrixProps) {
  const { rows, claims, docs, outletOf } = props;
  const columnName = (d: SlantDocument) => outletOf(d)?.name ?? displayTitle(d);
  if (rows.length === 0) {
    return (
      <p className="empty">
        No claims yet. Select a passage in any article (or click a highlight) and add it to a new
        claim, or name a claim above; then link the passages of the other articles that state the
        same fact, from the selection or from each article’s menu in the claim’s row.
      </p>
    );
  }
  return (
    <div className="claim-matrix-scroll">
      <table className="claim-matrix">
        <caption>Claims across the articles</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {docs.map((d) => (
              <th key={d.id} scope="col">
                {columnName(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const claim = claims.get(row.claimId);
            if (!claim) return null;
            return (
              <tr key={row.claimId}>
                <th scope="row">
                  {row.name}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onDelete(claim)}
                  >
                    Delete<span className="visually-hidden"> the claim “{row.name}”</span>
                  </button>
                </th>
                {row.cells.map((cell, i) => {
                  const doc = docs[i]!;
                  return (
                    <td key={cell.documentId}>
                      {cell.annotationIds.length > 0 ? (
                        <ClaimCellView
                          cell={cell}
                          attributing={props.attributing ?? false}
                          onUnlink={() => props.onUnlink(claim, cell.annotationIds)}
                          label={`${columnName(doc)} from “${row.name}”`}
                        />
                      ) : (
                        <LinkMenu
                          annotations={props.annotationsOf(doc.id)}
                          label={`from ${columnName(doc)} to “${row.name}”`}
                          onLink={(id) => props.onLink(claim, id)}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ClaimCellView({
  cell,
  label,
  attributing,
  onUnlink,
}: {
  cell: ClaimRow['cells'][number];
  label: string;
  attributing: boolean;
  onUnlink: () => void;
}) {
  return (
    <>
      {cell.figures.length > 0 && <p className="claim-figures">{cell.figures.join(', ')}</p>}
      <q className="claim-wording">{cell.wording}</q>
      <p className="claim-attribution">
        {cell.attribution === 'unattributed'
          ? 'Unattributed'
          : cell.attribution
            ? `Source: ${cell.attribution}`
            : attributing
              ? 'Finding the source…'
              : 'No source named in the sentence'}
      </p>
      <button type="button" className="link-button" onClick={onUnlink}>
        Remove<span className="visually-hidden"> {label}</span>
      </button>
    </>
  );
}

/**
 * An empty cell: a small “+ add passage” button that opens the list of the article's passages
 * only when asked, so a row of empty cells stays narrow.
 */
function LinkMenu({
  annotations,
  label,
  onLink,
}: {
  annotations: readonly Annotation[];
  label: string;
  onLink: (annotationId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (annotations.length === 0) return <span className="claim-missing">Not stated</span>;
  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className="link-button claim-add"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        + add passage<span className="visually-hidden"> {label}</span>
      </button>
    );
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <select
      aria-label={`Link a passage ${label}`}
      className="claim-link-menu"
      value=""
      // Opened on request, so the choice is where the keyboard already is.
      autoFocus
      onKeyDown={(e) => e.key === 'Escape' && close()}
      onBlur={() => setOpen(false)}
      onChange={(e) => {
        if (!e.target.value) return;
        onLink(e.target.value);
        setOpen(false);
      }}
    >
      <option value="">Choose a passage…</option>
      {annotations.map((a) => (
        <option key={a.id} value={a.id}>
          {excerpt(a.target.exact)}
        </option>
      ))}
    </select>
  );
}
