import { DEFAULT_LAYER_ID } from '../domain/records';
import type { DismissedSuggestion } from '../domain/types';
import type { SlantDatabase } from './slant-database';

/** The passage a suggestion covers, as much as a dismissal needs to recognise it again. */
export interface SuggestedPassage {
  tag: string;
  start: number;
  end: number;
  exact: string;
}

/**
 * One id per layer, document, tag and place: dismissing twice is harmless. The default layer's
 * ids are those made before layers existed.
 */
export const dismissalId = (layerId: string, documentId: string, s: SuggestedPassage) =>
  `${layerId === DEFAULT_LAYER_ID ? '' : `${layerId}|`}${documentId}|${s.tag}|${s.start}|${s.end}`;

export function dismissedSuggestionsRepository(db: SlantDatabase) {
  return {
    /** What the reader of one layer rejected on a document. */
    listForDocument: (documentId: string, layerId: string) =>
      db.dismissedSuggestions
        .where('documentId')
        .equals(documentId)
        .filter((d) => d.layerId === layerId)
        .toArray(),

    listForDocuments: (documentIds: readonly string[]) =>
      db.dismissedSuggestions
        .where('documentId')
        .anyOf([...documentIds])
        .toArray(),

    /** Records that the reader rejected these suggestions; returns the records written. */
    dismiss: async (documentId: string, layerId: string, passages: readonly SuggestedPassage[]) => {
      const dismissedAt = new Date().toISOString();
      const records: DismissedSuggestion[] = passages.map((p) => ({
        id: dismissalId(layerId, documentId, p),
        documentId,
        layerId,
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
