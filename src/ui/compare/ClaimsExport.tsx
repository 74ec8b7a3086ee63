import type { ClaimRow } from '../../analysis';
import type { SlantDocument } from '../../domain/types';
import { toClaimMatrixCsv } from '../../io/csv';
import { downloadText } from '../shared/download';
import { fileStem } from '../../domain/file-stem';
import { displayTitle } from '../../domain/document-title';
import { csvByteOrderMark } from '../../state/preferences';

/** The claim matrix as a CSV file, for a spreadsheet or a class handout. */
export function ClaimsExport({
  rows,
  docs,
  name,
  counted,
  outletName,
}: {
  rows: readonly ClaimRow[];
  docs: readonly SlantDocument[];
  name: string;
  /** Which annotation layers the passages come from, in words (a column of the CSV). */
  counted?: string;
  /** An article's outlet name, if known: it heads the article's columns, else the title. */
  outletName?: (doc: SlantDocument) => string | undefined;
}) {
  // Columns are headed by what a reader knows the article by: its outlet, else its title.
  const headed = docs.map((d) => ({ id: d.id, title: outletName?.(d) ?? displayTitle(d) }));
  if (rows.length === 0) return null;
  return (
    <button
      type="button"
      onClick={() =>
        downloadText(
          `${fileStem(name, 'slant')}-claims.csv`,
          toClaimMatrixCsv([...rows], headed, { counted, bom: csvByteOrderMark() }),
          'text/csv',
        )
      }
    >
      Download claims (CSV)
    </button>
  );
}
