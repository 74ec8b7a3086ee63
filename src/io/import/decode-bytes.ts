/**
 * Turns a file's bytes into text, whatever encoding it was saved in: a byte order mark (UTF-8,
 * UTF-16 LE/BE) wins; then, for HTML, the page's own `<meta charset>`; otherwise the bytes must be
 * valid UTF-8. Binary files are refused before any of this.
 *
 * When the bytes are not UTF-8 and nothing says what they are, UTF-8 with a few broken bytes
 * stays UTF-8 (the broken ones show as "�"). Otherwise Slant guesses Windows-1252 (the Western
 * European encoding of old Windows text files and of most undeclared web pages) only if the text
 * looks like it: mostly ASCII, with accented letters and curly quotes here and there. Either way
 * it says so in a warning the user sees in the preview. Anything else (Cyrillic, Greek, Chinese,
 * Japanese in a legacy encoding) is refused as "unknown encoding": a wrong guess would produce
 * mojibake that is then annotated, hashed and shared, which is worse than asking the user to
 * re-save the file as UTF-8.
 */
import { detectBinary, looksBinaryText } from './detect-binary';
import { bomlessUtf16, damagedUtf8, plausiblyWindows1252 } from './guess-encoding';
import { describeSource, ImportError, SUPPORTED_FORMATS } from './import-error';
import { sniffCharset } from './sniff-charset';
import { fixWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** The Encoding Standard's name of what was used, e.g. `utf-8`, `utf-16le`, `shift_jis`. */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** Look for a `<meta charset>` declaration. */
  html?: boolean;
  /** Names the file in messages. */
  fileName?: string;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Share of replacement characters (�) above which decoded text is unusable. */
const MAX_REPLACEMENT_SHARE = 0.01;

const RESAVE = 'Open it in a text editor or your browser, save it as UTF-8, and import it again.';

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return decode(bytes, encoding, true);
  } catch {
    return undefined;
  }
}

function binaryError(what: string, fileName: string | undefined): ImportError {
  const source = describeSource(fileName, 'This file');
  const message =
    what === 'binary'
      ? `${source} looks like a binary file (an image or a program?), not text. ${SUPPORTED_FORMATS}`
      : `${source} is ${what}, not text. ${SUPPORTED_FORMATS} To import it, copy its text and paste it into Slant.`;
  return new ImportError('binary', message, fileName);
}

function unknownEncoding(fileName: string | undefined, detail: string): ImportError {
  return new ImportError(
    'unknown-encoding',
    `${describeSource(fileName, 'This file')} ${detail} ${RESAVE}`,
    fileName,
  );
}

function brokenCharacters(fileName: string | undefined, encoding: string): string {
  return `Some characters in ${describeSource(fileName, 'this file')} aren't valid ${encoding} and show as “\uFFFD”. Check the text before you annotate it.`;
}

function replacementShare(text: string): number {
  const count = text.match(/\uFFFD/g)?.length ?? 0;
  return text.length === 0 ? 0 : count / text.length;
}

function decodeDeclared(
  bytes: Uint8Array,
  label: string,
  fileName: string | undefined,
): DecodedText {
  const source = describeSource(fileName, 'This file');
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    const text = tryDecode(bytes, 'utf-8');
    if (text !== undefined) {
      return {
        text,
        encoding: 'utf-8',
        warnings: [
          `${source} names an encoding Slant doesn't know (“${label}”); it was read as UTF-8.`,
        ],
      };
    }
    throw unknownEncoding(
      fileName,
      `says it uses the “${label}” encoding, which Slant doesn't know.`,
    );
  }
  // A page read as bytes cannot really be UTF-16 when its ASCII declaration was found, so the
  // HTML standard reads such pages as UTF-8; so does Slant.
  if (encoding.startsWith('utf-16')) encoding = 'utf-8';

  const warnings: string[] = [];
  if (encoding !== 'utf-8') {
    // A page re-saved as UTF-8 often keeps its old declaration. Valid UTF-8 with multi-byte
    // characters is almost never a legacy encoding by chance, so the bytes win.
    const asUtf8 = tryDecode(bytes, 'utf-8');
    if (asUtf8 !== undefined && bytes.some((byte) => byte >= 0x80)) {
      return {
        text: asUtf8,
        encoding: 'utf-8',
        warnings: [`${source} says it is ${encoding} but its text is UTF-8; it was read as UTF-8.`],
      };
    }
  }
  const text = decode(bytes, encoding, false);
  const share = replacementShare(text);
  if (share > MAX_REPLACEMENT_SHARE) {
    throw unknownEncoding(
      fileName,
      `says it uses ${encoding}, but much of it isn't valid ${encoding}.`,
    );
  }
  if (share > 0) {
    warnings.push(brokenCharacters(fileName, encoding));
  }
  return { text, encoding, warnings };
}

function decodeWithBom(
  bytes: Uint8Array,
  encoding: string,
  fileName: string | undefined,
): DecodedText {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    throw unknownEncoding(
      fileName,
      `starts with a ${encoding} mark, but its text isn't valid ${encoding}.`,
    );
  }
  if (looksBinaryText(text)) throw binaryError('binary', fileName);
  return { text, encoding, warnings: [] };
}

/** Decodes a file's bytes, or throws an ImportError (`binary`, `unknown-encoding`). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const { fileName } = options;
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return decodeWithBom(bytes.subarray(bom.bytes.length), bom.encoding, fileName);

  const utf16 = bomlessUtf16(bytes);
  if (utf16 && tryDecode(bytes, utf16) !== undefined) return decodeWithBom(bytes, utf16, fileName);

  const binary = detectBinary(bytes);
  if (binary) throw binaryError(binary, fileName);

  const declared = options.html ? sniffCharset(bytes) : undefined;
  if (declared) return decodeDeclared(bytes, declared, fileName);

  const text = tryDecode(bytes, 'utf-8');
  if (text !== undefined) return { text, encoding: 'utf-8', warnings: [] };

  const damaged = damagedUtf8(bytes);
  if (damaged !== undefined) {
    return { text: damaged, encoding: 'utf-8', warnings: [brokenCharacters(fileName, 'UTF-8')] };
  }
  if (plausiblyWindows1252(bytes)) {
    return {
      text: decode(bytes, 'windows-1252', false),
      encoding: 'windows-1252',
      warnings: [
        `${describeSource(fileName, 'This file')} isn't UTF-8 and doesn't say which encoding it uses, so Slant read it as Western European (Windows-1252). If letters look wrong, save it as UTF-8 in a text editor and import it again.`,
      ],
    };
  }
  throw unknownEncoding(
    fileName,
    "isn't UTF-8 and doesn't say which encoding it uses, so Slant can't read it reliably.",
  );
}
