/**
 * The annotation already on exactly a passage: a second tag, or a claim, joins it rather than
 * laying a second highlight over the same words. An orphan marks no passage, so it never matches.
 */
import type { TextRange } from './anchoring/text-range';
import type { Annotation } from './types';

export function marksPassage(annotation: Annotation, passage: TextRange): boolean {
  return (
    annotation.status === 'anchored' &&
    annotation.target.start === passage.start &&
    annotation.target.end === passage.end
  );
}

export function annotationOnPassage(
  annotations: readonly Annotation[],
  passage: TextRange,
): Annotation | undefined {
  return annotations.find((annotation) => marksPassage(annotation, passage));
}
