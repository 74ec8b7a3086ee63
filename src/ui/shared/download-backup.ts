import { toBackup, type RestoredBackup } from '../../io/backup';
import { librarySnapshot } from '../../state/library-snapshot';
import { markBackedUp, readEverything } from '../../state/exchange-commands';
import { downloadText } from './download';

/**
 * Downloads a backup of everything stored; when the browser will not read the database (a full
 * disk), the copy kept in memory (`library-snapshot.ts`). Recording when the backup was made may
 * fail then, and need not succeed.
 */
export async function downloadBackupNow(now = new Date()): Promise<'stored' | 'memory'> {
  let contents: RestoredBackup;
  let from: 'stored' | 'memory' = 'stored';
  try {
    contents = await readEverything();
  } catch (error) {
    // The browser will not read the database (a full disk): the copy kept in memory.
    const copy = librarySnapshot();
    if (!copy) throw error;
    contents = copy.contents;
    from = 'memory';
  }
  downloadText(`slant-backup-${now.toISOString().slice(0, 10)}.json`, toBackup(contents, now));
  await markBackedUp(now).catch(() => undefined);
  return from;
}
