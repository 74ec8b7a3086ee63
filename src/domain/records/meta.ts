import { z } from 'zod';

/** A small key-value store for one-time facts such as "the sample collection was loaded". */
export const metaRecordSchema = z.strictObject({
  key: z.string(),
  value: z.unknown(),
});

export type MetaRecord = z.infer<typeof metaRecordSchema>;

/**
 * The `meta` records that are the user's and go in a backup: when a lesson's articles or tags
 * last changed (so a key made before says so after a restore). The rest are this browser's own
 * markers (the default tags and the sample collection were loaded here, the last backup was
 * downloaded here), which a restore must neither bring nor clear.
 */
export const metaInBackup = (key: string): boolean => key.startsWith('lesson-content-changed:');
