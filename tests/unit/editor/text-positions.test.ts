import { describe, expect, it } from 'vitest';
import { textPositions, textPositionsOfBlocks } from '../../../src/editor/text-positions';

describe('textPositionsOfBlocks', () => {
  it('gives the positions a search of the text gives, empty paragraphs included', () => {
    const cases = [
      [''],
      ['one'],
      ['one', 'two'],
      ['', 'a', '', '', 'bcd', ''],
      ['x'.repeat(50), 'y'],
    ];
    for (const blocks of cases) {
      const text = blocks.join('\n');
      const fromBlocks = textPositionsOfBlocks(text, blocks);
      // Another text (one more paragraph), so that it is searched rather than the last kept.
      const searched = textPositions(`${text}\n`).starts.slice(0, -1);
      expect(fromBlocks.starts).toEqual(searched);
      for (let offset = 0; offset <= text.length; offset += 1) {
        expect(fromBlocks.toOffset(fromBlocks.toPoint(offset))).toBe(offset);
      }
    }
  });

  it('is what textPositions then gives for that text, without searching it again', () => {
    const blocks = ['first paragraph', 'second'];
    const text = blocks.join('\n');
    expect(textPositions(text)).toBe(textPositionsOfBlocks(text, blocks));
  });
});
