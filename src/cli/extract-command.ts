/**
 * `slant extract`: what Slant would import from each FILE (`.html`, `.md`, `.txt`), through the
 * app's own importer (`importFile`): title, author, date, site, address, language, length and
 * warnings, one JSON object per line, so that a folder of saved pages can be checked in one go.
 * A file that cannot be read or holds no article is named on stderr with the reason; the exit
 * code then says so, and the other files are still printed.
 */
import { countWords } from '../domain/text-stats';
import { importFile, isImportError, type FileLike, type ImportedArticle } from '../io/import';
import type { CliIo } from './analyze-command';
import { cliHtmlEnvironment } from './jsdom-environment';
import { describeFsError, readBytes as readFileBytes } from './read-source';

interface ExtractRequest {
  files: readonly string[];
}

/** One line of output; `null` where the file does not say. */
interface ExtractedMetadata {
  source: string;
  title: string;
  author: string | null;
  publishedAt: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
  words: number;
  warnings: string[];
}

function extractedMetadata(source: string, article: ImportedArticle): ExtractedMetadata {
  return {
    source,
    title: article.title,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    siteName: article.siteName ?? null,
    url: article.url ?? null,
    language: article.language ?? null,
    words: countWords(article.text),
    warnings: article.warnings,
  };
}

function fileOf(path: string, bytes: Uint8Array): FileLike {
  return {
    name: path,
    size: bytes.byteLength,
    arrayBuffer: () =>
      Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      ),
  };
}

/** Runs the command; returns the exit code (0, or 1 when any file failed). */
export async function extractCommand(request: ExtractRequest, io: CliIo): Promise<number> {
  const read = io.readBytes ?? readFileBytes;
  let failed = false;
  for (const path of request.files) {
    let bytes: Uint8Array;
    try {
      bytes = await read(path);
    } catch (error) {
      io.stderr(`slant: ${describeFsError(path, error)}\n`);
      failed = true;
      continue;
    }
    try {
      const article = await importFile(fileOf(path, bytes), await cliHtmlEnvironment());
      io.stdout(`${JSON.stringify(extractedMetadata(path, article))}\n`);
    } catch (error) {
      if (!isImportError(error)) throw error;
      io.stderr(`slant: ${error.message}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
