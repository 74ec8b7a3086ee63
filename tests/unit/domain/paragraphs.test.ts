import { describe, expect, it } from 'vitest';
import { paragraphSpans, toCanonicalText } from '../../../src/domain/paragraphs';

describe('paragraphs', () => {
  it('splits on any line ending, trims, and drops blank lines', () => {
    expect(
      toCanonicalText(' date 2025\r\n\r\nFirst para. \rSecond\n\n\nThird\u2029Fourth').split('\n'),
    ).toEqual(['date 2025', 'First para.', 'Second', 'Third', 'Fourth']);
  });

  it('joins with a single newline, and canonicalising twice changes nothing', () => {
    const once = toCanonicalText('\uFEFFTitle\n\n  Body one.\n\nBody two.\n\n\n');
    expect(once).toBe('Title\nBody one.\nBody two.');
    expect(toCanonicalText(once)).toBe(once);
  });

  it('keeps right-to-left text and inner spacing as they are', () => {
    expect(toCanonicalText('مرحبا  بالعالم\nשלום')).toBe('مرحبا  بالعالم\nשלום');
  });

  it('gives each paragraph its offsets in the joined text', () => {
    const text = 'ab\ncde\n\u{1F600}x';
    const spans = paragraphSpans(text);
    expect(spans).toEqual([
      { index: 0, start: 0, end: 2 },
      { index: 1, start: 3, end: 6 },
      { index: 2, start: 7, end: 10 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['ab', 'cde', '\u{1F600}x']);
  });
});
