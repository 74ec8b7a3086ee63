import { z } from 'zod';
import { idSchema, isoDateSchema } from './fields';

/**
 * A lesson: the documents, tags and instructions a teacher hands out as one pack. The same id is
 * kept in every copy, so students' work finds its way back to it. The answer key is the
 * lesson's `lesson-key` layer, each person's work a `lesson-work` layer (src/domain/layers).
 */
export const lessonSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  instructions: z.string(),
  documentIds: z.array(idSchema),
  /** The tags students are asked to use, in the teacher's order. */
  tagIds: z.array(idSchema),
  /** `teacher`: this browser made the pack. `student`: it was opened from a pack. */
  role: z.enum(['teacher', 'student']),
  /** Set when the teacher switched suggestions off for this exercise. */
  suggestionsOff: z.boolean().optional(),
  createdAt: isoDateSchema,
});

export type Lesson = z.infer<typeof lessonSchema>;
