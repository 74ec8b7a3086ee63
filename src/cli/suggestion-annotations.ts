/**
 * `--format w3c`: each analysed file as an in-memory SlantDocument and its suggestions as
 * annotations with origin `suggestion`, so the app's own W3C serializer (`toW3C`) writes them and
 * the app can import the result like any of its exports.
 */
import type { Suggestion } from '../analysis';
import { describe } from '../domain/anchoring';
import { contentHash } from '../domain/content-hash';
import { DEFAULT_LAYER_ID } from '../domain/layers';
import type { Annotation, SlantDocument } from '../domain/types';
import type { SourceText } from './read-source';

const ANNOTATOR = 'slant analyze';

/** The file as a document; its id is the path as given, which names it in `slant:documentId`. */
export async function sourceDocument(
  path: string,
  source: SourceText,
  now: string,
): Promise<SlantDocument> {
  return {
    id: path,
    title: source.title,
    text: source.text,
    ...(source.url !== undefined && { url: source.url }),
    ...(source.language !== undefined && { language: source.language }),
    importedAt: now,
    contentHash: await contentHash(source.text),
    collectionIds: [],
  };
}

export function suggestionAnnotation(
  document: SlantDocument,
  suggestion: Suggestion,
  now: string,
): Annotation {
  return {
    id: crypto.randomUUID(),
    documentId: document.id,
    layerId: DEFAULT_LAYER_ID,
    tagIds: [suggestion.tag],
    target: describe(document.text, suggestion.start, suggestion.end),
    note: suggestion.reason,
    fields: {},
    annotator: ANNOTATOR,
    origin: 'suggestion',
    status: 'anchored',
    createdAt: now,
    updatedAt: now,
  };
}
