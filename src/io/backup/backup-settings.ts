/**
 * The settings a backup carries beside the records: the name stamped on annotations, the CSV
 * byte-order mark, what suggestions show, and how layers are viewed (which one is edited on each
 * article, which are shown beside it, which Compare counts). They live in the browser's
 * localStorage rather than the database, so the backup lists them apart. Settings that do not
 * fit this shape are left out with a warning: they never cost the user the restore of their work.
 */
import { z } from 'zod';
import { idSchema } from '../../domain/records';

export const backupSettingsSchema = z.strictObject({
  annotatorName: z.string().max(200).optional(),
  csvByteOrderMark: z.boolean().optional(),
  suggestions: z
    .strictObject({
      show: z.boolean(),
      detectors: z.strictObject({
        loadedLanguage: z.boolean(),
        unattributedClaims: z.boolean(),
        outlets: z.boolean(),
      }),
      loadedLanguage: z.strictObject({
        point: z.enum(['precise', 'more']),
        inQuotes: z.boolean(),
      }),
    })
    .optional(),
  layerView: z
    .strictObject({
      chosenByDocument: z.record(idSchema, idSchema),
      shown: z.array(idSchema),
      countedInCompare: z.array(idSchema).nullable(),
    })
    .optional(),
});

export type BackupSettings = z.infer<typeof backupSettingsSchema>;
