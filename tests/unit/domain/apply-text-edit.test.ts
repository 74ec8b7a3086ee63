import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/domain/anchoring';
import {
  liveRangesOf,
  moveLiveRanges,
  placeOnEditedText,
} from '../../../src/domain/apply-text-edit';
import { reanchorAnnotations } from '../../../src/domain/reanchor-annotations';
import type { Annotation } from '../../../src/domain/types';
import { annotationOn } from '../../support/annotation';

const TEXT = 'The blood-curdling massacre shocked the region.\nReports suggest more.';

function annotation(id: string, quote: string, text = TEXT): Annotation {
  const start = text.indexOf(quote);
  const end = start + quote.length;
  return annotationOn(text, id, start, end, { target: describeRange(text, start, end) });
}

describe('editing text under annotations', () => {
  const annotations = [annotation('a', 'blood-curdling'), annotation('b', 'Reports suggest')];

  it('moves annotations after an edit and re-describes their quotes', () => {
    const edited = 'Truly, the blood-curdling massacre shocked the region.\nReports suggest more.';
    const ranges = moveLiveRanges(liveRangesOf(annotations), { at: 0, removed: 3, inserted: 10 });
    const placed = placeOnEditedText(edited, annotations, ranges);
    expect(placed.map((a) => edited.slice(a.target.start, a.target.end))).toEqual([
      'blood-curdling',
      'Reports suggest',
    ]);
    expect(placed[0]!.target.prefix.endsWith('Truly, the ')).toBe(true);
  });

  it('orphans an annotation whose words were deleted, and keeps its quote', () => {
    const at = TEXT.indexOf('blood-curdling ');
    const edited = TEXT.slice(0, at) + TEXT.slice(at + 'blood-curdling '.length);
    const ranges = moveLiveRanges(liveRangesOf(annotations), { at, removed: 15, inserted: 0 });
    const placed = placeOnEditedText(edited, annotations, ranges);
    expect(placed[0]).toMatchObject({ status: 'orphaned', target: { exact: 'blood-curdling' } });
    expect(placed[1]!.status).toBe('anchored');
    expect(placed[1]).not.toBe(annotations[1]);
  });

  it('leaves untouched annotations as they were (same objects)', () => {
    const edited = `${TEXT} More text at the end.`;
    const ranges = moveLiveRanges(liveRangesOf(annotations), {
      at: TEXT.length,
      removed: 0,
      inserted: 22,
    });
    const placed = placeOnEditedText(edited, annotations, ranges);
    expect(placed[0]).toBe(annotations[0]);
  });
});

describe('reanchorAnnotations', () => {
  it('reports only the annotations whose stored record must change', () => {
    const annotations = [annotation('a', 'blood-curdling'), annotation('b', 'Reports suggest')];
    expect(reanchorAnnotations(TEXT, annotations).changed).toEqual([]);

    const moved = `Update: ${TEXT}`;
    const { annotations: placed, changed } = reanchorAnnotations(moved, annotations);
    expect(changed.map((a) => a.id)).toEqual(['a', 'b']);
    expect(moved.slice(placed[0]!.target.start, placed[0]!.target.end)).toBe('blood-curdling');
  });

  it('orphans what is gone and re-attaches an orphan whose words are back', () => {
    const gone = TEXT.replace('blood-curdling', 'terrible');
    const { annotations: placed } = reanchorAnnotations(gone, [annotation('a', 'blood-curdling')]);
    expect(placed[0]!.status).toBe('orphaned');
    const back = reanchorAnnotations(TEXT, placed);
    expect(back.annotations[0]!.status).toBe('anchored');
    expect(back.changed).toHaveLength(1);
  });
});
