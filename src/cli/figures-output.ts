/**
 * `slant figures` output: one JSON object per file (camelCase keys, as `analyze` writes), or
 * CSV with one row per figure and the file's columns repeated on each (a file with no figure
 * gets one row with the figure's columns empty). CSV is RFC 4180 and formula-safe, written as
 * the app's CSV exports are.
 */
import Papa from 'papaparse';
import type { ReportedFigure } from '../analysis';
import { FORMULA_START } from '../io/csv';

export interface FileFigures {
  source: string;
  words: number;
  loadedLanguagePer1000: number;
  unattributedClaims: number;
  attributedClaims: number;
  sources: string[];
  figures: Pick<ReportedFigure, 'value' | 'number' | 'what' | 'start' | 'end' | 'attributedTo'>[];
}

export const FIGURES_CSV_COLUMNS = [
  'source',
  'words',
  'loaded_language_per_1000',
  'unattributed_claims',
  'attributed_claims',
  'sources',
  'value',
  'number',
  'what',
  'start',
  'end',
  'attributed_to',
] as const;

export function figuresJsonLine(file: FileFigures): string {
  return `${JSON.stringify(file)}\n`;
}

export function figuresCsv(files: readonly FileFigures[]): string {
  const data = files.flatMap((file) => {
    const columns = [
      file.source,
      file.words,
      file.loadedLanguagePer1000,
      file.unattributedClaims,
      file.attributedClaims,
      file.sources.join('; '),
    ];
    if (file.figures.length === 0) return [[...columns, '', '', '', '', '', '']];
    return file.figures.map((f) => [
      ...columns,
      f.value,
      f.number,
      f.what,
      f.start,
      f.end,
      f.attributedTo ?? '',
    ]);
  });
  const csv = Papa.unparse(
    { fields: [...FIGURES_CSV_COLUMNS], data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  );
  // With no rows papaparse already ends the header with a line break.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
