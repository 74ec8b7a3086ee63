/**
 * The import page's reading of files: runs them through the import worker, keeps the progress
 * to show, and says in words what happened when it ends or is cancelled.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../io/import';
import {
  importOffThread,
  type ImportProgress,
  type ImportRun,
} from '../../state/import/import-off-thread';

const files = (n: number) => (n === 1 ? '1 file' : `${n} files`);

export function cancelledMessage(read: number, total: number): string {
  const unread = total - read;
  return read === 0
    ? 'Import cancelled before any file was read. Nothing was added to your library.'
    : `Import cancelled after ${files(read)} of ${total}; the other ${files(unread)} ${unread === 1 ? 'was' : 'were'} not read. ` +
        'Nothing was added to your library: what was read is in the preview below, to save or discard.';
}

export function useFileImport(onOutcome: (outcome: ImportOutcome) => void) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState('');
  const run = useRef<ImportRun | null>(null);

  const start = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    run.current?.cancel();
    setSummary('');
    const current = importOffThread(chosen, { onProgress: setProgress, onOutcome });
    run.current = current;
    const { outcomes, cancelled } = await current.finished;
    if (run.current !== current) return;
    run.current = null;
    setProgress(null);
    setSummary(
      cancelled
        ? cancelledMessage(outcomes.length, chosen.length)
        : `Read ${files(outcomes.length)}.`,
    );
  };

  const cancel = () => run.current?.cancel();
  // Leaving the import page stops the reading: nothing read is kept anywhere but the preview.
  useEffect(() => () => run.current?.cancel(), []);
  return { progress, summary, start, cancel };
}
