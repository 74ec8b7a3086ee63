import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYER_ID,
  activeLayerFor,
  defaultLayer,
  lessonWorkLayerId,
  type AnnotationLayer,
} from '../../../../src/domain/layers';

const now = '2026-01-01T00:00:00.000Z';
const work = (lessonId: string, readOnly = false): AnnotationLayer => ({
  ...defaultLayer('', now),
  id: lessonWorkLayerId(lessonId),
  kind: 'lesson-work',
  lessonId,
  label: `Work ${lessonId}`,
  readOnly,
});
const lessons = [
  { id: 'early', documentIds: ['d1', 'd2'], createdAt: '2026-01-01' },
  { id: 'late', documentIds: ['d2'], createdAt: '2026-02-01' },
  { id: 'handed-in', documentIds: ['d3'], createdAt: '2026-03-01' },
];
const layers = [defaultLayer('', now), work('early'), work('late'), work('handed-in', true)];

describe('activeLayerFor', () => {
  it('edits a lesson’s work on its articles, the lesson opened last when several use one', () => {
    expect(activeLayerFor('d1', undefined, layers, lessons)).toBe(lessonWorkLayerId('early'));
    expect(activeLayerFor('d2', undefined, layers, lessons)).toBe(lessonWorkLayerId('late'));
  });

  it('edits the default layer on articles outside any lesson, and never a read-only layer', () => {
    expect(activeLayerFor('elsewhere', undefined, layers, lessons)).toBe(DEFAULT_LAYER_ID);
    expect(activeLayerFor('d3', undefined, layers, lessons)).toBe(DEFAULT_LAYER_ID);
    expect(activeLayerFor('d3', lessonWorkLayerId('handed-in'), layers, lessons)).toBe(
      DEFAULT_LAYER_ID,
    );
  });

  it('keeps the user’s choice while that layer exists and can be edited', () => {
    expect(activeLayerFor('d1', DEFAULT_LAYER_ID, layers, lessons)).toBe(DEFAULT_LAYER_ID);
    expect(activeLayerFor('d1', 'layer-gone', layers, lessons)).toBe(lessonWorkLayerId('early'));
  });
});
