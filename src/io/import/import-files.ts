/**
 * A batch of files, one at a time, for the Library's import dialog: each file ends as an article
 * (with its content hash, so the preview can flag duplicates) or as an error, and one bad file
 * never stops the rest. Progress is reported after each file, and the batch yields to the event
 * loop between files so the page can paint it.
 */
import { contentHash } from '../../domain/content-hash';
import type { HtmlEnvironment } from './html-environment';
import { importFile, type FileImportOptions, type FileLike } from './import-file';
import { ImportError, isImportError } from './import-error';
import type { ImportedArticle } from './imported-article';

export type ImportOutcome =
  | { fileName: string; ok: true; article: ImportedArticle; contentHash: string }
  | { fileName: string; ok: false; error: ImportError };

export interface BatchOptions extends FileImportOptions {
  onProgress?: (done: number, total: number, outcome: ImportOutcome) => void;
}

/** Any failure while importing a file, as an ImportError whose message a user can act on. */
export function asImportError(error: unknown, fileName: string): ImportError {
  if (isImportError(error)) return error;
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return new ImportError(
    'unreadable',
    `Slant couldn't import “${fileName}”${detail}. Nothing was changed.`,
    fileName,
  );
}

export async function importFiles(
  files: readonly FileLike[],
  env: HtmlEnvironment,
  options: BatchOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    let outcome: ImportOutcome;
    try {
      const article = await importFile(file, env, options);
      outcome = {
        fileName: file.name,
        ok: true,
        article,
        contentHash: await contentHash(article.text),
      };
    } catch (error) {
      outcome = { fileName: file.name, ok: false, error: asImportError(error, file.name) };
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, files.length, outcome);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return outcomes;
}
