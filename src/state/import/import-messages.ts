/**
 * What the page and the import worker say to each other. A file goes in; the worker answers
 * that it started on it, then the article (with its content hash) or why it could not be
 * imported. Errors travel as data: an ImportError's class does not survive postMessage.
 */
import type { ImportedArticle, ImportErrorCode } from '../../io/import';

export interface ImportRequest {
  id: number;
  file: File;
}

export type ImportResponse =
  | { id: number; kind: 'started' }
  | { id: number; kind: 'article'; article: ImportedArticle; contentHash: string }
  | { id: number; kind: 'refused'; code: ImportErrorCode; message: string };
