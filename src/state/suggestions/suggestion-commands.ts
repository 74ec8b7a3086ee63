/**
 * What the reader does with suggestions: accept one (it becomes an annotation with origin
 * `suggestion`), accept all of a tag at once, or reject (remembered, so it stays rejected). Each is
 * one transaction and one step of undo.
 */
import type { Suggestion } from '../../analysis';
import type { Annotation, SlantDocument } from '../../domain/types';
import { dismissedSuggestionsRepository } from '../../storage/dismissed-suggestions-repository';
import { createAnnotationNow, newAnnotation, type NewAnnotation } from '../annotation-commands';
import { db } from '../database';
import { useUndoHistory } from '../undo-history';

const fromSuggestion = (doc: SlantDocument, s: Suggestion): NewAnnotation => ({
  documentId: doc.id,
  text: doc.text,
  start: s.start,
  end: s.end,
  tagIds: [s.tag],
  origin: 'suggestion',
  fields: s.outletId ? { outletId: s.outletId } : {},
});

/** Accepts one suggestion the way a key press tags: drawn at once, saved after the frame. */
export function acceptSuggestion(doc: SlantDocument, suggestion: Suggestion) {
  return createAnnotationNow(fromSuggestion(doc, suggestion));
}

/** Accepts many suggestions in one transaction, undone as one step. */
export async function acceptSuggestions(
  doc: SlantDocument,
  suggestions: readonly Suggestion[],
): Promise<Annotation[]> {
  const created = suggestions.map((s) => newAnnotation(fromSuggestion(doc, s)));
  const ids = created.map((a) => a.id);
  await db.transaction('rw', db.annotations, () => db.annotations.bulkPut(created));
  useUndoHistory.getState().push({
    label: `Accept ${created.length} suggestions`,
    undo: () => db.annotations.bulkDelete(ids),
    redo: () => db.annotations.bulkPut(created).then(() => undefined),
  });
  return created;
}

export async function rejectSuggestions(doc: SlantDocument, suggestions: readonly Suggestion[]) {
  const repository = dismissedSuggestionsRepository(db);
  const records = await repository.dismiss(doc.id, suggestions);
  const ids = records.map((r) => r.id);
  useUndoHistory.getState().push({
    label: suggestions.length === 1 ? 'Reject suggestion' : `Reject ${ids.length} suggestions`,
    undo: () => repository.undismiss(ids),
    redo: () => repository.dismiss(doc.id, suggestions).then(() => undefined),
  });
}
