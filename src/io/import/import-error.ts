/**
 * Why an import failed, as a code the UI can branch on and a message a user can act on. Every
 * importer throws only this for bad input, before anything is stored, so a failed import changes
 * nothing: the caller shows `message` and moves on to the next file.
 */

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-article'
  | 'unknown-encoding'
  | 'unsupported-type'
  | 'unreadable';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** The file's name, when the input was a file. */
    readonly fileName?: string,
  ) {
    super(message);
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** How messages name the input: the file's name in curly quotes, or `otherwise`. */
export function describeSource(
  fileName: string | undefined,
  otherwise = 'The pasted text',
): string {
  return fileName === undefined ? otherwise : `“${fileName}”`;
}

export const SUPPORTED_FORMATS = 'Slant imports .txt, .md and .html files.';
