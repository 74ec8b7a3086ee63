import { z } from 'zod';

/** A small key-value store for one-time facts such as "the sample collection was loaded". */
export const metaRecordSchema = z.strictObject({
  key: z.string(),
  value: z.unknown(),
});

export type MetaRecord = z.infer<typeof metaRecordSchema>;
