/**
 * One FILE of `slant analyze` as the text to analyse. A `.txt` file's text is its content decoded
 * (UTF-8, byte order mark removed) and nothing more, so offsets point into the file as users
 * expect; `.md` and `.html` go through the app's importers and yield the article's canonical
 * text. Any failure comes back as one message naming the file.
 */
import { readFile } from 'node:fs/promises';
// Each importer module by its own path, not the folder's index: a `.txt` file then loads none of
// the importers (a Markdown parser, Readability, DOMPurify), and `.md` or `.html` only its own.
import { decodeBytes } from '../io/import/decode-bytes';
import { fileFormat } from '../io/import/file-format';
import { isImportError } from '../io/import/import-error';

export interface SourceText {
  text: string;
  title: string;
  /** The article's own http(s) address, from a page's or front matter's metadata. */
  url?: string;
  language?: string;
  warnings: string[];
}

export type ReadBytes = (path: string) => Promise<Uint8Array>;

export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export const readBytes: ReadBytes = async (path) => new Uint8Array(await readFile(path));

/** `cannot read PATH: no such file`, and the like, for a failed read of `path`. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return `cannot read ${path}: ${reason}`;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}

/** A Markdown or HTML file's article, through the app's importer for it, loaded on first use. */
async function importArticle(format: 'markdown' | 'html', text: string, fileName: string) {
  if (format === 'markdown') {
    const { importMarkdown } = await import('../io/import/import-markdown');
    return importMarkdown(text, { fileName });
  }
  const [{ importHtml }, { cliHtmlEnvironment }] = await Promise.all([
    import('../io/import/import-html'),
    import('./jsdom-environment'),
  ]);
  return importHtml(text, await cliHtmlEnvironment(), { fileName });
}

async function extract(path: string, bytes: Uint8Array): Promise<SourceText> {
  const format = fileFormat({ name: path });
  if (format === undefined) {
    throw new SourceError(`${path}: unsupported file type; slant reads .txt, .md and .html files`);
  }
  const decoded = decodeBytes(bytes, { fileName: path, html: format === 'html' });
  if (format === 'text') {
    return { text: decoded.text, title: firstLine(decoded.text), warnings: decoded.warnings };
  }
  const article = await importArticle(format, decoded.text, path);
  return {
    text: article.text,
    title: article.title,
    ...(article.url !== undefined && { url: article.url }),
    ...(article.language !== undefined && { language: article.language }),
    warnings: [...decoded.warnings, ...article.warnings],
  };
}

/** The text of `path`, or a SourceError whose message names it. */
export async function readSource(path: string, read: ReadBytes = readBytes): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await read(path);
  } catch (error) {
    throw new SourceError(describeFsError(path, error));
  }
  try {
    return await extract(path, bytes);
  } catch (error) {
    // The importers' messages already name the file.
    if (isImportError(error)) throw new SourceError(error.message);
    throw error;
  }
}

/**
 * The text of `path`, or undefined when it cannot be used, the reason then written to stderr:
 * each command goes on with its other files and exits 1 at the end.
 */
export async function readSourceOrSay(
  path: string,
  io: { stderr: (text: string) => void; readBytes?: ReadBytes | undefined },
): Promise<SourceText | undefined> {
  try {
    return await readSource(path, io.readBytes);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    io.stderr(`slant: ${error.message}\n`);
    return undefined;
  }
}
