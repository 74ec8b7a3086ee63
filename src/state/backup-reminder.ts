import { meta, useLiveRead } from '../storage';

/**
 * Whether the user has work no backup holds: annotations made or changed since the last backup
 * was downloaded (or ever, without one). Browsers can clear site data; a backup file survives it.
 */
export interface BackupReminder {
  unsaved: number;
  lastBackupAt?: string;
}

export const useBackupReminder = () =>
  useLiveRead((): Promise<BackupReminder> => meta.unsavedSinceBackup(), []);
