/**
 * How the Class view writes its figures: scores as whole percentages, agreement coefficients to
 * two decimals, and "—" where a figure does not exist (its reason in words is `WHY_NO_FIGURE`).
 */
import { NO_FIGURE, type AgreementFigure } from '../../analysis';

export const percent = (value: number | null) =>
  value === null ? NO_FIGURE : `${Math.round(value * 100)}%`;

/** Two decimals; a value that rounds to zero is `0.00`, never `-0.00`. */
export const coefficient = (figure: AgreementFigure) =>
  figure.value === null
    ? NO_FIGURE
    : (Math.abs(figure.value) < 0.005 ? 0 : figure.value).toFixed(2);
