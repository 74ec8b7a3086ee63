/**
 * The claim matrix as a spreadsheet: one row per claim, and for each article three columns, its
 * wording, figures and attribution. A cell is empty where the article has no passage for the
 * claim, and says "no source found" where it has one but no source was found in its sentence.
 * RFC 4180 and formula-safe, written the way to-csv.ts writes (papaparse, its formula guard).
 */
import Papa from 'papaparse';
import type { ClaimRow } from '../../analysis/compare/claim-matrix';
import type { SlantDocument } from '../../domain/types';
import { FORMULA_START } from './to-csv';
import { withByteOrderMark } from './byte-order-mark';
import { COUNTED_COLUMN } from './figures-csv';

export interface ClaimMatrixCsvOptions {
  /** Start with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
  /** Which annotation layers the passages come from, in words: a last column on every row. */
  counted?: string;
}

export const NO_SOURCE_FOUND = 'no source found';

/** Each document's title, numbered when two share one, so every column name is unique. */
function documentLabels(documents: readonly Pick<SlantDocument, 'id' | 'title'>[]): string[] {
  const seen = new Map<string, number>();
  return documents.map((d) => {
    const title = d.title.trim() || d.id;
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}

export function toClaimMatrixCsv(
  matrix: readonly ClaimRow[],
  documents: readonly Pick<SlantDocument, 'id' | 'title'>[],
  options: ClaimMatrixCsvOptions = {},
): string {
  const fields = [
    'Claim',
    'Note',
    ...documentLabels(documents).flatMap((label) => [
      `${label}: wording`,
      `${label}: figures`,
      `${label}: attribution`,
    ]),
    ...(options.counted === undefined ? [] : [COUNTED_COLUMN]),
  ];
  const data = matrix.map((row) => [
    row.name,
    row.note,
    ...documents.flatMap((d) => {
      const cell = row.cells.find((c) => c.documentId === d.id);
      if (!cell || cell.annotationIds.length === 0) return ['', '', ''];
      return [cell.wording, cell.figures.join('; '), cell.attribution ?? NO_SOURCE_FOUND];
    }),
    ...(options.counted === undefined ? [] : [options.counted]),
  ]);
  const csv = Papa.unparse(
    { fields, data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  // With no data rows papaparse already ends the header with a line break.
  return withByteOrderMark(`${csv.replace(/\r\n$/, '')}\r\n`, options.bom);
}
