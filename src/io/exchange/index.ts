/**
 * Exchange: Slant's work in and out as files. One pure serializer per format, shared by the app
 * and the CLI; none touches the database or the DOM. Exports: W3C Web Annotations (JSON-LD), CSV,
 * the Slant backup, a PTC span file and an HTML report. Imports: the backup and W3C annotations
 * from Slant or other tools (Hypothesis, Recogito), each validated before the caller writes.
 */
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  type BackupContents,
} from './backup-format';
export type { BackupProblem } from './backup-checks';
export { offsetConverter, codePointLength, type OffsetConverter } from './code-points';
export { fromW3C, type ImportProblem, type W3CImport, type W3CImportOptions } from './from-w3c';
export { readJsonText, sizeError, type JsonRead, type JsonReadOptions } from './json-text';
export { parseBackup, type BackupParse, type BackupParseOptions } from './parse-backup';
export { PTC_TECHNIQUES, ptcTechniqueOf, tagIdOfPtcTechnique } from './ptc-techniques';
export { sourceKey, documentSource } from './source-url';
export { toBackup } from './to-backup';
export { CSV_COLUMNS, toCsv, type CsvExportInput, type CsvExportOptions } from './to-csv';
export { toPtcTsv, type PtcExportInput } from './to-ptc-tsv';
export { toReport, type ReportInput } from './to-report';
export {
  toW3C,
  toW3CPages,
  type W3CExportInput,
  type W3CExportOptions,
  type W3CPages,
} from './to-w3c';
export {
  ANNO_CONTEXT,
  type W3CAgent,
  type W3CAnnotation,
  type W3CAnnotationCollection,
  type W3CAnnotationPage,
  type W3CSpecificResource,
  type W3CTextPositionSelector,
  type W3CTextQuoteSelector,
  type W3CTextSelector,
  type W3CTextualBody,
} from './w3c-types';
export { FIGURES_CSV_COLUMNS, toFiguresCsv, type FiguresCsvOptions } from './figures-csv';
export { NO_SOURCE_FOUND, toClaimMatrixCsv, type ClaimMatrixCsvOptions } from './claim-matrix-csv';
export { type RestoredBackup, BACKUP_TABLES } from './backup-format';
