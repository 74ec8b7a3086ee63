import { describe, expect, it } from 'vitest';
import { annotationOnPassage, marksPassage } from '../../../src/domain/annotation-on-passage';
import type { Annotation } from '../../../src/domain/types';

function annotation(id: string, start: number, end: number, status = 'anchored'): Annotation {
  return {
    id,
    documentId: 'd',
    tagIds: ['loaded-language'],
    target: { start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    note: '',
    annotator: '',
    origin: 'manual',
    status,
    createdAt: '2025-03-10T00:00:00.000Z',
    updatedAt: '2025-03-10T00:00:00.000Z',
  } as Annotation;
}

describe('annotationOnPassage', () => {
  const list = [
    annotation('orphan', 4, 9, 'orphaned'),
    annotation('wider', 2, 9),
    annotation('exact', 4, 9),
  ];

  it('finds the anchored annotation on exactly the passage, not one around or inside it', () => {
    expect(annotationOnPassage(list, { start: 4, end: 9 })?.id).toBe('exact');
    expect(annotationOnPassage(list, { start: 5, end: 9 })).toBeUndefined();
    expect(annotationOnPassage(list, { start: 2, end: 8 })).toBeUndefined();
  });

  it('never matches an orphan, which marks no passage', () => {
    expect(marksPassage(list[0]!, { start: 4, end: 9 })).toBe(false);
    expect(annotationOnPassage([list[0]!], { start: 4, end: 9 })).toBeUndefined();
  });
});

describe('annotationOnPassage, as lists change', () => {
  const many = Array.from({ length: 200 }, (_, i) => annotation(`a${i}`, i * 10, i * 10 + 5));

  it('follows a tag added, a change, a delete and its undo, one list after another', () => {
    expect(annotationOnPassage(many, { start: 50, end: 55 })?.id).toBe('a5');
    const tagged = [...many.slice(0, 6), annotation('new', 57, 59), ...many.slice(6)];
    expect(annotationOnPassage(tagged, { start: 57, end: 59 })?.id).toBe('new');
    // Changed (in another tab, say): a new object for the same id, now orphaned.
    const changed = tagged.map((a) => (a.id === 'a5' ? annotation('a5', 50, 55, 'orphaned') : a));
    expect(annotationOnPassage(changed, { start: 50, end: 55 })).toBeUndefined();
    expect(annotationOnPassage(changed, { start: 57, end: 59 })?.id).toBe('new');
    const deleted = changed.filter((a) => a.id !== 'new');
    expect(annotationOnPassage(deleted, { start: 57, end: 59 })).toBeUndefined();
    // Undo brings the deleted one back; an older list asked again is answered as it was.
    expect(annotationOnPassage(changed, { start: 57, end: 59 })?.id).toBe('new');
    expect(annotationOnPassage(many, { start: 50, end: 55 })?.id).toBe('a5');
  });

  it('answers a wholly different list (another document) from that list alone', () => {
    expect(annotationOnPassage(many, { start: 10, end: 15 })?.id).toBe('a1');
    const other = Array.from({ length: 100 }, (_, i) => annotation(`b${i}`, i * 7, i * 7 + 3));
    expect(annotationOnPassage(other, { start: 10, end: 15 })).toBeUndefined();
    expect(annotationOnPassage(other, { start: 14, end: 17 })?.id).toBe('b2');
  });

  it('gives the first in the list when two annotations mark the same passage', () => {
    const twice = [annotation('first', 3, 8), annotation('second', 3, 8)];
    expect(annotationOnPassage(twice, { start: 3, end: 8 })?.id).toBe('first');
    expect(annotationOnPassage(twice.slice(1), { start: 3, end: 8 })?.id).toBe('second');
  });

  it('agrees with a search of the whole list over a run of random changes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    let list: Annotation[] = many.slice(0, 50);
    const wrong: string[] = [];
    for (let step = 0; step < 300; step += 1) {
      const at = random(list.length + 1);
      const kind = random(4);
      const made = annotation(
        `s${step}`,
        random(60),
        60 + random(5),
        random(5) ? 'anchored' : 'orphaned',
      );
      if (kind === 0 || list.length === 0) list = [...list.slice(0, at), made, ...list.slice(at)];
      else if (kind === 1) list = list.filter((_, i) => i !== at % list.length);
      else if (kind === 2) list = list.map((a, i) => (i === at % list.length ? made : a));
      else
        list = Array.from({ length: 1 + random(100) }, (_, i) =>
          annotation(`r${step}.${i}`, random(60), 60 + random(5)),
        );
      for (let start = 0; start < 60; start += 1) {
        for (let end = 60; end < 65; end += 1) {
          const passage = { start, end };
          const found = annotationOnPassage(list, passage);
          if (found !== list.find((a) => marksPassage(a, passage)))
            wrong.push(`${step} ${start}:${end}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
