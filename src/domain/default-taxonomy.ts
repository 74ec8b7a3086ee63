import type { Tag } from './types';

/**
 * The three tags every new Slant starts with. Colours come from the Okabe-Ito palette, which
 * stays distinguishable with the common colour-vision deficiencies; each tag also has its own
 * underline style so that colour is never the only cue.
 */
const DEFAULT_TAXONOMY_ID = 'default';

export const DEFAULT_TAGS: readonly Tag[] = [
  {
    id: 'loaded-language',
    label: 'Loaded language',
    description:
      'Words chosen to stir feelings rather than inform: "slaughtered", "horror", "terrorist president". Ask what a neutral word would be.',
    colour: '#D55E00',
    underline: 'wavy',
    shortcut: '1',
    taxonomyId: DEFAULT_TAXONOMY_ID,
    order: 0,
  },
  {
    id: 'unattributed-claim',
    label: 'Unattributed claim',
    description:
      'A fact stated without saying who says so, or with only a vague source: "reports suggest", "it is estimated". Ask who should be cited.',
    colour: '#0072B2',
    underline: 'dashed',
    shortcut: '2',
    taxonomyId: DEFAULT_TAXONOMY_ID,
    order: 1,
  },
  {
    id: 'outlet-affiliation',
    label: 'Outlet affiliation',
    description:
      'A news outlet or agency named in the text. Ask who owns or funds it, and whether that colours what it reports.',
    colour: '#009E73',
    underline: 'double',
    shortcut: '3',
    taxonomyId: DEFAULT_TAXONOMY_ID,
    order: 2,
  },
];
