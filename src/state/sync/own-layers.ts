/**
 * Which of this browser's layers a member shares as their own layer units: their own
 * annotations (`mine`), their work on each lesson, and layers they imported from a file (W3C,
 * Hypothesis, Recogito), which are theirs to edit here and so theirs in the space. Not shared:
 * what arrived from the space (`shared-…`, keys), and a student's work a teacher imported from a
 * submission file, which is the student's, not the teacher's (a student in the space shares it).
 */
import { lessonWorkLayerId } from '../../domain/layers';
import type { Row } from '../../storage';

export function sharedAsOwn(layer: Row): boolean {
  if (layer.id.startsWith('shared-')) return false;
  if (layer.kind === 'mine' || layer.kind === 'imported') return true;
  return (
    layer.kind === 'lesson-work' &&
    typeof layer.lessonId === 'string' &&
    layer.id === lessonWorkLayerId(layer.lessonId)
  );
}
