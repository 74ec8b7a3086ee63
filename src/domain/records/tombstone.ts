import { z } from 'zod';
import { idSchema, isoDateSchema } from './fields';

/**
 * What a deleted annotation leaves: its id, where it was and when it was deleted, so that an
 * older file or a late sync can never bring it back (`domain/layers/tombstone.ts`).
 */
export const tombstoneSchema = z.strictObject({
  /** The deleted annotation's id. */
  id: idSchema,
  layerId: idSchema,
  documentId: idSchema,
  deletedAt: isoDateSchema,
});

export type Tombstone = z.infer<typeof tombstoneSchema>;
