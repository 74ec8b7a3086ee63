import { z } from 'zod';
import { annotationSchema } from './annotation';
import { idSchema, isoDateSchema } from './fields';

/**
 * A lesson: the documents, tags and instructions a teacher hands out as one pack. The same id is
 * kept in every copy, so students' work finds its way back to it. The teacher's copy holds the
 * answer key as it was when the pack was made; a student's copy never does.
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
  /** The teacher's answer key; absent in a student's copy. */
  key: z.array(annotationSchema).optional(),
  /** Set when the teacher switched suggestions off for this exercise. */
  suggestionsOff: z.boolean().optional(),
  createdAt: isoDateSchema,
});

export type Lesson = z.infer<typeof lessonSchema>;
