import { useState, type ChangeEvent } from 'react';
import { readBackupFile } from '../../io/backup';
import { restoreBackup } from '../../state/exchange-commands';
import { formatDate } from '../shared/format';

interface LibraryLostNoticeProps {
  /** When this browser last opened the library that is gone. */
  lastOpened: string;
  /** The backup is restored: finish the library and open it. */
  onRestored: () => Promise<void>;
  onStartAfresh: () => Promise<void>;
}

/**
 * Shown in place of the views when this browser had a library and its database is now empty:
 * never a quiet fresh start with the sample collection. Restoring a backup is the way back.
 */
export function LibraryLostNotice({
  lastOpened,
  onRestored,
  onStartAfresh,
}: LibraryLostNoticeProps) {
  const [message, setMessage] = useState('');
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = await readBackupFile(file, file.name);
    if (!parsed.ok) return setMessage(`${parsed.error} Nothing was changed.`);
    try {
      await restoreBackup(parsed.contents, 'replace');
      await onRestored();
    } catch (error) {
      setMessage(`The restore failed and nothing was changed: ${(error as Error).message}`);
    }
  };
  return (
    <section role="alert" aria-labelledby="library-lost-heading" className="problem">
      <h1 id="library-lost-heading">Your library was lost</h1>
      <p>
        This browser had a Slant library (last opened {formatDate(lastOpened)}), but its database is
        now empty: the browser deleted it, perhaps after the disk was full or to make room. Slant
        has not started again on its own, so nothing is overwritten. Restore your latest backup to
        get your work back.
      </p>
      <label className="file-button">
        Restore a backup…
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} />
      </label>{' '}
      <button type="button" onClick={() => void onStartAfresh()}>
        Start again with the sample collection
      </button>
      {message && <p>{message}</p>}
    </section>
  );
}
