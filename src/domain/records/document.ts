import { z } from 'zod';
import { idSchema, isoDateSchema } from './fields';

/** An article as Slant holds it. */
export const documentSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  /** Canonical plain text: paragraphs joined by a single `\n`. */
  text: z.string(),
  outletId: idSchema.optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  publishedAt: isoDateSchema.optional(),
  importedAt: isoDateSchema,
  /** BCP 47 language tag when known, e.g. `en`, `ar`. */
  language: z.string().optional(),
  /** Hex SHA-256 of `text`; finds a document imported twice. */
  contentHash: z.string(),
  collectionIds: z.array(idSchema),
  /** Set while the document is in the trash; restoring clears it. */
  deletedAt: isoDateSchema.optional(),
});

export type SlantDocument = z.infer<typeof documentSchema>;
