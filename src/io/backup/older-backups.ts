/**
 * A backup written before layers (format versions 1 and 2) read as one of today: its annotations
 * go to the layer the schema upgrade gives them (`domain/layers` `oldAnnotationLayerId`: a
 * student's lesson work, otherwise the user's default layer), its claims to the default layer,
 * and each student lesson gets its work layer, as the upgrade makes them.
 */
import {
  DEFAULT_LAYER_ID,
  lessonWorkLayer,
  oldAnnotationLayerId,
  type AnnotationLayer,
} from '../../domain/layers';
import type { RestoredBackup } from './backup-format';

/** The first backup format version that holds layers. */
export const LAYERS_SINCE = 3;

export function withLayers(contents: RestoredBackup, exportedAt: string): RestoredBackup {
  const studentLessons = contents.lessons.filter((lesson) => lesson.role === 'student');
  const layers: AnnotationLayer[] = [];
  for (const lesson of studentLessons)
    layers.push(lessonWorkLayer(lesson, layers.length + 1, exportedAt));
  return {
    ...contents,
    annotations: contents.annotations.map((annotation) => ({
      ...annotation,
      layerId: oldAnnotationLayerId(annotation, studentLessons),
    })),
    claims: contents.claims.map((claim) => ({ ...claim, layerId: DEFAULT_LAYER_ID })),
    layers,
  };
}
