import { useState } from 'react';
import type { StorageProblem } from '../../state/ui-store';
import { downloadBackupNow } from '../shared/download-backup';

/** A save that failed, above the current view: what happened, what to do, and a way to dismiss. */
export function SaveProblemNotice({
  problem,
  onDismiss,
}: {
  problem: StorageProblem;
  onDismiss: () => void;
}) {
  const [downloadNote, setDownloadNote] = useState('');
  const download = () =>
    downloadBackupNow().then(
      (from) =>
        setDownloadNote(
          from === 'memory'
            ? 'The browser would not read the database, so the backup holds the copy this tab kept: everything saved until a moment before the disk filled.'
            : 'The backup holds everything saved so far.',
        ),
      (error: unknown) =>
        setDownloadNote(
          `The backup could not be made: ${(error as Error).message}. Free some space and try again.`,
        ),
    );
  return (
    <div role="alert" className="save-problem">
      <strong>Your last change was not saved. {problem.title}.</strong> {problem.detail}{' '}
      {problem.kind === 'full' && (
        <button type="button" className="primary" onClick={() => void download()}>
          Download a backup now
        </button>
      )}{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
      {downloadNote && <p>{downloadNote}</p>}
    </div>
  );
}
