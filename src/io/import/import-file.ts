/**
 * One file to an article: checks its type and size before reading a byte (a 50 MB file is
 * refused without being loaded), decodes it, and hands the text to the importer for its format.
 * Returns the article or throws an ImportError; nothing is stored here.
 */
import { decodeBytes } from './decode-bytes';
import { fileFormat, unsupportedType } from './file-format';
import type { HtmlEnvironment } from './html-environment';
import { importHtml } from './import-html';
import { importMarkdown } from './import-markdown';
import { emptyError, importText } from './import-text';
import { ImportError } from './import-error';
import type { ImportedArticle } from './imported-article';
import { assertFileSize, MAX_IMPORT_BYTES } from './size-limit';

/** What importing needs of a browser `File` (Node's `File` and a test's object also fit). */
export interface FileLike {
  name: string;
  /** MIME type, possibly empty. */
  type?: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FileImportOptions {
  /** Defaults to MAX_IMPORT_BYTES (20 MB). */
  maxBytes?: number;
}

async function readBytes(file: FileLike): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ImportError(
      'unreadable',
      `Slant couldn't read “${file.name}”. It may have been moved or deleted, or you may not have permission to open it. Choose it again.`,
      file.name,
    );
  }
}

export async function importFile(
  file: FileLike,
  env: HtmlEnvironment,
  options: FileImportOptions = {},
): Promise<ImportedArticle> {
  const fileName = file.name;
  const format = fileFormat(file);
  if (format === undefined) throw unsupportedType(fileName);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  assertFileSize(file.size, fileName, maxBytes);

  const bytes = await readBytes(file);
  // `size` is what the file claimed; the bytes are what it holds.
  assertFileSize(bytes.length, fileName, maxBytes);
  if (bytes.length === 0) throw emptyError(fileName);

  const decoded = decodeBytes(bytes, { html: format === 'html', fileName });
  const article =
    format === 'html'
      ? importHtml(decoded.text, env, { fileName })
      : format === 'markdown'
        ? importMarkdown(decoded.text, { fileName })
        : importText(decoded.text, { fileName });
  return {
    ...article,
    encoding: decoded.encoding,
    warnings: [...decoded.warnings, ...article.warnings],
  };
}
