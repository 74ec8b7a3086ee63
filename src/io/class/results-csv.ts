/**
 * The Class view's results as spreadsheets. `toResultsCsv`: one row per student, with precision,
 * recall and F1 against the key per tag and overall (fractions from 0 to 1, four decimals; an
 * empty cell where a figure does not exist), their annotation and orphan counts. `toAgreementCsv`:
 * one row per tag and one overall, with Krippendorff's alpha and Fleiss' kappa, and why a figure
 * is missing. RFC 4180 and formula-safe, written as to-csv.ts writes (papaparse with its formula
 * guard): students type their own names, and a name like `=HYPERLINK(…)` must stay text.
 */
import Papa from 'papaparse';
import {
  WHY_NO_FIGURE,
  type AgreementFigure,
  type ClassAgreement,
  type KeyScore,
  type KeyScoreReport,
} from '../../analysis';
import type { Tag } from '../../domain/types';
import { FORMULA_START, withByteOrderMark } from '../csv';
import { ownValue } from '../../domain/keyed-record';

export interface StudentResult {
  student: string;
  exportedAt: string;
  annotations: number;
  orphaned: number;
  score: KeyScoreReport;
}

export interface ResultsCsvOptions {
  /** Start with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
}

type TagName = Pick<Tag, 'id' | 'label'>;

const fraction = (value: number | null) => (value === null ? '' : Math.round(value * 1e4) / 1e4);

const figures = (score: KeyScore | undefined) =>
  score ? [fraction(score.precision), fraction(score.recall), fraction(score.f1)] : ['', '', ''];

function unparse(fields: string[], data: unknown[][], options: ResultsCsvOptions): string {
  const csv = Papa.unparse(
    { fields, data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  return withByteOrderMark(`${csv}\r\n`, options.bom);
}

export function toResultsCsv(
  tags: readonly TagName[],
  students: readonly StudentResult[],
  options: ResultsCsvOptions = {},
): string {
  const scored = [...tags.map((t) => t.label), 'Overall'];
  const fields = [
    'Student',
    'Exported',
    'Annotations',
    'Orphaned',
    ...scored.flatMap((name) => [`${name}: precision`, `${name}: recall`, `${name}: F1`]),
  ];
  const data = students.map((s) => [
    s.student,
    s.exportedAt,
    s.annotations,
    s.orphaned,
    ...tags.flatMap((t) => figures(ownValue(s.score.byTag, t.id))),
    ...figures(s.score.overall),
  ]);
  return unparse(fields, data, options);
}

const figureCells = (figure: AgreementFigure | undefined) =>
  !figure
    ? ['', '']
    : figure.value === null
      ? ['', WHY_NO_FIGURE[figure.reason]]
      : [Math.round(figure.value * 1e4) / 1e4, ''];

export function toAgreementCsv(
  tags: readonly TagName[],
  agreement: ClassAgreement,
  options: ResultsCsvOptions = {},
): string {
  const fields = [
    'Tag',
    "Krippendorff's alpha",
    'Why no alpha',
    "Fleiss' kappa",
    'Why no kappa',
    'Students',
    'Word tokens',
  ];
  const rows = [
    ...tags.map((t) => [t.label, ownValue(agreement.byTag, t.id)] as const),
    ['Overall', agreement.overall] as const,
  ];
  const data = rows.map(([name, figures]) => [
    name,
    ...figureCells(figures?.alpha),
    ...figureCells(figures?.fleissKappa),
    agreement.raters,
    agreement.tokens,
  ]);
  return unparse(fields, data, options);
}
