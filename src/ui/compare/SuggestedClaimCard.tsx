import { useState } from 'react';
import type { SuggestedClaim } from '../../analysis';
import type { Outlet, SlantDocument } from '../../domain/types';
import { displayTitle } from '../../domain/document-title';

interface SuggestedClaimCardProps {
  suggestion: SuggestedClaim;
  docs: readonly SlantDocument[];
  outletOf: (doc: SlantDocument) => Outlet | undefined;
  /** Makes the claim from the chosen articles' passages. */
  onAdd: (name: string, documentIds: string[]) => void;
}

/**
 * A claim Compare offers from the figures the articles report ("Death toll"): each outlet's
 * figure, its wording and whom the article attributes it to. The reader edits the name, leaves
 * out a figure that is not the same fact, and adds it; nothing is saved before that.
 */
export function SuggestedClaimCard({ suggestion, docs, outletOf, onAdd }: SuggestedClaimCardProps) {
  const [name, setName] = useState(suggestion.name);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = suggestion.cells.filter((c) => c.figure && !left.has(c.documentId));
  const columnName = (d: SlantDocument) => outletOf(d)?.name ?? displayTitle(d);
  const headingId = `suggested-${suggestion.what}`;
  return (
    <section className="suggested-claim" aria-labelledby={headingId}>
      <h3 id={headingId}>Suggested claim: {suggestion.name}</h3>
      <table className="claim-matrix">
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Figure</th>
            <th scope="col">Wording</th>
            <th scope="col">Attribution</th>
          </tr>
        </thead>
        <tbody>
          {suggestion.cells.map((cell, i) => {
            const doc = docs[i]!;
            const figure = cell.figure;
            return (
              <tr key={cell.documentId}>
                <th scope="row">
                  {figure ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={!left.has(cell.documentId)}
                        onChange={(e) => {
                          const next = new Set(left);
                          if (e.target.checked) next.delete(cell.documentId);
                          else next.add(cell.documentId);
                          setLeft(next);
                        }}
                      />
                      {columnName(doc)}
                    </label>
                  ) : (
                    columnName(doc)
                  )}
                </th>
                <td className="claim-figures">{figure?.value ?? 'No figure'}</td>
                <td>{cell.wording && <q className="claim-wording">{cell.wording}</q>}</td>
                <td className="claim-attribution">
                  {figure ? (figure.attributedTo ?? 'No source named') : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="suggested-claim-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && chosen.length > 0)
            onAdd(
              name.trim(),
              chosen.map((c) => c.documentId),
            );
        }}
      >
        <label>
          Claim name <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={!name.trim() || chosen.length === 0}>
          Add this claim
        </button>
      </form>
    </section>
  );
}
