/**
 * What every importer returns: an article ready for the user to check in a preview, not yet a
 * stored document. It has no id, date of import or content hash; `toSlantDocument` adds those once
 * the user accepts it.
 */
import type { IsoDate } from '../../domain/types';

export type ImportFormat = 'text' | 'markdown' | 'html';

export interface ImportedArticle {
  /** The headline; never empty (the opening words stand in when the source has none). */
  title: string;
  /** Canonical text (`toCanonicalText`): paragraphs joined by `\n`, starting with the headline. */
  text: string;
  author?: string;
  publishedAt?: IsoDate;
  /** The article's own address, `http(s)` only. */
  url?: string;
  siteName?: string;
  /** BCP 47 tag, e.g. `en-GB`. */
  language?: string;
  format: ImportFormat;
  /** The file's name, for files. */
  fileName?: string;
  /** The encoding the bytes were decoded from, e.g. `utf-8`, `windows-1252`; files only. */
  encoding?: string;
  /** Things the user should know before accepting, e.g. a guessed encoding. */
  warnings: string[];
}
