import { describe, expect, it } from 'vitest';
import { ImportError, importText, MAX_IMPORT_BYTES } from '../../../../src/io/import';

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importText', () => {
  it('turns pasted text into canonical paragraphs headed by its first line', () => {
    const pasted =
      '  Ferry timetable changes from April  \r\n\r\n' +
      'The first crossing will leave at 06:40, twenty minutes earlier than now.\r\n' +
      '\r\n\tThe last one will leave at 22:10.\u000c\n';
    expect(importText(pasted)).toEqual({
      title: 'Ferry timetable changes from April',
      text:
        'Ferry timetable changes from April\n' +
        'The first crossing will leave at 06:40, twenty minutes earlier than now.\n' +
        'The last one will leave at 22:10.',
      format: 'text',
      warnings: [],
    });
  });

  it('removes stray control characters and puts the text in NFC', () => {
    const decomposed = 'Cafe\u0301 closes\u0007 early';
    const { text } = importText(decomposed);
    expect(text).toBe('Café closes early');
    expect(text).toHaveLength(17);
  });

  it('titles a text whose first line is a long paragraph after its file, or its opening words', () => {
    const paragraph = `${'The harbour board met on Tuesday to discuss the dredging contract, '.repeat(3)}and agreed.`;
    expect(importText(paragraph, { fileName: 'board-minutes.txt' })).toMatchObject({
      title: 'board-minutes',
      fileName: 'board-minutes.txt',
    });
    expect(importText(paragraph).title).toBe(
      'The harbour board met on Tuesday to discuss the dredging contract, The harbour…',
    );
  });

  it('refuses an empty paste with a message that says what to do', () => {
    const error = importError(() => importText('  \n\t \r\n  '));
    expect(error.code).toBe('empty');
    expect(error.message).toBe(
      'The pasted text is empty. Copy the article’s text, paste it, and try again.',
    );
  });

  it('names an empty file', () => {
    const error = importError(() => importText('\n\n', { fileName: 'blank.txt' }));
    expect(error).toMatchObject({ code: 'empty', fileName: 'blank.txt' });
    expect(error.message).toBe(
      '“blank.txt” has no text to import: it is empty, or holds only images or markup.',
    );
  });

  it('refuses a paste over the size limit', () => {
    const error = importError(() => importText('a'.repeat(MAX_IMPORT_BYTES + 1)));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      'The pasted text is 20 MB long; Slant takes up to 20 MB at once. Paste one article at a time.',
    );
  });
});
