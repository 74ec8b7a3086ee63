/**
 * A backup written before layers (format versions 1 and 2) read as one of today, as the schema
 * upgrade reads an older database (`storage/upgrades/add-layers.ts`; both use `domain/layers`):
 * its annotations go to the layer the upgrade gives them (a student's lesson work, otherwise the
 * user's default layer), its claims to the default layer, each student lesson gets its work
 * layer, a teacher's lesson's answer key (`lessons[i].key`) becomes its `lesson-key` layer and
 * each student's submitted annotations (`submissions[i].annotations`) a read-only layer of theirs.
 *
 * Those copies were snapshots taken at one moment, so a copy whose article is no longer in the
 * backup is left out, and one whose offsets no longer fit the text is kept as an orphan, each
 * with a warning naming where it was in the file.
 */
import { z } from 'zod';
import {
  DEFAULT_LAYER_ID,
  liftOldCopies,
  lessonWorkLayer,
  oldAnnotationLayerId,
  submissionLayerId,
  type AnnotationLayer,
} from '../../domain/layers';
import {
  annotationSchema,
  lessonSchema,
  submissionSchema,
  type Annotation,
  type SlantDocument,
} from '../../domain/records';
import type { BackupProblem } from './backup-checks';
import type { RestoredBackup } from './backup-format';
import { backupSchema } from './backup-schema';

/** The first backup format version that holds layers. */
export const LAYERS_SINCE = 3;

/** A backup as versions 1 and 2 wrote it: lessons held their key, submissions their annotations. */
export const olderBackupSchema = backupSchema.extend({
  lessons: z.array(lessonSchema.extend({ key: z.array(annotationSchema).optional() })).optional(),
  submissions: z
    .array(
      submissionSchema.omit({ layerId: true }).extend({ annotations: z.array(annotationSchema) }),
    )
    .optional(),
});

type OldCopy = Annotation & { from: string };

/** Leaves out a copy whose article is gone; makes one whose offsets no longer fit an orphan. */
function fitCopy(
  copy: OldCopy,
  documents: ReadonlyMap<string, SlantDocument>,
  warnings: BackupProblem[],
): Annotation | undefined {
  const { from, ...annotation } = copy;
  const document = documents.get(annotation.documentId);
  if (!document) {
    warnings.push({
      where: `${from}.documentId`,
      message: `document “${annotation.documentId}” is not in the backup, so this copy was left out`,
      repaired: true,
    });
    return undefined;
  }
  const { start, end } = annotation.target;
  if (annotation.status === 'anchored' && (end > document.text.length || start > end)) {
    warnings.push({
      where: `${from}.target`,
      message: `${start}–${end} no longer fits “${document.title}”, so it was kept as an orphan to re-attach`,
      repaired: true,
    });
    return { ...annotation, status: 'orphaned' };
  }
  return annotation;
}

export interface OlderRead {
  contents: RestoredBackup;
  /** Where each annotation lifted out of a lesson or submission was in the file, by its index. */
  origins: ReadonlyMap<number, string>;
  warnings: BackupProblem[];
}

type OldContents = Omit<RestoredBackup, 'lessons' | 'submissions'> & {
  lessons: (RestoredBackup['lessons'][number] & { key?: Annotation[] })[];
  submissions: (Omit<RestoredBackup['submissions'][number], 'layerId'> & {
    annotations: Annotation[];
  })[];
};

export function withLayers(old: OldContents, exportedAt: string): OlderRead {
  const studentLessons = old.lessons.filter((lesson) => lesson.role === 'student');
  const layers: AnnotationLayer[] = [];
  for (const lesson of studentLessons)
    layers.push(lessonWorkLayer(lesson, layers.length + 1, exportedAt));
  const annotations = old.annotations.map((annotation) => ({
    ...annotation,
    layerId: oldAnnotationLayerId(annotation, studentLessons),
  }));

  const documents = new Map(old.documents.map((d) => [d.id, d]));
  const warnings: BackupProblem[] = [];
  const lessons = old.lessons.map(({ key, ...lesson }, index) => ({
    ...lesson,
    key: key?.map((a, i) => ({ ...a, from: `lessons[${index}].key[${i}]` })),
  }));
  const submissions = old.submissions.map((submission, index) => ({
    ...submission,
    annotations: submission.annotations.map((a, i) => ({
      ...a,
      from: `submissions[${index}].annotations[${i}]`,
    })),
  }));
  const taken = new Set(annotations.map((a) => a.id));
  const origins = new Map<number, string>();
  for (const lifted of liftOldCopies<OldCopy>(lessons, submissions, taken, layers, exportedAt)) {
    const fitted = fitCopy(lifted, documents, warnings);
    if (!fitted) continue;
    origins.set(annotations.length, lifted.from);
    annotations.push({ ...fitted, layerId: lifted.layerId });
  }

  return {
    contents: {
      ...old,
      annotations,
      claims: old.claims.map((claim) => ({ ...claim, layerId: DEFAULT_LAYER_ID })),
      lessons: old.lessons.map(({ key: _key, ...lesson }) => lesson),
      submissions: old.submissions.map(({ annotations: _a, ...submission }) => ({
        ...submission,
        layerId: submissionLayerId(submission.id),
      })),
      layers,
    },
    origins,
    warnings,
  };
}
