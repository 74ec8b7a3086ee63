import { z } from 'zod';
import { fieldNameSchema, idSchema, isoDateSchema, layerIdSchema, offsetSchema } from './fields';

/** A passage as an imported file gave it: its quote and context, and its position if any. */
export const foreignPassageSchema = z.strictObject({
  exact: z.string().min(1).optional(),
  prefix: z.string(),
  suffix: z.string(),
  /** As the file gives it: code points if the tool follows the W3C model. */
  position: z.strictObject({ start: offsetSchema, end: offsetSchema }).optional(),
});

/**
 * An imported annotation not on a passage of any document (yet): either its article is not in
 * the library, so it waits in the Unplaced list until an article with its address or its quote
 * is imported; or it is a note on a whole page (Hypothesis's page notes, no passage at all),
 * which is kept on its document once that is known (`documentId`).
 */
export const unplacedSchema = z.strictObject({
  id: idSchema,
  layerId: layerIdSchema,
  /** Every address that names the page it was made on, matched against articles' addresses. */
  sources: z.array(z.string()),
  /** The article's id in the Slant library it was exported from. */
  slantDocumentId: idSchema.optional(),
  /** The passage to place; absent for a note on the whole page. */
  passage: foreignPassageSchema.optional(),
  /** The article a page note is on, once it is in the library. */
  documentId: idSchema.optional(),
  tagIds: z.array(idSchema),
  note: z.string(),
  fields: z.record(fieldNameSchema, z.string()),
  annotator: z.string(),
  origin: z.enum(['manual', 'suggestion']),
  /** The file it was imported from, to say where it came from. */
  fileName: z.string(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});

export type ForeignPassage = z.infer<typeof foreignPassageSchema>;
export type UnplacedAnnotation = z.infer<typeof unplacedSchema>;
