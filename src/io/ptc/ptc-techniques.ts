/**
 * The 14 technique names of the Propaganda Techniques Corpus (SemEval-2020 Task 11), exactly as
 * its label files spell them, and Slant's ids for them (`ptc-loaded-language`, made the way
 * `taxonomy-presets.ts` makes them). Exports write the corpus's names so its scorers read Slant's
 * files; imports map the names back to Slant's preset tags.
 */
export const PTC_TECHNIQUES = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;

export function ptcTagId(technique: string): string {
  return `ptc-${technique
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}`;
}

const TECHNIQUE_BY_TAG_ID = new Map<string, string>(PTC_TECHNIQUES.map((t) => [ptcTagId(t), t]));
const TAG_ID_BY_TECHNIQUE = new Map<string, string>(PTC_TECHNIQUES.map((t) => [t, ptcTagId(t)]));

/** The corpus's name for one of Slant's PTC preset tags, or undefined for any other tag. */
export function ptcTechniqueOf(tagId: string): string | undefined {
  return TECHNIQUE_BY_TAG_ID.get(tagId);
}

/** Slant's preset tag id for a corpus technique name, or undefined. */
export function tagIdOfPtcTechnique(name: string): string | undefined {
  return TAG_ID_BY_TECHNIQUE.get(name);
}
