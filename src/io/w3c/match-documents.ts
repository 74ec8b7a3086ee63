/**
 * Decides which document each imported annotation belongs to. A Slant export names the document
 * outright (`slant:documentId`, `urn:slant:doc:<id>`); other tools name the page they annotated,
 * which matches a document with the same URL, compared loosely (`sourceKey`). An annotation whose
 * page matches no document is placed by its quote: all annotations of one page go to the document
 * that holds most of their quotes word for word, so a page saved without its URL is still found.
 * Annotations that name no page at all (RecogitoJS) are searched for one by one.
 */
import type { SlantDocument } from '../../domain/types';
import { DOCUMENT_URN, idFromUrn } from './identifiers';
import { sourceKey } from './source-url';

/** Quotes per page tried when voting for its document; a sample decides it as well as all. */
const VOTERS = 24;

/** What an annotation says of where it belongs: a Slant id, its page's addresses, its quote. */
export interface PageReference {
  documentId?: string;
  sources: readonly string[];
  passage?: { exact?: string };
}

interface DocumentMatch {
  document: SlantDocument;
  /** Named by id or URL, rather than guessed from the quotes. */
  named: boolean;
}

function namedDocument(
  annotation: PageReference,
  byId: ReadonlyMap<string, SlantDocument>,
  byKey: ReadonlyMap<string, SlantDocument>,
): SlantDocument | undefined {
  const byDocumentId = annotation.documentId && byId.get(annotation.documentId);
  if (byDocumentId) return byDocumentId;
  for (const source of annotation.sources) {
    const urnId = idFromUrn(source, DOCUMENT_URN);
    const found = urnId !== undefined ? byId.get(urnId) : byKey.get(sourceKey(source));
    if (found) return found;
  }
  return undefined;
}

/** The document holding most of the quotes, or undefined if none holds any. */
function documentWithQuotes(
  annotations: readonly PageReference[],
  documents: readonly SlantDocument[],
): SlantDocument | undefined {
  const quotes = annotations
    .map((a) => a.passage?.exact)
    .filter((exact): exact is string => exact !== undefined)
    .sort((a, b) => b.length - a.length)
    .slice(0, VOTERS);
  let best: SlantDocument | undefined;
  let bestVotes = 0;
  for (const document of documents) {
    const votes = quotes.filter((quote) => document.text.includes(quote)).length;
    if (votes > bestVotes) [best, bestVotes] = [document, votes];
  }
  return best;
}

export function matchDocuments(
  annotations: readonly PageReference[],
  documents: readonly SlantDocument[],
  only?: SlantDocument,
): (DocumentMatch | undefined)[] {
  if (only) return annotations.map(() => ({ document: only, named: true }));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byKey = new Map<string, SlantDocument>();
  for (const document of documents) {
    if (document.url && !byKey.has(sourceKey(document.url))) {
      byKey.set(sourceKey(document.url), document);
    }
  }

  const matches: (DocumentMatch | undefined)[] = annotations.map((annotation) => {
    const document = namedDocument(annotation, byId, byKey);
    return document && { document, named: true };
  });
  const unmatchedByPage = new Map<string, number[]>();
  annotations.forEach((annotation, index) => {
    if (matches[index]) return;
    const page = annotation.sources[0];
    const key = page === undefined ? `#${index}` : sourceKey(page);
    const group = unmatchedByPage.get(key);
    if (group) group.push(index);
    else unmatchedByPage.set(key, [index]);
  });
  for (const indexes of unmatchedByPage.values()) {
    const document = documentWithQuotes(
      indexes.map((i) => annotations[i]!),
      documents,
    );
    if (document) for (const i of indexes) matches[i] = { document, named: false };
  }
  return matches;
}
