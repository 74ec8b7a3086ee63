/**
 * zod schemas for the records of a Slant backup, strict enough to catch what would break the app
 * later: a wrong type, a missing field, a date that is not one, an offset that is not a whole
 * number. Records are strict objects: a field the data model does not have is refused rather than
 * stored (it would be invisible in Slant) or dropped (it would be lost without a word); a Slant
 * that adds a field raises the format version. The file's top level may hold other keys, which
 * are ignored: they never reach the database. The lesson pack and the student's work files
 * (`src/io/class`) reuse these schemas, so all of Slant's files agree on what a valid record is.
 */
import { z } from 'zod';
import { AFFILIATIONS, UNDERLINE_STYLES } from '../../domain/types';
import { BACKUP_FORMAT } from './backup-format';

/** Date.parse rolls 2025-02-31 over into March, so the day is checked against its month too. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    !Number.isNaN(Date.parse(value))
  );
}

const id = z.string().min(1, 'an id cannot be empty');
const text = z.string();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    error: 'must be a date such as 2025-03-08 or 2025-03-08T10:00:00.000Z',
    abort: true,
  })
  .refine(isRealDate, { error: 'is not a real date' });
const offset = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .nonnegative({ error: 'cannot be negative' });
/** Field names as Slant makes them (`shouldCite`). */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const fieldName = z.string().regex(FIELD_NAME, { error: 'is not a field name Slant uses' });

export const tagSchema = z.strictObject({
  id,
  label: text,
  description: text,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour such as #D55E00' }),
  underline: z.enum(UNDERLINE_STYLES),
  shortcut: text.optional(),
  taxonomyId: text,
  order: z.number(),
});

export const outletSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  domains: z.array(text),
  affiliation: z.enum(AFFILIATIONS),
  country: text.optional(),
  owner: text.optional(),
  notes: text.optional(),
  evidence: z.array(z.strictObject({ url: text, label: text.optional() })),
});

export const collectionSchema = z.strictObject({
  id,
  name: text,
  description: text,
  documentIds: z.array(id),
});

export const documentSchema = z.strictObject({
  id,
  title: text,
  text,
  outletId: id.optional(),
  url: text.optional(),
  author: text.optional(),
  publishedAt: isoDate.optional(),
  importedAt: isoDate,
  language: text.optional(),
  contentHash: text,
  collectionIds: z.array(id),
  deletedAt: isoDate.optional(),
});

export const annotationSchema = z.strictObject({
  id,
  documentId: id,
  tagIds: z.array(id),
  target: z.strictObject({
    start: offset,
    end: offset,
    exact: z.string().min(1, 'an annotation needs a quote'),
    prefix: text,
    suffix: text,
  }),
  note: text,
  fields: z.record(fieldName, text),
  annotator: text,
  origin: z.enum(['manual', 'suggestion']),
  status: z.enum(['anchored', 'orphaned']),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const claimSchema = z.strictObject({
  id,
  name: text,
  note: text,
  annotationIds: z.array(id),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const lessonSchema = z.strictObject({
  id,
  title: text,
  instructions: text,
  documentIds: z.array(id),
  tagIds: z.array(id),
  role: z.enum(['teacher', 'student']),
  key: z.array(annotationSchema).optional(),
  suggestionsOff: z.boolean().optional(),
  createdAt: isoDate,
});

/** A student's name, as students type it: anything but blank. */
export const studentNameSchema = z
  .string()
  .refine((name) => name.trim().length > 0, { error: 'a student needs a name' });

export const submissionSchema = z.strictObject({
  id,
  lessonId: id,
  student: studentNameSchema,
  annotations: z.array(annotationSchema),
  orphanCount: offset,
  exportedAt: isoDate,
  importedAt: isoDate,
});

/** Building blocks for the other Slant files (lesson packs, students' work). */
export { id as idSchema, isoDate as isoDateSchema, offset as offsetSchema };

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: isoDate,
  /** Tags deleted from the taxonomy that annotations still carry (Slant keeps them). */
  removedTagIds: z.array(id).optional(),
  tags: z.array(tagSchema),
  outlets: z.array(outletSchema),
  collections: z.array(collectionSchema),
  documents: z.array(documentSchema),
  annotations: z.array(annotationSchema),
  /** Since version 2; a version 1 file has none of these. */
  claims: z.array(claimSchema).optional(),
  lessons: z.array(lessonSchema).optional(),
  submissions: z.array(submissionSchema).optional(),
});
