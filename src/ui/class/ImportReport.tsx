import { describeMerge } from '../../domain/layers';
import type { ImportedWork, RefusedWork, StudentFile } from '../../io/class';

export interface ImportOutcome {
  imported: ImportedWork[];
  /** With the file's text where it was read, so a duplicate can be imported again to replace. */
  refused: (RefusedWork & { file?: StudentFile })[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function importedLine({
  fileName,
  submission,
  annotations,
  report,
  replaces,
  merge,
}: ImportedWork) {
  const parts = [plural(annotations.length, 'annotation', 'annotations')];
  if (report.moved > 0) parts.push(`${report.moved} found elsewhere in your text`);
  if (report.orphaned > 0)
    parts.push(`${plural(report.orphaned, 'passage', 'passages')} not found in your text`);
  return `${fileName}: ${submission.student}, ${parts.join(', ')}${replaces ? ` (replaced the earlier work: ${merge ? describeMerge(merge) : 'nothing'})` : ''}.`;
}

/** What an import did, file by file: what came in, and what was refused and why. */
export function ImportReport({
  outcome,
  onReplace,
}: {
  outcome: ImportOutcome;
  onReplace: (file: StudentFile) => void;
}) {
  const { imported, refused } = outcome;
  return (
    <div className="import-report" role="region" aria-label="What the import did">
      <p role="status">
        {plural(imported.length, 'file', 'files')} imported
        {refused.length > 0 && `, ${plural(refused.length, 'file', 'files')} refused`}.
      </p>
      {imported.length > 0 && (
        <ul aria-label="Imported">
          {imported.map((i) => (
            <li key={`${i.fileName}-${i.submission.id}`}>
              {importedLine(i)}
              {i.similarTo && (
                <strong className="error-text">
                  {' '}
                  Check this one: {Math.round(i.similarTo.share * 100)}% of its passages and tags
                  are the same as {i.similarTo.student}’s (
                  {i.similarTo.fileName ?? 'handed in before this import'}).
                </strong>
              )}
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <ul aria-label="Refused" className="refused-list">
          {refused.map((r, index) => (
            <li key={`${r.fileName}-${index}`}>
              <span className="error-text">{r.error}</span>
              {r.reason === 'duplicate-student' && r.file && (
                <>
                  {' '}
                  <button type="button" onClick={() => onReplace(r.file!)}>
                    Replace with {r.fileName}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
