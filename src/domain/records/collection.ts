import { z } from 'zod';
import { idSchema } from './fields';

export const collectionSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  /** The collection's documents in reading order. */
  documentIds: z.array(idSchema),
});

export type Collection = z.infer<typeof collectionSchema>;
