/**
 * Tagging the selected passage in the annotate view: a new annotation drawn at once, or a tag
 * added to the annotation already on exactly that passage; and re-attaching an orphan to the
 * selection. What happened is said through `say`, for the view's status line.
 */
import { startTransition } from 'react';
import { describe } from '../../domain/anchoring';
import type { TextRange } from '../../domain/anchoring/text-range';
import { annotationOnPassage, marksPassage } from '../../domain/annotation-on-passage';
import { trimSelection } from '../../domain/trim-selection';
import type { Annotation, SlantDocument, Tag } from '../../domain/types';
import type { TextSelection } from '../../editor/DocumentEditor';
import { afterNextPaint } from '../../state/after-next-paint';
import { createAnnotationNow, updateAnnotation } from '../../state/annotation-commands';
import { madeIn, usePendingAnnotations } from '../../state/pending-annotations';

interface TaggingContext {
  doc: SlantDocument;
  /** The layer being edited: new annotations join it. */
  layerId: string;
  annotations: readonly Annotation[] | undefined;
  selection: TextSelection | null;
  tagById: ReadonlyMap<string, Tag>;
  setActiveId: (id: string) => void;
  say: (message: string) => void;
}

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

export function useTagging({
  doc,
  layerId,
  annotations,
  selection,
  tagById,
  setActiveId,
  say,
}: TaggingContext) {
  const selected = (range: Pick<TextSelection, 'start' | 'end'> | null = selection) =>
    range && trimSelection(doc.text, range.start, range.end);

  /** One made on the passage since the view last caught up (a second key in the same frame). */
  const justMadeOn = (passage: TextRange) =>
    madeIn(usePendingAnnotations.getState().byId, doc.id, layerId).find((made) =>
      marksPassage(made, passage),
    );

  /** Tags `range` (the selection as read at the key press) or else the selection last heard of. */
  const applyTag = async (tagId: string, range?: Pick<TextSelection, 'start' | 'end'>) => {
    const trimmed = selected(range ?? selection);
    if (!trimmed) {
      say('Select a passage first, then press a tag’s key or pick a tag.');
      return;
    }
    const label = tagById.get(tagId)?.label ?? tagId;
    const same = justMadeOn(trimmed) ?? (annotations && annotationOnPassage(annotations, trimmed));
    if (same) {
      if (!same.tagIds.includes(tagId)) {
        await updateAnnotation(same, { tagIds: [...same.tagIds, tagId] });
        say(`Added ${label} to the annotation.`);
      }
      setActiveId(same.id);
      return;
    }
    const { annotation: created, saved } = createAnnotationNow({
      documentId: doc.id,
      layerId,
      text: doc.text,
      ...trimmed,
      tagIds: [tagId],
    });
    // The highlight is the urgent part: the first paint shows it alone. The panel (its details
    // open, with their fields) and the status line follow once that frame is painted.
    void afterNextPaint(async () =>
      startTransition(() => {
        setActiveId(created.id);
        say(`Tagged “${excerpt(created.target.exact)}” as ${label}.`);
      }),
    );
    try {
      await saved;
    } catch (error) {
      say(`Could not save the annotation: ${(error as Error).message}. Nothing was changed.`);
    }
  };

  /** Moves an orphaned (or any) annotation onto the selected passage. */
  const reattach = (annotation: Annotation | undefined) => {
    const trimmed = selected();
    if (!annotation || !trimmed) return;
    void updateAnnotation(annotation, {
      target: describe(doc.text, trimmed.start, trimmed.end),
      status: 'anchored',
    }).then(() => say('Re-attached the annotation to the selected passage.'));
  };

  return { applyTag, reattach };
}
