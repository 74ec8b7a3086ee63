/**
 * How the Class view writes its figures: scores as whole percentages, agreement coefficients to
 * two decimals, and "—" where a figure does not exist, with the reason in words.
 */
import type { AgreementFigure, NoFigureReason } from '../../analysis';

export const NO_FIGURE = '—';

export const percent = (value: number | null) =>
  value === null ? NO_FIGURE : `${Math.round(value * 100)}%`;

/** Two decimals; a value that rounds to zero is `0.00`, never `-0.00`. */
export const coefficient = (figure: AgreementFigure) =>
  figure.value === null
    ? NO_FIGURE
    : (Math.abs(figure.value) < 0.005 ? 0 : figure.value).toFixed(2);

export const NO_FIGURE_REASONS: Record<NoFigureReason, string> = {
  'too-few-ratings': 'needs the work of at least two students',
  'no-variation': 'every student gave every word the same rating, so there is nothing to measure',
  'unequal-raters': 'not every student rated every article',
};
