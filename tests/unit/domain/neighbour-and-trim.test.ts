import { describe, expect, it } from 'vitest';
import { neighbourAnnotation } from '../../../src/domain/neighbour-annotation';
import { trimSelection } from '../../../src/domain/trim-selection';
import type { Annotation } from '../../../src/domain/types';

const at = (id: string, start: number, status: Annotation['status'] = 'anchored') =>
  ({ id, status, target: { start, end: start + 1 } }) as Annotation;

describe('neighbourAnnotation', () => {
  const list = [at('a', 5), at('orphan', 7, 'orphaned'), at('b', 10), at('c', 20)];
  it('finds the next and previous anchored annotation, wrapping around', () => {
    expect(neighbourAnnotation(list, 5, 1)?.id).toBe('b');
    expect(neighbourAnnotation(list, 20, 1)?.id).toBe('a');
    expect(neighbourAnnotation(list, 10, -1)?.id).toBe('a');
    expect(neighbourAnnotation(list, 5, -1)?.id).toBe('c');
    expect(neighbourAnnotation([], 0, 1)).toBeUndefined();
  });
});

describe('trimSelection', () => {
  it('drops whitespace at the edges, and gives nothing for a blank selection', () => {
    expect(trimSelection('  word \n next', 0, 8)).toEqual({ start: 2, end: 6 });
    expect(trimSelection('a   \n  b', 1, 7)).toBeNull();
  });
});
