import { z } from 'zod';
import { UNDERLINE_STYLES } from './choices';
import { idSchema } from './fields';

export const tagSchema = z.strictObject({
  /** Stable slug, e.g. `loaded-language`. */
  id: idSchema,
  label: z.string(),
  description: z.string(),
  /** CSS hex colour, `#rrggbb`. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour such as #D55E00' }),
  /** A second cue beside colour, so no one has to tell colours apart. */
  underline: z.enum(UNDERLINE_STYLES),
  /** One key that applies the tag in the editor, e.g. `1`. */
  shortcut: z.string().optional(),
  taxonomyId: z.string(),
  /**
   * Other ids this tag answers to: a preset's tag merged into this one (same name) leaves its
   * id here, so files that use the preset's id (PTC technique names, W3C exports) find this tag.
   */
  aliases: z.array(idSchema).optional(),
  /** Position in the taxonomy's list; lower first. */
  order: z.number(),
});

export type Tag = z.infer<typeof tagSchema>;
