import { z } from 'zod';
import { idSchema, isoDateSchema, layerIdSchema, offsetSchema } from './fields';

/**
 * A suggestion the reader rejected, so it stays rejected. Keyed by document, tag and passage: the
 * same words suggested elsewhere in the text are a separate suggestion.
 */
export const dismissedSuggestionSchema = z.strictObject({
  id: idSchema,
  documentId: idSchema,
  /** The layer whose reader rejected it: another layer may still be offered it. */
  layerId: layerIdSchema,
  tag: z.string(),
  start: offsetSchema,
  end: offsetSchema,
  exact: z.string(),
  dismissedAt: isoDateSchema,
});

export type DismissedSuggestion = z.infer<typeof dismissedSuggestionSchema>;
