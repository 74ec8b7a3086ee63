import { describe, expect, it } from 'vitest';
import {
  countedLayersText,
  defaultCountedLayers,
  type AnnotationLayer,
} from '../../../../src/domain/layers';

const at = '2026-12-01T10:00:00.000Z';
const layer = (id: string, kind: AnnotationLayer['kind'], label: string, extra = {}) =>
  ({
    id,
    kind,
    label,
    owner: '',
    colour: '#0072b2',
    readOnly: false,
    createdAt: at,
    updatedAt: at,
    ...extra,
  }) as AnnotationLayer;

const mine = layer('layer-mine', 'mine', 'My annotations', { owner: 'Ana' });
const work = layer('work-l1', 'lesson-work', 'My work: Coastal killings', { lessonId: 'l1' });
const ben = layer('layer-ben', 'lesson-work', 'Coastal killings', {
  owner: 'Ben',
  readOnly: true,
  lessonId: 'l1',
});
const lessons = [{ id: 'l1', documentIds: ['doc-b'], createdAt: at }];

describe('the layers Compare counts by default', () => {
  it('counts the layer I edit on each article: my own, or my work on the lesson that uses it', () => {
    const layers = [mine, work, ben];
    expect(defaultCountedLayers(['doc-a'], {}, layers, lessons)).toEqual(['layer-mine']);
    expect(defaultCountedLayers(['doc-a', 'doc-b'], {}, layers, lessons)).toEqual([
      'layer-mine',
      'work-l1',
    ]);
    // A classmate's read-only layer is never counted by default, even if chosen for editing once.
    expect(defaultCountedLayers(['doc-a'], { 'doc-a': 'layer-ben' }, layers, lessons)).toEqual([
      'layer-mine',
    ]);
  });

  it('names the counted layers with their owners, and a layer since deleted by its id', () => {
    expect(countedLayersText(['layer-mine'], [mine, ben])).toBe('My annotations (Ana)');
    expect(countedLayersText(['layer-mine', 'layer-ben'], [mine, ben])).toBe(
      'My annotations (Ana); Coastal killings (Ben)',
    );
    expect(countedLayersText(['gone'], [mine])).toBe('gone');
    expect(countedLayersText([], [mine])).toBe('no layer');
  });
});
