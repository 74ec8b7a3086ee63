import { memo, useMemo } from 'react';
import type { Annotation } from '../../domain/types';
import { DocumentEditor, type DocumentEditorProps } from '../../editor/DocumentEditor';
import { withAnnotationsDrawn, type LayerColourOf } from '../../editor/highlight-index';
import type { TextPositions } from '../../editor/text-positions';
import { madeIn, usePendingAnnotations } from '../../state/pending-annotations';

interface AnnotatedTextProps extends DocumentEditorProps {
  documentId: string;
  /** The layer being edited: annotations just made join it. */
  layerId: string;
  positions: TextPositions;
  /** How `highlightIndex` colours layers, so that a new highlight is placed as it will be. */
  colourOf: LayerColourOf;
}

const NONE: readonly Annotation[] = [];

/**
 * The annotate view's text, which draws an annotation the moment it is made: a tag's key press
 * re-renders this and the paragraph it marks, not the view around it (whose lists over thousands
 * of annotations catch up after the paint, state/use-pending-after-paint.ts). Once the view's
 * `highlightIndex` draws the annotation itself, it is not drawn twice.
 */
export const AnnotatedText = memo(function AnnotatedText({
  documentId,
  layerId,
  positions,
  colourOf,
  highlightIndex,
  ...editor
}: AnnotatedTextProps) {
  const pending = usePendingAnnotations((s) => s.byId);
  const made = useMemo(
    () => (editor.editable || pending.size === 0 ? NONE : madeIn(pending, documentId, layerId)),
    [pending, documentId, layerId, editor.editable],
  );
  const drawn = useMemo(
    () => withAnnotationsDrawn(highlightIndex, made, positions, colourOf),
    [highlightIndex, made, positions, colourOf],
  );
  return <DocumentEditor {...editor} highlightIndex={drawn} />;
});
