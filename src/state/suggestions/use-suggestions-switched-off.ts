import { lessons, useLiveRead } from '../../storage';

/**
 * The lesson that switched suggestions off for this document, if a student opened one: the
 * teacher's choice for the exercise outranks the student's own setting.
 */
export const useLessonWithoutSuggestions = (documentId: string) =>
  useLiveRead(() => lessons.withoutSuggestionsFor(documentId), [documentId]);
