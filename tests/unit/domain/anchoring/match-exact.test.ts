import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';
import { matchExact } from '../../../../src/domain/anchoring/match-exact';

describe('matchExact', () => {
  it('returns null when the quote is not in the text', () => {
    const target = describeRange('the coast was calm', 4, 9);
    expect(matchExact('the shore was calm', target)).toBeNull();
  });

  it('prefers the occurrence whose prefix and suffix fit best', () => {
    const text = 'in Tartus the army said no. In Banias the army said yes.';
    const start = text.indexOf('army said yes');
    const target = describeRange(text, start, start + 'army said'.length);
    const edited = `Breaking: ${text}`;
    expect(matchExact(edited, { ...target, start: 0, end: 0 })).toMatchObject({
      start: start + 10,
      end: start + 19,
    });
  });

  it('breaks equal context fits by nearness to the old position', () => {
    // A periodic text: away from the edges every occurrence has the same context.
    const text = 'abc '.repeat(40);
    const target = describeRange(text, 80, 83);
    expect(matchExact(text, { ...target, start: 81, end: 84 })).toMatchObject({
      start: 80,
      end: 83,
    });
    expect(matchExact(text, { ...target, start: 83, end: 86 })).toMatchObject({
      start: 84,
      end: 87,
    });
  });

  it('breaks ties by nearness also when no occurrence fits perfectly', () => {
    const text = 'x'.repeat(50) + 'abc '.repeat(40) + 'y'.repeat(50);
    const target = { start: 131, end: 134, exact: 'abc', prefix: 'QQQQ', suffix: 'ZZZZ' };
    expect(matchExact(text, target)).toMatchObject({ start: 130, end: 133 });
  });

  it('counts a text edge as a fit for empty context', () => {
    const text = 'Syria said. Then Syria said more.';
    const target = describeRange(text, 0, 5);
    expect(target.prefix).toBe('');
    // Even with the old position pointing at the second "Syria", the one at the start fits.
    expect(matchExact(text, { ...target, start: 17, end: 22 })).toMatchObject({ start: 0, end: 5 });
  });

  it('finds a perfect fit far beyond the window around the old position', () => {
    const filler = 'word '.repeat(2000);
    const text = `${filler}the quote here${filler}`;
    const target = describeRange(text, filler.length + 4, filler.length + 9);
    const edited = `${filler}${filler}the quote here${filler}`;
    expect(matchExact(edited, target)).toMatchObject({
      start: 2 * filler.length + 4,
      end: 2 * filler.length + 9,
    });
  });
});
