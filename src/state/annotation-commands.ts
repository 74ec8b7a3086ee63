import { describe } from '../domain/anchoring';
import type { Annotation } from '../domain/types';
import { annotationsRepository } from '../storage/annotations-repository';
import { db } from './database';
import { annotatorName } from './preferences';
import { useUndoHistory } from './undo-history';

/**
 * Everything the user does to annotations goes through here: each change is written at once, in
 * its own transaction, and can be undone.
 */
const repository = () => annotationsRepository(db);

export interface NewAnnotation {
  documentId: string;
  text: string;
  start: number;
  end: number;
  tagIds: string[];
}

/** The record for a new annotation, made at once so it can be drawn before it is saved. */
export function newAnnotation({ documentId, text, start, end, tagIds }: NewAnnotation): Annotation {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    documentId,
    tagIds,
    target: describe(text, start, end),
    note: '',
    fields: {},
    annotator: annotatorName(),
    origin: 'manual',
    status: 'anchored',
    createdAt: now,
    updatedAt: now,
  };
}

export async function saveNewAnnotation(annotation: Annotation) {
  await repository().put(annotation);
  useUndoHistory.getState().push({
    label: 'Create annotation',
    undo: () => repository().remove(annotation.id),
    redo: () =>
      repository()
        .put(annotation)
        .then(() => undefined),
  });
  return annotation;
}

export type AnnotationChanges = Partial<
  Pick<Annotation, 'tagIds' | 'note' | 'fields' | 'target' | 'status'>
>;

export async function updateAnnotation(before: Annotation, changes: AnnotationChanges) {
  const after: Annotation = { ...before, ...changes, updatedAt: new Date().toISOString() };
  await repository().put(after);
  useUndoHistory.getState().push({
    label: 'Edit annotation',
    undo: () =>
      repository()
        .put(before)
        .then(() => undefined),
    redo: () =>
      repository()
        .put(after)
        .then(() => undefined),
  });
  return after;
}

export async function deleteAnnotation(annotation: Annotation) {
  await repository().remove(annotation.id);
  useUndoHistory.getState().push({
    label: 'Delete annotation',
    undo: () =>
      repository()
        .put(annotation)
        .then(() => undefined),
    redo: () => repository().remove(annotation.id),
  });
}
