import { librarySnapshot } from '../../state/library-snapshot';
import { markBackedUp, writeBackup } from '../../state/exchange-commands';
import { downloadBlob } from './download';

export const backupFileName = (now: Date) => `slant-backup-${now.toISOString().slice(0, 10)}.json`;

/**
 * Downloads a backup of everything stored; when the browser will not read the database (a full
 * disk), the copy kept in memory (`library-snapshot.ts`). Recording when the backup was made may
 * fail then, and need not succeed.
 */
export async function downloadBackupNow(now = new Date()): Promise<'stored' | 'memory'> {
  let from: 'stored' | 'memory' = 'stored';
  try {
    downloadBlob(backupFileName(now), await writeBackup(now));
  } catch (error) {
    // The browser will not read the database (a full disk): the copy kept in memory.
    const copy = librarySnapshot();
    if (!copy) throw error;
    downloadBlob(backupFileName(copy.at), copy.backup);
    from = 'memory';
  }
  await markBackedUp(now).catch(() => undefined);
  return from;
}
