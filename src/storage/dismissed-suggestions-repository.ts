import type { DismissedSuggestion } from '../domain/types';
import type { SlantDatabase } from './slant-database';

/** The passage a suggestion covers, as much as a dismissal needs to recognise it again. */
export interface SuggestedPassage {
  tag: string;
  start: number;
  end: number;
  exact: string;
}

/** One id per document, tag and place: dismissing twice is harmless. */
export const dismissalId = (documentId: string, s: SuggestedPassage) =>
  `${documentId}|${s.tag}|${s.start}|${s.end}`;

export function dismissedSuggestionsRepository(db: SlantDatabase) {
  return {
    listForDocument: (documentId: string) =>
      db.dismissedSuggestions.where('documentId').equals(documentId).toArray(),

    listForDocuments: (documentIds: readonly string[]) =>
      db.dismissedSuggestions
        .where('documentId')
        .anyOf([...documentIds])
        .toArray(),

    /** Records that the reader rejected these suggestions; returns the records written. */
    dismiss: async (documentId: string, passages: readonly SuggestedPassage[]) => {
      const dismissedAt = new Date().toISOString();
      const records: DismissedSuggestion[] = passages.map((p) => ({
        id: dismissalId(documentId, p),
        documentId,
        tag: p.tag,
        start: p.start,
        end: p.end,
        exact: p.exact,
        dismissedAt,
      }));
      await db.dismissedSuggestions.bulkPut(records);
      return records;
    },

    undismiss: (ids: readonly string[]) => db.dismissedSuggestions.bulkDelete([...ids]),
  };
}
