/**
 * The import worker's work for one file, apart from the worker itself so that tests can run it:
 * the same importFile the CLI uses, over domino instead of the page's DOM (a worker has none).
 */
import { contentHash } from '../../domain/content-hash';
import { asImportError, importFile } from '../../io/import';
import { workerHtmlEnvironment } from '../../io/import/worker-html-environment';
import type { ImportRequest, ImportResponse } from './import-messages';

export async function answerImport(
  { id, file }: ImportRequest,
  post: (response: ImportResponse) => void,
): Promise<void> {
  post({ id, kind: 'started' });
  try {
    const article = await importFile(file, workerHtmlEnvironment());
    post({ id, kind: 'article', article, contentHash: await contentHash(article.text) });
  } catch (error) {
    const { code, message } = asImportError(error, file.name);
    post({ id, kind: 'refused', code, message });
  }
}
