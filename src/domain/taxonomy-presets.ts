import { DEFAULT_TAGS } from './default-taxonomy';
import type { Tag, UnderlineStyle } from './types';

/**
 * Taxonomies a teacher can start from: Slant's default three tags, and the 14 propaganda
 * techniques of SemEval-2020 Task 11 (Da San Martino et al.), described for students.
 */
export type PresetTag = Pick<Tag, 'id' | 'label' | 'description'> &
  Partial<Pick<Tag, 'colour' | 'underline' | 'shortcut'>>;

interface TaxonomyPreset {
  id: string;
  label: string;
  /** Tags without a look of their own get one from `extendTaxonomy`. */
  tags: readonly PresetTag[];
}

const SEMEVAL_TECHNIQUES: TaxonomyPreset['tags'] = [
  [
    'Appeal_to_Authority',
    'Appeal to authority',
    'A claim is true because an authority says so, with no other evidence.',
  ],
  [
    'Appeal_to_fear-prejudice',
    'Appeal to fear or prejudice',
    'Builds support by stirring fear of something or prejudice against a group.',
  ],
  [
    'Bandwagon,Reductio_ad_hitlerum',
    'Bandwagon or reductio ad Hitlerum',
    'Everyone does it, so should you; or a bad group likes it, so it is bad.',
  ],
  [
    'Black-and-White_Fallacy',
    'Black-and-white fallacy',
    'Presents two options as the only ones, when more exist.',
  ],
  [
    'Causal_Oversimplification',
    'Causal oversimplification',
    'Gives one cause for something that has many.',
  ],
  ['Doubt', 'Doubt', 'Questions the credibility of someone or something, without evidence.'],
  [
    'Exaggeration,Minimisation',
    'Exaggeration or minimisation',
    'Makes something seem much bigger or much smaller than it is.',
  ],
  ['Flag-Waving', 'Flag-waving', 'Plays on patriotism or group pride to justify an idea.'],
  [
    'Loaded_Language',
    'Loaded language',
    'Words with strong emotional weight, used to sway the reader.',
  ],
  [
    'Name_Calling,Labeling',
    'Name calling or labelling',
    'Labels a person or group with something the audience fears, hates or loves.',
  ],
  ['Repetition', 'Repetition', 'Repeats the same message again and again until it sticks.'],
  ['Slogans', 'Slogans', 'A short, striking phrase that stands in for an argument.'],
  [
    'Thought-terminating_Cliches',
    'Thought-terminating cliché',
    'A stock phrase that discourages thinking further ("it is what it is").',
  ],
  [
    'Whataboutism,Straw_Men,Red_Herring',
    'Whataboutism, straw man or red herring',
    'Dodges a point by accusing others, misstating the opponent, or changing the subject.',
  ],
].map(([technique, label, description]) => ({
  id: `ptc-${technique!
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`,
  label: label!,
  description: description!,
}));

export const TAXONOMY_PRESETS: readonly TaxonomyPreset[] = [
  { id: 'default', label: 'Slant’s three tags', tags: DEFAULT_TAGS },
  {
    id: 'semeval-2020',
    label: 'Propaganda techniques (SemEval-2020, 14 tags)',
    tags: SEMEVAL_TECHNIQUES,
  },
];

/** Okabe-Ito colours (colour-blind safe), darkened where needed for contrast on white. */
const TAG_COLOURS = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#B8860B', '#7B4FA0', '#000000'];
const SHORTCUT_KEYS = '1234567890qwertyuiop'.split('');
const UNDERLINES: UnderlineStyle[] = ['wavy', 'dashed', 'double', 'solid', 'dotted'];

/**
 * Turns new tags into full tags that extend `existing`: each gets a colour and underline pair
 * not yet used, a free shortcut key while any is left, and the next places in the order.
 */
export function extendTaxonomy(
  existing: readonly Tag[],
  additions: readonly PresetTag[],
  taxonomyId = 'default',
): Tag[] {
  const usedLooks = new Set(existing.map((t) => `${t.colour.toLowerCase()}/${t.underline}`));
  const usedKeys = new Set(existing.flatMap((t) => (t.shortcut ? [t.shortcut] : [])));
  const ids = new Set(existing.map((t) => t.id));
  let order = existing.reduce((max, t) => Math.max(max, t.order), -1);
  let look = 0;
  const result: Tag[] = [];
  for (const addition of additions) {
    if (ids.has(addition.id)) continue;
    ids.add(addition.id);
    let colour = addition.colour ?? TAG_COLOURS[0]!;
    let underline = addition.underline ?? UNDERLINES[0]!;
    const ownLookFree =
      addition.colour &&
      addition.underline &&
      !usedLooks.has(`${colour.toLowerCase()}/${underline}`);
    for (; !ownLookFree && look < TAG_COLOURS.length * UNDERLINES.length; look += 1) {
      colour = TAG_COLOURS[look % TAG_COLOURS.length]!;
      underline = UNDERLINES[Math.floor(look / TAG_COLOURS.length) % UNDERLINES.length]!;
      if (!usedLooks.has(`${colour.toLowerCase()}/${underline}`)) break;
    }
    usedLooks.add(`${colour.toLowerCase()}/${underline}`);
    const shortcut =
      addition.shortcut && !usedKeys.has(addition.shortcut)
        ? addition.shortcut
        : SHORTCUT_KEYS.find((key) => !usedKeys.has(key));
    if (shortcut) usedKeys.add(shortcut);
    order += 1;
    result.push({
      ...addition,
      colour,
      underline,
      taxonomyId,
      order,
      ...(shortcut && { shortcut }),
    });
  }
  return result;
}

/** A label as a reader compares it: case, accents and spacing do not matter. */
export const foldLabel = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

export interface PresetMerge {
  /** New tags, with looks and keys of their own. */
  added: Tag[];
  /** Tags already here under the preset tag's name: each now lists the preset's id as an alias. */
  merged: Tag[];
}

/**
 * Adds a preset to a taxonomy. A preset tag with the name of a tag already here (case, accents
 * and spacing folded) is not added a second time: the tag here keeps its id, look and key, and
 * records the preset tag's id as an alias. Tags already here by id or alias are skipped.
 */
export function mergePreset(
  existing: readonly Tag[],
  preset: readonly PresetTag[],
  taxonomyId?: string,
): PresetMerge {
  const known = new Set(existing.flatMap((t) => [t.id, ...(t.aliases ?? [])]));
  const byLabel = new Map(existing.map((t) => [foldLabel(t.label), t]));
  const merged = new Map<string, Tag>();
  const fresh: PresetTag[] = [];
  for (const tag of preset) {
    if (known.has(tag.id)) continue;
    const here = byLabel.get(foldLabel(tag.label));
    if (!here) {
      fresh.push(tag);
      continue;
    }
    const before = merged.get(here.id) ?? here;
    merged.set(here.id, { ...before, aliases: [...(before.aliases ?? []), tag.id] });
  }
  return { added: extendTaxonomy(existing, fresh, taxonomyId), merged: [...merged.values()] };
}

/** A stable id for a new tag from its label, unique among `taken`: `Spin words` -> `spin-words`. */
export function tagIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tag';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
