import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';

/** WCAG relative luminance contrast of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('default taxonomy', () => {
  it('has the three tags with their exact ids and keys 1-3', () => {
    expect(DEFAULT_TAGS.map((t) => [t.id, t.shortcut])).toEqual([
      ['loaded-language', '1'],
      ['unattributed-claim', '2'],
      ['outlet-affiliation', '3'],
    ]);
  });

  it('never tells tags apart by colour alone: underline styles and colours all differ', () => {
    expect(new Set(DEFAULT_TAGS.map((t) => t.underline)).size).toBe(DEFAULT_TAGS.length);
    expect(new Set(DEFAULT_TAGS.map((t) => t.colour.toLowerCase())).size).toBe(DEFAULT_TAGS.length);
  });

  it('uses colours that stand out against the page (3:1 for graphics)', () => {
    for (const tag of DEFAULT_TAGS) expect(contrastOnWhite(tag.colour)).toBeGreaterThanOrEqual(3);
  });

  it('describes every tag in a full sentence', () => {
    for (const tag of DEFAULT_TAGS) expect(tag.description).toMatch(/^[A-Z].{40,}\.$/);
  });
});
