/**
 * Puts imported annotations that are on no document yet (`UnplacedAnnotation`) where they belong:
 * each goes to the document its page names, or whose text holds its quote (`match-documents.ts`),
 * and onto its passage there (`place-passage.ts`), anchored or as an orphan that keeps its quote.
 * A note on a whole page (no passage) is kept on its document. What fits no document waits, and
 * so does a passage with no quote whose position is outside its document: nothing is dropped.
 *
 * The W3C import runs every annotation of a file through this; the library runs the ones waiting
 * in the Unplaced list through it again when articles are imported.
 */
import { offsetConverter, type OffsetConverter } from '../../domain/code-points';
import type { UnplacedAnnotation } from '../../domain/records';
import type { Annotation, SlantDocument } from '../../domain/types';
import { matchDocuments } from './match-documents';
import { placePassage } from './place-passage';

export interface Placement {
  /** Annotations now on a passage: anchored, or orphans of their document. */
  annotations: Annotation[];
  /** Notes on a whole page, now on their document (`documentId` set). */
  pageNotes: UnplacedAnnotation[];
  /** Still on no document. */
  waiting: UnplacedAnnotation[];
  /** Why each waiting annotation that did match a document could not go onto it, by id. */
  problems: Map<string, string>;
}

/**
 * `only`: put every annotation on this document (the user chose it), whatever its page says.
 */
export function placeUnplaced(
  records: readonly UnplacedAnnotation[],
  documents: readonly SlantDocument[],
  only?: SlantDocument,
): Placement {
  const matches = matchDocuments(
    records.map((r) => ({
      ...(r.slantDocumentId !== undefined && { documentId: r.slantDocumentId }),
      sources: r.sources,
      ...(r.passage && { passage: r.passage }),
    })),
    documents,
    only,
  );
  const converters = new Map<string, OffsetConverter>();
  const offsetsOf = (document: SlantDocument) => {
    let converter = converters.get(document.id);
    if (!converter) converters.set(document.id, (converter = offsetConverter(document.text)));
    return converter;
  };
  const placement: Placement = { annotations: [], pageNotes: [], waiting: [], problems: new Map() };

  records.forEach((record, index) => {
    const document = matches[index]?.document;
    if (!document) {
      placement.waiting.push(record);
      return;
    }
    if (!record.passage) {
      placement.pageNotes.push({ ...record, documentId: document.id });
      return;
    }
    const placed = placePassage(document.text, offsetsOf(document), record.passage);
    if (!placed) {
      placement.problems.set(
        record.id,
        `it has no quote, and its position is outside document “${document.title}”`,
      );
      placement.waiting.push(record);
      return;
    }
    placement.annotations.push({
      id: record.id,
      documentId: document.id,
      layerId: record.layerId,
      tagIds: record.tagIds,
      target: placed.target,
      note: record.note,
      fields: record.fields,
      annotator: record.annotator,
      origin: record.origin,
      status: placed.status,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    });
  });
  return placement;
}
