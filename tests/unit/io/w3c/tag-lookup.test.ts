import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../../../../src/domain/default-taxonomy';
import { tagLookup } from '../../../../src/io/w3c/tag-lookup';

const merged = DEFAULT_TAGS.map((t) =>
  t.id === 'loaded-language' ? { ...t, aliases: ['ptc-loaded-language'] } : t,
);

describe('finding the tags an imported annotation names', () => {
  it('maps a preset id or technique name merged into a tag here onto that tag', () => {
    const lookup = tagLookup(merged);
    expect(lookup.idOf({ iri: 'urn:slant:tag:ptc-loaded-language', label: 'x' })).toBe(
      'loaded-language',
    );
    expect(lookup.idOf({ label: 'Loaded_Language' })).toBe('loaded-language');
    expect(tagLookup(DEFAULT_TAGS).idOf({ label: 'Loaded_Language' })).toBe('ptc-loaded-language');
  });
});
