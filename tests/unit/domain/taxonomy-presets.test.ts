import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../src/domain/default-taxonomy';
import {
  TAXONOMY_PRESETS,
  extendTaxonomy,
  mergePreset,
  tagIdFor,
} from '../../../src/domain/taxonomy-presets';

const semeval = TAXONOMY_PRESETS.find((p) => p.id === 'semeval-2020')!;

describe('taxonomy presets', () => {
  it('offer the 14 SemEval-2020 techniques, each described', () => {
    expect(semeval.tags).toHaveLength(14);
    expect(semeval.tags.map((t) => t.id)).toContain('ptc-loaded-language');
    expect(semeval.tags.map((t) => t.id)).toContain('ptc-name-calling-labeling');
    for (const tag of semeval.tags) expect(tag.description.length).toBeGreaterThan(30);
  });

  it('extend a taxonomy without touching it: new looks, free keys, later places', () => {
    const added = extendTaxonomy(DEFAULT_TAGS, semeval.tags);
    expect(added).toHaveLength(14);
    const all = [...DEFAULT_TAGS, ...added];
    const looks = all.map((t) => `${t.colour}/${t.underline}`);
    expect(new Set(looks).size).toBe(all.length);
    const keys = all.flatMap((t) => (t.shortcut ? [t.shortcut] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(added[0]).toMatchObject({ shortcut: '4', order: 3 });
    expect(added.map((t) => t.order)).toEqual(added.map((_, i) => i + 3));
  });

  it('skip tags already there, and give a deleted default tag back its own look', () => {
    const withoutFirst = DEFAULT_TAGS.slice(1);
    const added = extendTaxonomy(withoutFirst, DEFAULT_TAGS);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      id: 'loaded-language',
      colour: DEFAULT_TAGS[0]!.colour,
      underline: 'wavy',
      shortcut: '1',
    });
  });
});

describe('mergePreset', () => {
  it('merges a preset tag named like one here (case and spacing folded), keeping its id', () => {
    const here = DEFAULT_TAGS.map((t) =>
      t.id === 'loaded-language' ? { ...t, label: '  LOADED   language ' } : t,
    );
    const { added, merged } = mergePreset(here, semeval.tags);
    expect(added).toHaveLength(13);
    expect(added.map((t) => t.id)).not.toContain('ptc-loaded-language');
    expect(merged).toEqual([{ ...here[0], aliases: ['ptc-loaded-language'] }]);
    // Adding it again finds the alias: nothing new.
    const again = mergePreset([...here.slice(1), merged[0]!, ...added], semeval.tags);
    expect(again).toEqual({ added: [], merged: [] });
  });
});

describe('tagIdFor', () => {
  it('makes a readable slug, unique among the ids taken', () => {
    expect(tagIdFor('Spin words!', new Set())).toBe('spin-words');
    expect(tagIdFor('Spin words', new Set(['spin-words', 'spin-words-2']))).toBe('spin-words-3');
    expect(tagIdFor('Émotion', new Set())).toBe('emotion');
    expect(tagIdFor('!!!', new Set())).toBe('tag');
  });
});
