import { describe, expect, it } from 'vitest';
import { decodeBytes, ImportError } from '../../../../src/io/import';
import { fixWindows1252 } from '../../../../src/io/import/windows-1252';
import { fixtureBytes } from './fixtures';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i += 1)
    view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

function decodeError(bytes: Uint8Array, options = {}): ImportError {
  try {
    decodeBytes(bytes, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeBytes: byte order marks', () => {
  it('reads UTF-8 with a BOM and drops the mark', () => {
    const decoded = decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Café')));
    expect(decoded).toEqual({ text: 'Café', encoding: 'utf-8', warnings: [] });
  });

  it('reads the UTF-16 LE fixture by its BOM', () => {
    const decoded = decodeBytes(fixtureBytes('utf16le-bom.txt'), { fileName: 'utf16le-bom.txt' });
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text.split('\n', 1)[0]).toBe('Library extends opening hours for exam season');
    expect(decoded.text).toContain('the county’s education trust');
    expect(decoded.warnings).toEqual([]);
  });

  it('reads UTF-16 BE by its BOM', () => {
    const decoded = decodeBytes(utf16('Ōtautahi “news”', false, true));
    expect(decoded).toMatchObject({ text: 'Ōtautahi “news”', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 saved without a BOM by its NUL bytes', () => {
    const text = 'Harbour notes\nThe tide gauge was replaced on Monday.';
    expect(decodeBytes(utf16(text, true, false))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, false, false))).toMatchObject({ text, encoding: 'utf-16be' });
  });
});

describe('decodeBytes: declared encodings in HTML', () => {
  it('reads the Windows-1252 page by its <meta charset>, curly quotes, é and € included', () => {
    const decoded = decodeBytes(fixtureBytes('windows-1252.html'), { html: true });
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual([]);
    expect(decoded.text).toContain('<title>Café owners say “no” to Sunday closing</title>');
    expect(decoded.text).toContain('customers’ cars — every Sunday');
    expect(decoded.text).toContain('about €4,000 a year');
  });

  it('reads Shift_JIS declared by <meta http-equiv="Content-Type">', () => {
    const decoded = decodeBytes(fixtureBytes('shift-jis.html'), { html: true });
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toContain('<title>港の朝市、春から毎週土曜日に</title>');
  });

  it('ignores a declaration in a text file, where it is just text', () => {
    const bytes = utf8('<meta charset="windows-1252"> “quoted”');
    expect(decodeBytes(bytes)).toMatchObject({
      encoding: 'utf-8',
      text: '<meta charset="windows-1252"> “quoted”',
    });
  });

  it('trusts UTF-8 bytes over a stale legacy declaration, and says so', () => {
    const decoded = decodeBytes(utf8('<meta charset="iso-8859-1"><p>Zoë’s café</p>'), {
      html: true,
      fileName: 'resaved.html',
    });
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Zoë’s café');
    expect(decoded.warnings).toEqual([
      '“resaved.html” says it is windows-1252 but its text is UTF-8; it was read as UTF-8.',
    ]);
  });

  it('reads an unknown declared label as UTF-8 when the bytes are UTF-8', () => {
    const decoded = decodeBytes(utf8('<meta charset="x-klingon"><p>plain</p>'), {
      html: true,
      fileName: 'odd.html',
    });
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings[0]).toMatch(/names an encoding Slant doesn't know \(“x-klingon”\)/);
  });

  it('refuses an unknown declared label when the bytes are not UTF-8', () => {
    const bytes = Uint8Array.of(...utf8('<meta charset="x-klingon"><p>'), 0xc0, 0xc1, 0xfe, 0x41);
    const error = decodeError(bytes, { html: true, fileName: 'odd.html' });
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toBe(
      "“odd.html” says it uses the “x-klingon” encoding, which Slant doesn't know. Open it in a text editor or your browser, save it as UTF-8, and import it again.",
    );
  });
});

describe('decodeBytes: undeclared encodings', () => {
  it('reads valid UTF-8 strictly', () => {
    expect(decodeBytes(utf8('Ça va — “oui”'))).toEqual({
      text: 'Ça va — “oui”',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('falls back to Windows-1252 for Western text that is not UTF-8, with a warning', () => {
    const decoded = decodeBytes(fixtureBytes('windows-1252-undeclared.txt'), {
      fileName: 'minutes.txt',
    });
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.split('\n', 1)[0]).toBe('Résumé of the harbour committee’s March meeting');
    expect(decoded.warnings).toEqual([
      "“minutes.txt” isn't UTF-8 and doesn't say which encoding it uses, so Slant read it as Western European (Windows-1252). If letters look wrong, save it as UTF-8 in a text editor and import it again.",
    ]);
  });

  it('reads UTF-8 with a broken byte as UTF-8, marking only that character', () => {
    const bytes = Uint8Array.of(...utf8('Zoë’s café — “open”'), 0xe9, ...utf8(' late'));
    const decoded = decodeBytes(bytes, { fileName: 'cut.txt' });
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Zoë’s café — “open”\uFFFD late');
    expect(decoded.warnings).toEqual([
      "Some characters in “cut.txt” aren't valid UTF-8 and show as “\uFFFD”. Check the text before you annotate it.",
    ]);
  });

  it('refuses text in an encoding it cannot tell (Cyrillic in KOI8-R)', () => {
    const error = decodeError(fixtureBytes('koi8-r.txt'), { fileName: 'koi8-r.txt' });
    expect(error.code).toBe('unknown-encoding');
    expect(error.fileName).toBe('koi8-r.txt');
    expect(error.message).toBe(
      "“koi8-r.txt” isn't UTF-8 and doesn't say which encoding it uses, so Slant can't read it reliably. Open it in a text editor or your browser, save it as UTF-8, and import it again.",
    );
  });

  it('refuses a UTF-16 BOM followed by bytes that are not UTF-16', () => {
    const error = decodeError(Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x41));
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toMatch(
      /^This file starts with a utf-16le mark, but its text isn't valid/,
    );
  });
});

describe('decodeBytes: binary files', () => {
  it('names a PNG renamed .txt', () => {
    const error = decodeError(fixtureBytes('binary-renamed.txt'), { fileName: 'notes.txt' });
    expect(error.code).toBe('binary');
    expect(error.message).toBe(
      '“notes.txt” is a PNG image, not text. Slant imports .txt, .md and .html files. To import it, copy its text and paste it into Slant.',
    );
  });

  it('calls unknown bytes with NULs binary', () => {
    const error = decodeError(Uint8Array.of(0x13, 0x37, 0x00, 0x42, 0x99, 0x00), {
      fileName: 'data.txt',
    });
    expect(error.code).toBe('binary');
    expect(error.message).toBe(
      '“data.txt” looks like a binary file (an image or a program?), not text. Slant imports .txt, .md and .html files.',
    );
  });

  it('calls bytes full of control characters binary, even without NULs', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41));
    expect(decodeError(bytes).code).toBe('binary');
  });

  it('names a PDF', () => {
    expect(decodeError(utf8('%PDF-1.7\n%âãÏÓ\n')).message).toMatch(/is a PDF document, not text/);
  });
});

describe('fixWindows1252', () => {
  it('maps 0x80-0x9F as the Encoding Standard does, whatever Node’s decoder did', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const decoded = fixWindows1252(new TextDecoder('windows-1252').decode(bytes));
    expect(decoded).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });
});
