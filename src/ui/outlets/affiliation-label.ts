import type { Affiliation } from '../../domain/types';

const LABELS: Record<Affiliation, string> = {
  'state-affiliated': 'State-affiliated',
  'government-or-party-affiliated': 'Government or party affiliated',
  independent: 'Independent',
  'aggregator-or-content-farm': 'Aggregator or content farm',
  advocacy: 'Advocacy',
  'personal-blog': 'Personal blog',
  unknown: 'Unknown',
};

export const affiliationLabel = (affiliation: Affiliation) => LABELS[affiliation];
