import { z } from 'zod';
import { idSchema, isoDateSchema } from './fields';

/**
 * An annotation layer (annotation set): whose work a set of annotations is. `mine` is the user's
 * own default layer; `lesson-key` a lesson's answer key; `lesson-work` one person's work on a
 * lesson (this browser's own, or a student's imported); `imported` annotations from a file, kept
 * apart; `member` a team member's layer from a shared space.
 */
export const LAYER_KINDS = ['mine', 'lesson-key', 'lesson-work', 'imported', 'member'] as const;

export const layerSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(LAYER_KINDS),
  /** Whose work it is, as they signed it; empty when the user never gave a name. */
  owner: z.string(),
  /** The lesson a `lesson-key` or `lesson-work` layer belongs to. */
  lessonId: idSchema.optional(),
  /** What the layer is called in menus, e.g. `My annotations`, `Key: Coastal killings`. */
  label: z.string(),
  /** CSS hex colour for drawing the layer when shown beside the one being edited. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour such as #D55E00' }),
  /** Shown but never changed here: a classmate's work, an import kept for reference, a submitted lesson. */
  readOnly: z.boolean(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});

export type LayerKind = (typeof LAYER_KINDS)[number];
export type AnnotationLayer = z.infer<typeof layerSchema>;
