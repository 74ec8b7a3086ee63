import type { Annotation, Lesson } from './types';

/**
 * The annotations that make a lesson's answer key: anchored, on the lesson's articles, with its
 * tags only, in the lesson's article order and then reading order.
 */
export function keyOf(lesson: Lesson, annotations: readonly Annotation[]): Annotation[] {
  const order = new Map(lesson.documentIds.map((id, i) => [id, i]));
  return annotations
    .filter((a) => a.status === 'anchored' && order.has(a.documentId))
    .map((a) => ({ ...a, tagIds: a.tagIds.filter((t) => lesson.tagIds.includes(t)) }))
    .filter((a) => a.tagIds.length > 0)
    .sort(
      (a, b) =>
        (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) ||
        a.target.start - b.target.start ||
        a.target.end - b.target.end,
    );
}
