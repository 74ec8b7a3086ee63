/**
 * Anchoring after the text changed under an annotation, on a real article (seed 004): each test
 * describes a range in one version of the text and anchors it in another, asserting exact offsets.
 */
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../src/domain/anchoring/anchor';
import { describe as describeRange } from '../../../../src/domain/anchoring/describe';
import type { TextTarget } from '../../../../src/domain/types';
import { loadSeeds, offsetOf } from './fixtures';

const article = loadSeeds().find((seed) => seed.name.startsWith('004'))?.text ?? '';

/** Describes the only occurrence of `quote` in `text`. */
function annotate(text: string, quote: string): TextTarget {
  const start = offsetOf(text, quote);
  return describeRange(text, start, start + quote.length);
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = offsetOf(text, from);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Moves paragraph `index` to the end of the text. */
function moveParagraphToEnd(text: string, index: number): string {
  const paragraphs = text.split('\n');
  const [moved] = paragraphs.splice(index, 1);
  return [...paragraphs, moved].join('\n');
}

describe('anchoring after edits', () => {
  it('follows a quote when text is inserted before it', () => {
    const quote = 'the Syrian Observatory for Human Rights (SOHR) reported on 8 March';
    const target = annotate(article, quote);
    const inserted = ' (Update: figures revised.)';
    const edited = replaceOnce(article, 'unfolding in Syria', `unfolding in Syria${inserted}`);
    expect(anchor(edited, target)).toEqual({
      status: 'anchored',
      start: target.start + inserted.length,
      end: target.end + inserted.length,
      method: 'exact',
    });
  });

  it('re-finds a quote whose typo was fixed (a letter added)', () => {
    const typo = 'The UK-based war monitr said that 532 civilians have been killed';
    const original = replaceOnce(article, 'war monitor said', 'war monitr said');
    const target = annotate(original, typo);
    expect(anchor(article, target)).toEqual({
      status: 'anchored',
      start: target.start,
      end: target.end + 1,
      method: 'fuzzy',
    });
  });

  it('re-finds a quote whose typo was fixed (a letter replaced)', () => {
    const original = replaceOnce(article, 'widespread violence', 'widespread violance');
    const target = annotate(original, 'Alawite activists have reported widespread violance');
    expect(anchor(article, target)).toEqual({
      status: 'anchored',
      start: target.start,
      end: target.end,
      method: 'fuzzy',
    });
  });

  it('picks the duplicate of a quote whose context fits, even when another is nearer', () => {
    // "revenge killings" occurs twice in the article already; annotate the second.
    const start = offsetOf(article, 'attacks "revenge killings"') + 'attacks "'.length;
    const target = describeRange(article, start, start + 'revenge killings'.length);
    const copy = 'Critics disputed the phrase revenge killings. ';
    const edited = replaceOnce(article, 'Sheha called', `${copy}Sheha called`);
    expect(anchor(edited, target)).toEqual({
      status: 'anchored',
      start: start + copy.length,
      end: target.end + copy.length,
      method: 'exact',
    });
  });

  it('follows a quote whose paragraph moved to the end', () => {
    const target = annotate(article, 'revenge attacks targeting women and children');
    const paragraph = 'The violence, described as ethnic cleansing, includes ';
    const offsetInParagraph = target.start - offsetOf(article, paragraph);
    const edited = moveParagraphToEnd(article, 2);
    const start = offsetOf(edited, paragraph) + offsetInParagraph;
    expect(start).not.toBe(target.start);
    expect(anchor(edited, target)).toEqual({
      status: 'anchored',
      start,
      end: start + target.exact.length,
      method: 'exact',
    });
  });

  it('follows a quote that starts its paragraph when the paragraph moved', () => {
    const target = annotate(article, 'The violence, described as ethnic cleansing');
    const edited = moveParagraphToEnd(article, 2);
    const start = offsetOf(edited, 'The violence, described');
    expect(anchor(edited, target)).toEqual({
      status: 'anchored',
      start,
      end: start + target.exact.length,
      method: 'exact',
    });
  });

  it('re-finds an edited quote far from where it was, by searching the whole text', () => {
    const typo = 'revenge atacks targeting women and children';
    const original = replaceOnce(article, 'revenge attacks targeting', 'revenge atacks targeting');
    const target = annotate(original, typo);
    const edited = moveParagraphToEnd(article, 2);
    const start = offsetOf(edited, 'revenge attacks targeting');
    expect(start - target.start).toBeGreaterThan(4000);
    expect(anchor(edited, target)).toEqual({
      status: 'anchored',
      start,
      end: start + typo.length + 1,
      method: 'fuzzy',
    });
  });

  it('orphans a quote whose sentence was deleted', () => {
    const target = annotate(article, 'They also stole cars and robbed and burned homes.');
    const edited = replaceOnce(article, ' They also stole cars and robbed and burned homes.', '');
    expect(anchor(edited, target)).toEqual({ status: 'orphaned' });
  });

  it('orphans a quote whose whole paragraph was deleted', () => {
    const target = annotate(article, 'Ali Sheha, a 57-year-old resident of Banias');
    const paragraphs = article.split('\n').filter((p) => !p.startsWith('Ali Sheha'));
    expect(anchor(paragraphs.join('\n'), target)).toEqual({ status: 'orphaned' });
  });

  it('orphans a target with an empty quote instead of anchoring an empty range', () => {
    const target = { start: 10, end: 10, exact: '', prefix: '', suffix: '' };
    expect(anchor(article, target)).toEqual({ status: 'orphaned' });
  });

  it('never throws on a nonsensical stored position', () => {
    const target = { ...annotate(article, 'Tuwaym'), start: -40, end: Number.NaN };
    const start = offsetOf(article, 'Tuwaym');
    expect(anchor(article, target)).toEqual({
      status: 'anchored',
      start,
      end: start + 6,
      method: 'exact',
    });
  });
});
