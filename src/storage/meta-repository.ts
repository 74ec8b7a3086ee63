import type { SlantDatabase } from './slant-database';

/**
 * One-time facts kept in the `meta` table that belong to no record: when the last backup was
 * downloaded. (Lessons keep their own dates there too: `lessons-repository.ts`.)
 */
const LAST_BACKUP = 'last-backup-at';

export function metaRepository(db: SlantDatabase) {
  const lastBackupAt = async () => (await db.meta.get(LAST_BACKUP))?.value as string | undefined;
  return {
    lastBackupAt,

    markBackedUp: (at: Date) => db.meta.put({ key: LAST_BACKUP, value: at.toISOString() }),

    /** Annotations made or changed since the last backup (all of them, without one). */
    unsavedSinceBackup: async () => {
      const since = await lastBackupAt();
      const unsaved = await db.annotations
        .where('updatedAt')
        .above(since ?? '')
        .count();
      return { unsaved, ...(since && { lastBackupAt: since }) };
    },
  };
}
