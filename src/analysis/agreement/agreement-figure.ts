/**
 * An agreement coefficient that may not exist. Alpha and kappa divide by the disagreement
 * expected by chance, which is zero when every rating is the same; rather than hand the UI a
 * NaN, the measures return `value: null` with the reason, which the UI can show as "—".
 */

export type NoFigureReason =
  /** Fewer than two ratings of any one unit: nothing to compare. */
  | 'too-few-ratings'
  /** Every rating is the same value, so chance agreement is total and the ratio is 0/0. */
  | 'no-variation'
  /** Fleiss' kappa needs every subject rated by the same number of raters; some were not. */
  | 'unequal-raters';

/** Shown where a figure that does not exist would stand. */
export const NO_FIGURE = '—';

/**
 * Why a figure does not exist, in the one wording the Class view, `slant agree` and the agreement
 * CSV all use, so a teacher reads the same reason wherever they look.
 */
export const WHY_NO_FIGURE: Record<NoFigureReason, string> = {
  'too-few-ratings': 'needs the work of at least two students',
  'no-variation': 'every student gave every word the same rating, so there is nothing to measure',
  'unequal-raters': 'not every student rated every article',
};

export type AgreementFigure = { value: number } | { value: null; reason: NoFigureReason };

export function figure(value: number): AgreementFigure {
  return { value };
}

export function noFigure(reason: NoFigureReason): AgreementFigure {
  return { value: null, reason };
}
