/**
 * zod schemas of the lesson pack and the student's work. Their records (documents, tags,
 * annotations) are checked by the records' own schemas (`domain/records`), as in the backup, so
 * the three files agree on what a valid record is; only the top level is new. As in the backup,
 * other top-level keys are ignored.
 */
import { z } from 'zod';
import {
  annotationSchema,
  documentSchema,
  idSchema,
  isoDateSchema,
  studentNameSchema,
  tagSchema,
} from '../../domain/records';
import { isUuid } from '../w3c';
import { LESSON_PACK_FORMAT } from './lesson-pack-format';
import { STUDENT_WORK_FORMAT } from './student-work-format';

const lessonId = idSchema.refine(isUuid, { error: 'must be a lesson id (a UUID)' });

export const lessonPackSchema = z.object({
  format: z.literal(LESSON_PACK_FORMAT),
  version: z.number(),
  id: lessonId,
  title: z.string(),
  instructions: z.string(),
  suggestionsOff: z.boolean().optional(),
  createdAt: isoDateSchema,
  documents: z.array(documentSchema),
  tags: z.array(tagSchema),
  key: z.array(annotationSchema).optional(),
});

export const studentWorkSchema = z.object({
  format: z.literal(STUDENT_WORK_FORMAT),
  version: z.number(),
  lessonId,
  lessonTitle: z.string(),
  student: studentNameSchema,
  exportedAt: isoDateSchema,
  documents: z.array(z.strictObject({ id: idSchema, title: z.string(), contentHash: z.string() })),
  annotations: z.array(annotationSchema),
});
