/**
 * Which importer a file goes to, by its extension and, failing that, its MIME type (a file
 * dragged from some apps has no extension). Files Slant cannot read get a message that says what
 * to do instead: a PDF's text can be pasted, a web archive can be saved again as plain HTML.
 */
import { ImportError, SUPPORTED_FORMATS } from './import-error';
import type { ImportFormat } from './imported-article';

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
};

const BY_MIME: Record<string, ImportFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

const HINTS: readonly { extensions: readonly string[]; hint: string }[] = [
  {
    extensions: ['pdf', 'doc', 'docx', 'odt', 'rtf', 'pages', 'epub'],
    hint: 'To import a PDF, a word-processor document or an e-book, copy its text and paste it into Slant.',
  },
  {
    extensions: ['mht', 'mhtml', 'webarchive', 'maff'],
    hint: 'For a web archive, open the page in your browser and save it again as “Web Page, HTML Only”.',
  },
];

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function fileFormat(file: { name: string; type?: string }): ImportFormat | undefined {
  const mime = (file.type ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return BY_EXTENSION[extension(file.name)] ?? BY_MIME[mime];
}

export function unsupportedType(fileName: string): ImportError {
  const ext = extension(fileName);
  const hint = HINTS.find(({ extensions }) => extensions.includes(ext))?.hint;
  const kind = ext ? ` (a .${ext} file)` : '';
  return new ImportError(
    'unsupported-type',
    `Slant can't import “${fileName}”${kind}. ${SUPPORTED_FORMATS}${hint ? ` ${hint}` : ''}`,
    fileName,
  );
}
