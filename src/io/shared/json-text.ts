/**
 * Reads a JSON file that a user picked, with messages a user can act on. The size is checked
 * first, before any parsing, so a 100 MB file is refused at once instead of freezing the tab.
 * A parse error says the line and column; a file that simply stops (a download or a save cut off)
 * is recognised as such, because "unexpected end of input" means nothing to most people.
 */
import { formatSize } from '../import/size-limit';

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: string };

export interface JsonReadOptions {
  maxBytes: number;
  /** Named in messages, so the user knows which of several files is wrong. */
  fileName?: string;
}

/** UTF-8 bytes of `text`, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function theFile(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'The file';
}

/** A refusal if a file of `bytes` is over the limit; check a File's size before reading it. */
export function sizeError(bytes: number, maxBytes: number, fileName?: string): string | undefined {
  if (bytes <= maxBytes) return undefined;
  return (
    `${theFile(fileName)} is ${formatSize(bytes)}; Slant reads files up to ${formatSize(maxBytes)}. ` +
    'Is it the right file?'
  );
}

/** True when the text stops inside a string, object or array: it was cut off. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

/** Where a parse error is, from the engine's message: V8 gives a position, Firefox a line. */
function errorLocation(
  text: string,
  message: string,
): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

export function readJsonText(text: string, options: JsonReadOptions): JsonRead {
  const file = theFile(options.fileName);
  // Length in code units is a lower bound of the UTF-8 size: refuse early without counting.
  const tooLarge =
    sizeError(text.length, options.maxBytes, options.fileName) ??
    (text.length * 3 > options.maxBytes
      ? sizeError(utf8Length(text), options.maxBytes, options.fileName)
      : undefined);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().length === 0) return { ok: false, error: `${file} is empty.` };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const message = (error as Error).message;
    const location = errorLocation(body, message);
    const atEnd = !location || location.line >= body.trimEnd().split('\n').length;
    if (/end of (JSON )?(input|data)/i.test(message) || (atEnd && endsEarly(body))) {
      return {
        ok: false,
        error: `${file} ends early (it may have been cut off while saving or downloading).`,
      };
    }
    const where = location ? ` at line ${location.line}, column ${location.column}` : '';
    return { ok: false, error: `${file} is not valid JSON${where}: ${message}` };
  }
}
