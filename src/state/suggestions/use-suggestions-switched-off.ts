import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';

/**
 * The lesson that switched suggestions off for this document, if a student opened one: the
 * teacher's choice for the exercise outranks the student's own setting.
 */
export const useLessonWithoutSuggestions = (documentId: string) =>
  useLiveQuery(
    async () =>
      (await db.lessons.toArray()).find(
        (l) => l.role === 'student' && l.suggestionsOff && l.documentIds.includes(documentId),
      ) ?? null,
    [documentId],
  );
