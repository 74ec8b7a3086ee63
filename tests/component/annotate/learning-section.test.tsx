import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LEARNING_SETTINGS, type LearnedModelRecord } from '../../../src/domain/records';
import type { Tag } from '../../../src/domain/types';
import { NO_LEARNED_MODELS } from '../../../src/state/suggestions/analyze-off-thread';
import type { LearningState, TagLearning } from '../../../src/state/suggestions/use-learning';
import { LearningSection } from '../../../src/ui/annotate/LearningSection';

const tag = (id: string, label: string, order: number): Tag => ({
  id,
  label,
  description: '',
  colour: '#1f6feb',
  underline: 'solid',
  taxonomyId: 'mine',
  order,
});
const TAGS = [tag('name-calling', 'Name calling', 0), tag('praise', 'Praise', 1)];

const record = (tag: string, trainedAt: string): LearnedModelRecord => ({
  tag,
  annotations: 5,
  rejections: 0,
  texts: 5,
  model: { version: 1, thresholds: { seed: 0.5, extend: 0.3 }, weights: [] },
  signature: 's',
  trainedAt,
});

const tagLearning = (tag: string, model?: LearnedModelRecord, learning = false): TagLearning => ({
  tag,
  annotations: 5,
  rejections: 0,
  signature: 's',
  needed: 0,
  off: false,
  learning,
  ...(model && { model }),
});

const state = (tags: TagLearning[]): LearningState => ({
  settings: DEFAULT_LEARNING_SETTINGS,
  tags,
  installed: NO_LEARNED_MODELS,
  otherLayers: [],
  error: null,
});

describe('the learning panel’s announcements', () => {
  it('says once when a tag is learned while it is open, and nothing of models learned before', () => {
    const say = vi.fn();
    const before = record('praise', '2020-01-01T00:00:00.000Z');
    const view = render(
      <LearningSection
        learning={state([tagLearning('praise', before), tagLearning('name-calling')])}
        tags={TAGS}
        say={say}
      />,
    );
    expect(say).not.toHaveBeenCalled();

    const later = new Date(Date.now() + 1000).toISOString();
    const learning = tagLearning('name-calling', record('name-calling', later), true);
    view.rerender(
      <LearningSection
        learning={state([tagLearning('praise', before), learning])}
        tags={TAGS}
        say={say}
      />,
    );
    expect(say).not.toHaveBeenCalled();

    const learned = state([tagLearning('praise', before), { ...learning, learning: false }]);
    view.rerender(<LearningSection learning={learned} tags={TAGS} say={say} />);
    expect(say).toHaveBeenCalledTimes(1);
    expect(say).toHaveBeenCalledWith('Name calling: learned from 5 of your annotations.');

    view.rerender(<LearningSection learning={{ ...learned }} tags={TAGS} say={say} />);
    expect(say).toHaveBeenCalledTimes(1);
  });
});
