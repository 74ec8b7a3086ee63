/**
 * Which layer the annotate view edits when the user has not chosen: a student's own work on a
 * lesson that uses the article (the lesson opened last, when several do), otherwise their own
 * default layer. A read-only layer is never edited, whatever was chosen before.
 */
import type { AnnotationLayer } from '../records';
import { DEFAULT_LAYER_ID } from './annotation-layer';

interface LessonArticles {
  id: string;
  documentIds: readonly string[];
  createdAt: string;
}

export const editableLayers = (layers: readonly AnnotationLayer[]) =>
  layers.filter((layer) => !layer.readOnly);

export function defaultActiveLayer(
  documentId: string,
  layers: readonly AnnotationLayer[],
  lessons: readonly LessonArticles[],
): string {
  const lessonById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  let best: { layer: AnnotationLayer; opened: string } | undefined;
  for (const layer of layers) {
    if (layer.kind !== 'lesson-work' || layer.readOnly || !layer.lessonId) continue;
    const lesson = lessonById.get(layer.lessonId);
    if (!lesson?.documentIds.includes(documentId)) continue;
    if (!best || lesson.createdAt > best.opened) best = { layer, opened: lesson.createdAt };
  }
  return best?.layer.id ?? DEFAULT_LAYER_ID;
}

/** The layer to edit: the one chosen for this article if it can still be edited, else the default. */
export function activeLayerFor(
  documentId: string,
  chosen: string | undefined,
  layers: readonly AnnotationLayer[],
  lessons: readonly LessonArticles[],
): string {
  const usable = chosen && layers.some((layer) => layer.id === chosen && !layer.readOnly);
  return usable ? chosen : defaultActiveLayer(documentId, layers, lessons);
}
