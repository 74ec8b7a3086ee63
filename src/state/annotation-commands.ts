import { describe } from '../domain/anchoring';
import type { Annotation, Claim } from '../domain/types';
import { annotations } from '../storage';
import { afterNextPaint } from './after-next-paint';
import { afterSaved, savesUnderWay, usePendingAnnotations } from './pending-annotations';
import { annotatorName } from './preferences';
import { useUndoHistory } from './undo-history';

/**
 * Everything the user does to annotations goes through here: each change is written at once, in
 * its own transaction, and can be undone.
 */

export interface NewAnnotation {
  documentId: string;
  /** The layer being edited: the annotation is its owner's. */
  layerId: string;
  text: string;
  start: number;
  end: number;
  tagIds: string[];
  /** `suggestion` when the reader accepted a suggestion; `manual` otherwise. */
  origin?: Annotation['origin'];
  fields?: Annotation['fields'];
}

/** The record for a new annotation, made at once so it can be drawn before it is saved. */
export function newAnnotation({
  documentId,
  layerId,
  text,
  start,
  end,
  tagIds,
  origin = 'manual',
  fields = {},
}: NewAnnotation): Annotation {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    documentId,
    layerId,
    tagIds,
    target: describe(text, start, end),
    note: '',
    fields,
    annotator: annotatorName(),
    origin,
    status: 'anchored',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * One step of undo for annotations just made: undo deletes them (unlinking them from any claim
 * that took them up meanwhile), redo puts them back with those links.
 */
export function pushCreation(label: string, created: readonly Annotation[]) {
  let linked: Claim[] = [];
  useUndoHistory.getState().push({
    label,
    undo: async () => {
      linked = await removeHere(created.map((a) => a.id));
    },
    redo: () => annotations.restore(created, linked),
  });
}

export async function saveNewAnnotation(annotation: Annotation) {
  await annotations.put(annotation);
  pushCreation('Create annotation', [annotation]);
  return annotation;
}

/**
 * Creates an annotation the way a key press should: drawn at once (as pending), saved just after
 * the frame is painted. `saved` settles when it is stored; on failure the pending copy goes.
 */
export function createAnnotationNow(fields: NewAnnotation): {
  annotation: Annotation;
  saved: Promise<void>;
} {
  const annotation = newAnnotation(fields);
  const pending = usePendingAnnotations.getState();
  pending.add(annotation);
  const saved = afterNextPaint(() => saveNewAnnotation(annotation))
    .then(() => undefined)
    .catch((error: unknown) => {
      pending.remove([annotation.id]);
      throw error;
    })
    .finally(() => savesUnderWay.delete(annotation.id));
  savesUnderWay.set(
    annotation.id,
    saved.catch(() => undefined),
  );
  return { annotation, saved };
}

export type AnnotationChanges = Partial<
  Pick<Annotation, 'tagIds' | 'note' | 'fields' | 'target' | 'status'>
>;

/** Thrown when an annotation was deleted (in another tab, say) before a change reached it. */
export class AnnotationGone extends Error {
  /** An undo step that meets this can never succeed: the history drops it. */
  readonly final = true;
  constructor() {
    super('This annotation was deleted meanwhile, perhaps in another tab; nothing was changed.');
  }
}

// Annotations this tab deleted (or un-created by undo), so an open one that vanishes can be told
// apart from one deleted in another tab.
const removedHere = new Set<string>();
const removeHere = (ids: readonly string[]) => {
  for (const id of ids) removedHere.add(id);
  return annotations.remove(ids);
};

/** Whether the annotation was deleted in another tab (not here), as far as this tab can tell. */
export async function deletedElsewhere(id: string): Promise<boolean> {
  return !removedHere.has(id) && (await annotations.isDeleted(id));
}

/** Writes only the fields that changed, and never brings back an annotation deleted meanwhile. */
async function change(id: string, fields: Partial<Omit<Annotation, 'id'>>) {
  if (!(await annotations.change(id, fields))) throw new AnnotationGone();
}

export async function updateAnnotation(before: Annotation, changes: AnnotationChanges) {
  await afterSaved(before.id);
  const updatedAt = new Date().toISOString();
  const after: Annotation = { ...before, ...changes, updatedAt };
  await change(before.id, { ...changes, updatedAt });
  const previous = Object.fromEntries(
    Object.keys(changes).map((key) => [key, before[key as keyof AnnotationChanges]]),
  ) as AnnotationChanges;
  useUndoHistory.getState().push({
    label: 'Edit annotation',
    undo: () => change(before.id, { ...previous, updatedAt: new Date().toISOString() }),
    redo: () => change(before.id, { ...changes, updatedAt: new Date().toISOString() }),
  });
  return after;
}

/**
 * Deletes an annotation and unlinks it from any claim, in one transaction; undo puts both back.
 */
export async function deleteAnnotation(annotation: Annotation) {
  await afterSaved(annotation.id);
  usePendingAnnotations.getState().remove([annotation.id]);
  const linked = await removeHere([annotation.id]);
  useUndoHistory.getState().push({
    label: 'Delete annotation',
    undo: () => annotations.restore([annotation], linked),
    redo: () => removeHere([annotation.id]).then(() => undefined),
  });
}
