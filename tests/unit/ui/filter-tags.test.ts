import { describe, expect, it } from 'vitest';
import { filterTags } from '../../../src/ui/annotate/filter-tags';
import type { Tag } from '../../../src/domain/types';

const tag = (id: string, label: string, shortcut?: string, description = ''): Tag =>
  ({ id, label, shortcut, description, colour: '#000000', underline: 'solid' }) as Tag;

const tags = [
  tag('loaded', 'Loaded language', '1', 'Words with strong emotional weight'),
  tag('flag', 'Flag-waving', 'q', 'Plays on patriotism'),
  tag('cliche', 'Thought-terminating cliché', 'w'),
];

describe('the tag palette’s filter', () => {
  it('keeps every tag for an empty query', () => {
    expect(filterTags(tags, '  ').map((t) => t.id)).toEqual(['loaded', 'flag', 'cliche']);
  });
  it('puts the tag with that key first, then label starts, then the rest', () => {
    expect(filterTags(tags, 'q').map((t) => t.id)).toEqual(['flag']);
    expect(filterTags(tags, 'la').map((t) => t.id)).toEqual(['loaded', 'flag']);
    expect(filterTags(tags, 'ing').map((t) => t.id)).toEqual(['flag', 'cliche']);
  });
  it('ignores case and accents, and searches descriptions last', () => {
    expect(filterTags(tags, 'CLICHE').map((t) => t.id)).toEqual(['cliche']);
    expect(filterTags(tags, 'patriot').map((t) => t.id)).toEqual(['flag']);
    expect(filterTags(tags, 'nothing')).toEqual([]);
  });
});
