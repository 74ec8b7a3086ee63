/**
 * Plain text, pasted or from a `.txt` file: each line a paragraph, the first short line the
 * title. The simplest importer, and the one the others end in (`cleanText`).
 */
import { cleanText } from './clean-text';
import { describeSource, ImportError } from './import-error';
import type { ImportedArticle } from './imported-article';
import { titleFromText } from './headline';
import { assertPasteSize } from './size-limit';

export interface TextImportOptions {
  /** The file the text came from; absent for pasted text. */
  fileName?: string;
}

export function emptyError(fileName: string | undefined): ImportError {
  return new ImportError(
    'empty',
    fileName === undefined
      ? 'The pasted text is empty. Copy the article’s text, paste it, and try again.'
      : `${describeSource(fileName)} has no text to import: it is empty, or holds only images or markup.`,
    fileName,
  );
}

/** Throws `empty` when no text is left once blank lines and spaces are gone. */
export function requireText(text: string, fileName: string | undefined): void {
  if (text.length === 0) throw emptyError(fileName);
}

export function importText(raw: string, options: TextImportOptions = {}): ImportedArticle {
  const { fileName } = options;
  if (fileName === undefined) assertPasteSize(raw);
  const text = cleanText(raw);
  requireText(text, fileName);
  return {
    title: titleFromText(text, fileName),
    text,
    format: 'text',
    ...(fileName !== undefined && { fileName }),
    warnings: [],
  };
}
