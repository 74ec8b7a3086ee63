/**
 * An accepted article as the document the database stores: the fields the user confirmed plus an
 * id, the import time and the content hash that finds the same text imported twice
 * (`documentsRepository.findByContentHash`). Pure apart from hashing; the caller writes it.
 */
import { contentHash } from '../../domain/content-hash';
import type { IsoDate, SlantDocument } from '../../domain/types';
import type { ImportedArticle } from './imported-article';

export interface NewDocumentFields {
  id: string;
  importedAt: IsoDate;
  outletId?: string;
  collectionIds?: string[];
}

export async function toSlantDocument(
  article: ImportedArticle,
  fields: NewDocumentFields,
): Promise<SlantDocument> {
  return {
    id: fields.id,
    title: article.title,
    text: article.text,
    ...(fields.outletId !== undefined && { outletId: fields.outletId }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.author !== undefined && { author: article.author }),
    ...(article.publishedAt !== undefined && { publishedAt: article.publishedAt }),
    importedAt: fields.importedAt,
    ...(article.language !== undefined && { language: article.language }),
    contentHash: await contentHash(article.text),
    collectionIds: fields.collectionIds ?? [],
  };
}
