import {
  NO_FIGURE,
  WHY_NO_FIGURE,
  type AgreementFigure,
  type ClassAgreement,
} from '../../analysis';
import type { Tag } from '../../domain/types';
import { coefficient } from './figure-format';
import { ownValue } from '../../domain/keyed-record';

function FigureCell({ figure }: { figure: AgreementFigure | undefined }) {
  if (!figure) return <td className="numeric">{NO_FIGURE}</td>;
  return (
    <td className="numeric">
      {coefficient(figure)}
      {figure.value === null && (
        <span className="figure-reason"> ({WHY_NO_FIGURE[figure.reason]})</span>
      )}
    </td>
  );
}

/**
 * How far the students agree with one another, word by word, beyond what chance would give:
 * Krippendorff's alpha (any number of students, missing work allowed) and Fleiss' kappa.
 */
export function AgreementTable({
  tags,
  agreement,
}: {
  tags: readonly Tag[];
  agreement: ClassAgreement;
}) {
  const rows = [
    ...tags.map((t) => ({ id: t.id, label: t.label, figures: ownValue(agreement.byTag, t.id) })),
    { id: 'overall', label: 'All tags', figures: agreement.overall },
  ];
  return (
    <>
      <h3 id="agreement-heading">Class agreement</h3>
      <p className="hint">
        How far the {agreement.raters} students agree with one another on which words to mark,
        beyond what chance would give: 1 is full agreement, 0 no more than chance, below 0
        systematic disagreement. The key is not counted. Over {agreement.tokens} words.
      </p>
      <table className="class-table agreement-table" aria-labelledby="agreement-heading">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col" className="numeric">
              Krippendorff’s α
            </th>
            <th scope="col" className="numeric">
              Fleiss’ κ
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const alpha = row.figures?.alpha;
            const kappa = row.figures?.fleissKappa;
            // Neither figure, for the same reason: say it once, across both columns.
            const same =
              alpha?.value === null && kappa?.value === null && alpha.reason === kappa.reason;
            return (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {same ? (
                  <td colSpan={2} className="no-figures">
                    {NO_FIGURE}{' '}
                    <span className="figure-reason">({WHY_NO_FIGURE[alpha.reason]})</span>
                  </td>
                ) : (
                  <>
                    <FigureCell figure={alpha} />
                    <FigureCell figure={kappa} />
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
