/**
 * Slant's data as spreadsheets (RFC 4180, formula-safe): annotations, the Compare view's figures
 * and its claim matrix. `FORMULA_START` is the one list of cell starts a spreadsheet would run,
 * for every CSV Slant writes (the class's results and the CLI's too).
 */
export {
  CSV_COLUMNS,
  FORMULA_START,
  toCsv,
  type CsvExportInput,
  type CsvExportOptions,
} from './to-csv';
export { BYTE_ORDER_MARK, withByteOrderMark } from './byte-order-mark';
export { FIGURES_CSV_COLUMNS, toFiguresCsv, type FiguresCsvOptions } from './figures-csv';
export { NO_SOURCE_FOUND, toClaimMatrixCsv, type ClaimMatrixCsvOptions } from './claim-matrix-csv';
