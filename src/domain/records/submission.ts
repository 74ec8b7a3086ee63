import { z } from 'zod';
import { idSchema, isoDateSchema, offsetSchema } from './fields';

/** A student's name, as students type it: anything but blank. */
export const studentNameSchema = z
  .string()
  .refine((name) => name.trim().length > 0, { error: 'a student needs a name' });

/**
 * One student's work on a lesson, as the teacher imported it. Its annotations are in its own
 * read-only layer (`layerId`), anchored to the teacher's copy of the texts.
 */
export const submissionSchema = z.strictObject({
  id: idSchema,
  lessonId: idSchema,
  student: studentNameSchema,
  /** The read-only layer holding the student's annotations. */
  layerId: idSchema,
  /** Annotations whose passage could not be found in the teacher's copy of the text. */
  orphanCount: offsetSchema,
  exportedAt: isoDateSchema,
  importedAt: isoDateSchema,
});

export type Submission = z.infer<typeof submissionSchema>;
