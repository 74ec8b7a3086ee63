/**
 * The closed lists some record fields choose from. Apart from the schemas, and free of zod, so
 * the views and the suggestion worker can list them without loading the validation library.
 */

export const AFFILIATIONS = [
  'state-affiliated',
  'government-or-party-affiliated',
  'independent',
  'aggregator-or-content-farm',
  'advocacy',
  'personal-blog',
  'unknown',
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export const UNDERLINE_STYLES = ['solid', 'double', 'dashed', 'wavy', 'dotted'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];
