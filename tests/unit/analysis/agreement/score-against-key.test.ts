import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../src/domain/types';
import { spansOf, type LabelledSpan } from '../../../../src/analysis/agreement/labelled-span';
import { scoreAgainstKey } from '../../../../src/analysis/agreement/score-against-key';

function span(start: number, end: number, tagId = 'a', documentId = 'd1'): LabelledSpan {
  return { documentId, start, end, tagId };
}

function annotation(start: number, end: number, tagIds: string[], orphaned = false): Annotation {
  return {
    id: `${start}-${end}`,
    layerId: 'layer-mine',
    documentId: 'd1',
    tagIds,
    target: { start, end, exact: '', prefix: '', suffix: '' },
    note: '',
    fields: {},
    annotator: 'student',
    origin: 'manual',
    status: orphaned ? 'orphaned' : 'anchored',
    createdAt: '2025-03-08',
    updatedAt: '2025-03-08',
  };
}

describe('spansOf', () => {
  it('gives one span per tag and skips orphaned annotations', () => {
    const spans = spansOf([annotation(0, 5, ['a', 'b']), annotation(7, 9, ['a'], true)]);
    expect(spans).toEqual([span(0, 5, 'a'), span(0, 5, 'b')]);
  });
});

describe('scoreAgainstKey (SemEval-2020 Task 11 partial credit)', () => {
  it('gives full marks to an exact match', () => {
    const s = scoreAgainstKey([span(0, 10)], [span(0, 10)], ['a']);
    expect(s.overall).toEqual({ precision: 1, recall: 1, f1: 1, keySpans: 1, answerSpans: 1 });
    expect(s.byTag.a).toEqual(s.overall);
  });

  it('gives partial credit for overlap', () => {
    // key [0,10), answer [5,25): they share 5 characters.
    // P = 5/20 = 0.25, R = 5/10 = 0.5, F1 = 2·0.25·0.5 / 0.75 = 1/3.
    const s = scoreAgainstKey([span(0, 10)], [span(5, 25)], ['a']);
    expect(s.overall.precision).toBeCloseTo(0.25);
    expect(s.overall.recall).toBeCloseTo(0.5);
    expect(s.overall.f1).toBeCloseTo(1 / 3);
  });

  it('gives no credit for the right words with the wrong tag', () => {
    const s = scoreAgainstKey([span(0, 10, 'a')], [span(0, 10, 'b')], ['a', 'b']);
    // Tag a: the answer has no a spans (precision "—") and misses the key's one.
    expect(s.byTag.a).toEqual({ precision: null, recall: 0, f1: 0, keySpans: 1, answerSpans: 0 });
    // Tag b: the key has no b spans (recall "—") and the answer's one is wrong.
    expect(s.byTag.b).toEqual({ precision: 0, recall: null, f1: 0, keySpans: 0, answerSpans: 1 });
    expect(s.overall).toEqual({ precision: 0, recall: 0, f1: 0, keySpans: 1, answerSpans: 1 });
  });

  it('scores each tag of a multi-tag annotation on its own', () => {
    // Key: a at [0,10), b at [20,30). The student tagged [0,10) with both a and b.
    const key = spansOf([annotation(0, 10, ['a']), annotation(20, 30, ['b'])]);
    const answer = spansOf([annotation(0, 10, ['a', 'b'])]);
    const s = scoreAgainstKey(key, answer, ['a', 'b']);
    expect(s.byTag.a).toMatchObject({ precision: 1, recall: 1 });
    expect(s.byTag.b).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    // Micro: P = (1 + 0) / 2 answer spans, R = (1 + 0) / 2 key spans.
    expect(s.overall).toMatchObject({ keySpans: 2, answerSpans: 2 });
    expect(s.overall.precision).toBeCloseTo(0.5);
    expect(s.overall.recall).toBeCloseTo(0.5);
    expect(s.overall.f1).toBeCloseTo(0.5);
  });

  it('merges overlapping spans of one tag in one document, and only there', () => {
    // [0,6) and [4,10) are one stroke [0,10): one exact match, not two half ones.
    const merged = scoreAgainstKey([span(0, 10)], [span(0, 6), span(4, 10)], ['a']);
    expect(merged.overall).toEqual({ precision: 1, recall: 1, f1: 1, keySpans: 1, answerSpans: 1 });
    // The same offsets in another document, or with another tag, are not merged.
    const apart = scoreAgainstKey(
      [span(0, 10)],
      [span(0, 6), span(4, 10, 'a', 'd2'), span(4, 10, 'b')],
      ['a', 'b'],
    );
    expect(apart.byTag.a).toMatchObject({ answerSpans: 2, keySpans: 1 });
    // P_a = (6/6 + 0) / 2 = 0.5; R_a = 6/10 = 0.6.
    expect(apart.byTag.a?.precision).toBeCloseTo(0.5);
    expect(apart.byTag.a?.recall).toBeCloseTo(0.6);
  });

  it('pools the sums over tags for the overall figure (micro average)', () => {
    // Tag a: key [0,10); answer [0,10) and [20,30). P_a = 1/2, R_a = 1.
    // Tag b: key [40,50); answer [40,45).           P_b = 1,   R_b = 5/10.
    // Overall: P = (1 + 0 + 1) / 3 = 2/3, R = (1 + 0.5) / 2 = 0.75, F1 = 12/17.
    const s = scoreAgainstKey(
      [span(0, 10), span(40, 50, 'b')],
      [span(0, 10), span(20, 30), span(40, 45, 'b')],
      ['a', 'b'],
    );
    expect(s.byTag.a?.precision).toBeCloseTo(0.5);
    expect(s.byTag.a?.recall).toBeCloseTo(1);
    expect(s.byTag.b?.precision).toBeCloseTo(1);
    expect(s.byTag.b?.recall).toBeCloseTo(0.5);
    expect(s.byTag.b?.f1).toBeCloseTo(2 / 3);
    expect(s.overall.precision).toBeCloseTo(2 / 3);
    expect(s.overall.recall).toBeCloseTo(0.75);
    expect(s.overall.f1).toBeCloseTo(12 / 17);
  });

  it('credits one answer span against several key spans', () => {
    // Key [0,4) and [6,10); answer [0,10) covers both wholly and 8 of its own 10 characters.
    const s = scoreAgainstKey([span(0, 4), span(6, 10)], [span(0, 10)], ['a']);
    expect(s.overall.precision).toBeCloseTo(0.8);
    expect(s.overall.recall).toBeCloseTo(1);
  });

  it('reports null, not 0, for figures with nothing to divide by', () => {
    const none = { precision: null, recall: null, f1: null, keySpans: 0, answerSpans: 0 };
    expect(scoreAgainstKey([], [], ['a'])).toEqual({ overall: none, byTag: { a: none } });
    // The student marked nothing: recall 0, precision "—".
    expect(scoreAgainstKey([span(0, 5)], [], ['a']).overall).toEqual({
      precision: null,
      recall: 0,
      f1: 0,
      keySpans: 1,
      answerSpans: 0,
    });
  });

  it('ignores tags outside tagIds and empty spans', () => {
    const s = scoreAgainstKey(
      [span(0, 10), span(0, 10, 'x')],
      [span(0, 10, 'x'), span(3, 3)],
      ['a'],
    );
    expect(Object.keys(s.byTag)).toEqual(['a']);
    expect(s.overall).toEqual({ precision: null, recall: 0, f1: 0, keySpans: 1, answerSpans: 0 });
  });
});
