/**
 * What the reader does with suggestions: accept one (it becomes an annotation with origin
 * `suggestion`), accept all of a tag at once, or reject (remembered, so it stays rejected). Each is
 * one transaction and one step of undo.
 */
import type { Suggestion } from '../../analysis';
import type { Annotation, SlantDocument } from '../../domain/types';
import { annotations, dismissedSuggestions } from '../../storage';
import {
  createAnnotationNow,
  newAnnotation,
  pushCreation,
  type NewAnnotation,
} from '../annotation-commands';
import { useUndoHistory } from '../undo-history';

const fromSuggestion = (doc: SlantDocument, layerId: string, s: Suggestion): NewAnnotation => ({
  documentId: doc.id,
  layerId,
  text: doc.text,
  start: s.start,
  end: s.end,
  tagIds: [s.tag],
  origin: 'suggestion',
  fields: s.outletId ? { outletId: s.outletId } : {},
});

/** Accepts one suggestion the way a key press tags: drawn at once, saved after the frame. */
export function acceptSuggestion(doc: SlantDocument, layerId: string, suggestion: Suggestion) {
  return createAnnotationNow(fromSuggestion(doc, layerId, suggestion));
}

/** Accepts many suggestions in one transaction, undone as one step. */
export async function acceptSuggestions(
  doc: SlantDocument,
  layerId: string,
  suggestions: readonly Suggestion[],
): Promise<Annotation[]> {
  const created = suggestions.map((s) => newAnnotation(fromSuggestion(doc, layerId, s)));
  await annotations.putMany(created);
  pushCreation(`Accept ${created.length} suggestions`, created);
  return created;
}

export async function rejectSuggestions(
  doc: SlantDocument,
  layerId: string,
  suggestions: readonly Suggestion[],
) {
  const records = await dismissedSuggestions.dismiss(doc.id, layerId, suggestions);
  const ids = records.map((r) => r.id);
  useUndoHistory.getState().push({
    label: suggestions.length === 1 ? 'Reject suggestion' : `Reject ${ids.length} suggestions`,
    undo: () => dismissedSuggestions.undismiss(ids),
    redo: () => dismissedSuggestions.dismiss(doc.id, layerId, suggestions).then(() => undefined),
  });
}
