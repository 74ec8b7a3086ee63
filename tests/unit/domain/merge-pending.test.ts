import { describe, expect, it } from 'vitest';
import { mergePending } from '../../../src/domain/merge-pending';
import type { Annotation } from '../../../src/domain/types';

const at = (id: string, start: number, end: number) =>
  ({ id, target: { start, end } }) as Annotation;

describe('mergePending', () => {
  const stored = [at('a', 0, 5), at('b', 10, 12), at('c', 10, 20), at('d', 30, 31)];

  it('returns the stored list itself when nothing is pending', () => {
    expect(mergePending(stored, [])).toBe(stored);
    expect(mergePending(stored, [at('b', 10, 12)])).toBe(stored);
  });

  it('inserts newcomers in reading order, ties broken by end', () => {
    const merged = mergePending(stored, [at('x', 10, 15), at('y', 40, 41), at('z', 0, 1)]);
    expect(merged.map((a) => a.id)).toEqual(['z', 'a', 'b', 'x', 'c', 'd', 'y']);
  });
});
