import type { ClaimRow } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { toClaimMatrixCsv } from '../../io/csv';
import { downloadText } from '../shared/download';
import { fileStem } from '../../domain/file-stem';
import { csvByteOrderMark } from '../../state/preferences';

/** The claim matrix as a CSV file, for a spreadsheet or a class handout. */
export function ClaimsExport({
  rows,
  docs,
  name,
  counted,
}: {
  rows: readonly ClaimRow[];
  docs: readonly SlantDocument[];
  name: string;
  /** Which annotation layers the passages come from, in words (a column of the CSV). */
  counted?: string;
}) {
  if (rows.length === 0) return null;
  return (
    <button
      type="button"
      onClick={() =>
        downloadText(
          `${fileStem(name, 'slant')}-claims.csv`,
          toClaimMatrixCsv([...rows], [...docs], { counted, bom: csvByteOrderMark() }),
          'text/csv',
        )
      }
    >
      Download claims (CSV)
    </button>
  );
}
