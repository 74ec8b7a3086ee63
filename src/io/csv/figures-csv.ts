/**
 * The Compare table as a spreadsheet: one row per article with its length, loaded language,
 * attributed and unattributed claims and the sources it names, then one column per other tag
 * used. RFC 4180 and formula-safe, written the way to-csv.ts writes (papaparse, its formula
 * guard), so a title from a hostile page cannot run in Excel.
 */
import Papa from 'papaparse';
import type { DocumentFigures } from '../../analysis/compare/document-figures';
import type { Tag } from '../../domain/types';
import { FORMULA_START } from './to-csv';
import { withByteOrderMark } from './byte-order-mark';
import { ownValue } from '../../domain/keyed-record';

export interface FiguresCsvOptions {
  /** Labels for the tag columns; a tag not listed is headed by its id. */
  tags?: readonly Pick<Tag, 'id' | 'label'>[];
  /** Start with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
  /** Which annotation layers the counts come from, in words: a last column on every row. */
  counted?: string;
}

export const FIGURES_CSV_COLUMNS = [
  'Document ID',
  'Title',
  'Outlet',
  'Affiliation',
  'Words',
  'Loaded language',
  'Loaded language per 1,000 words',
  'Unattributed claims',
  'Attributed claims',
  'Sources named',
  'Sources',
] as const;

/** The last column when the counted layers are given. */
export const COUNTED_COLUMN = 'Layers counted';

// Tags with a column of their own above.
const OWN_COLUMN = new Set(['loaded-language', 'unattributed-claim']);

export function toFiguresCsv(
  rows: readonly DocumentFigures[],
  options: FiguresCsvOptions = {},
): string {
  const labels = new Map((options.tags ?? []).map((t) => [t.id, t.label]));
  const tagIds = [...new Set(rows.flatMap((r) => Object.keys(r.tagCounts)))]
    .filter((id) => !OWN_COLUMN.has(id))
    .sort();
  const data = rows.map((r) => [
    r.documentId,
    r.title,
    r.outletName ?? '',
    r.affiliation,
    r.words,
    r.loadedLanguage,
    Math.round(r.loadedPer1000Words * 10) / 10,
    r.unattributedClaims,
    r.attributedClaims,
    r.sourcesNamed.length,
    r.sourcesNamed.join('; '),
    ...tagIds.map((id) => ownValue(r.tagCounts, id) ?? 0),
    ...(options.counted === undefined ? [] : [options.counted]),
  ]);
  const fields = [
    ...FIGURES_CSV_COLUMNS,
    ...tagIds.map((id) => `Tagged: ${labels.get(id) ?? id}`),
    ...(options.counted === undefined ? [] : [COUNTED_COLUMN]),
  ];
  const csv = Papa.unparse(
    { fields, data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  // With no data rows papaparse already ends the header with a line break.
  return withByteOrderMark(`${csv.replace(/\r\n$/, '')}\r\n`, options.bom);
}
