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
