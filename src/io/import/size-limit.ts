/**
 * How much Slant imports at once. 20 MB is far more than any article (a 100,000-word book is
 * about 600 KB of text) and still small enough to parse in a browser tab without freezing it, so
 * anything larger is almost certainly a wrong file or a page saved with all its images.
 */
import { ImportError } from './import-error';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A size as people read it: `50 MB`, `1.5 MB`, `900 KB`. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function assertFileSize(size: number, fileName: string, limit = MAX_IMPORT_BYTES): void {
  if (size <= limit) return;
  throw new ImportError(
    'too-large',
    `“${fileName}” is ${formatSize(size)}; Slant imports files up to ${formatSize(limit)}. ` +
      'If it is a saved web page, save it again as “HTML only”, or copy the article’s text and paste it.',
    fileName,
  );
}

/** Pasted text is measured in characters, which is close enough to bytes for a limit this rough. */
export function assertPasteSize(text: string, limit = MAX_IMPORT_BYTES): void {
  if (text.length <= limit) return;
  throw new ImportError(
    'too-large',
    `The pasted text is ${formatSize(text.length)} long; Slant takes up to ${formatSize(limit)} at once. ` +
      'Paste one article at a time.',
  );
}
