import { z } from 'zod';
import { idSchema, isoDateSchema, layerIdSchema } from './fields';

/**
 * Passages from several documents that state the same fact ("death toll"), linked so the Compare
 * view can line up each outlet's figure, wording and attribution in one row.
 */
export const claimSchema = z.strictObject({
  id: idSchema,
  /** The layer whose claim it is. */
  layerId: layerIdSchema,
  /** What the passages state, e.g. `Death toll`. */
  name: z.string(),
  note: z.string(),
  /** The linked annotations, usually one or more per document. */
  annotationIds: z.array(idSchema),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});

export type Claim = z.infer<typeof claimSchema>;
