import type { ImportedArticle } from '../../io/import';

/** One article in the import preview, as the user is confirming or correcting it. */
export interface ImportDraft {
  key: string;
  source: string;
  article: ImportedArticle;
  contentHash: string;
  include: boolean;
  title: string;
  author: string;
  publishedAt: string;
  url: string;
  outletId: string;
  collectionId: string;
  /** A stored document with the same text, if there is one. */
  duplicateOf?: { id: string; title: string; inTrash: boolean };
  /** Another draft of this batch with the same text, listed earlier. */
  duplicateInBatch?: string;
}

export function draftOf(
  source: string,
  article: ImportedArticle,
  contentHash: string,
  outletId: string,
  collectionId: string,
): ImportDraft {
  return {
    key: crypto.randomUUID(),
    source,
    article,
    contentHash,
    include: true,
    title: article.title,
    author: article.author ?? '',
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    url: article.url ?? '',
    outletId,
    collectionId,
  };
}
