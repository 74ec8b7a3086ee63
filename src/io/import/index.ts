/**
 * Slant's import layer: pasted text, `.txt`, `.md` and saved `.html` pages to articles ready for
 * a preview, and the checks that keep a bad file from changing anything. No UI and no database:
 * the Library's import dialog shows the result, and the caller stores what the user accepts.
 */
export { decodeBytes, type DecodedText, type DecodeOptions } from './decode-bytes';
export { fileFormat } from './file-format';
export { htmlEnvironment, type HtmlEnvironment, type HtmlWindow } from './html-environment';
export { ImportError, isImportError, type ImportErrorCode } from './import-error';
export { importFile, type FileImportOptions, type FileLike } from './import-file';
export { asImportError, importFiles, type BatchOptions, type ImportOutcome } from './import-files';
export { importHtml } from './import-html';
export { importMarkdown } from './import-markdown';
export { importText, type TextImportOptions } from './import-text';
export type { ImportedArticle, ImportFormat } from './imported-article';
export { matchOutlet, type OutletClues, type RegistryOutlet } from './match-outlet';
export { formatSize, MAX_IMPORT_BYTES } from './size-limit';
export { toSlantDocument, type NewDocumentFields } from './to-document';
