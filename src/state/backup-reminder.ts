import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { LAST_BACKUP } from './exchange-commands';

/**
 * Whether the user has work no backup holds: annotations made or changed since the last backup
 * was downloaded (or ever, without one). Browsers can clear site data; a backup file survives it.
 */
export interface BackupReminder {
  unsaved: number;
  lastBackupAt?: string;
}

export const useBackupReminder = () =>
  useLiveQuery(async (): Promise<BackupReminder> => {
    const lastBackupAt = (await db.meta.get(LAST_BACKUP))?.value as string | undefined;
    const unsaved = await db.annotations
      .where('updatedAt')
      .above(lastBackupAt ?? '')
      .count();
    return { unsaved, ...(lastBackupAt && { lastBackupAt }) };
  }, []);
