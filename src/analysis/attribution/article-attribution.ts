/**
 * Who an article cites and where its figures come from, in one pass over the text: the one
 * home for "Sources named" and figure attribution in Compare, for the unattributed-claim
 * detector's sense of which sentences are sourced, and for `slant figures`. The result is plain
 * data, so the suggestion worker can compute it and post it to the page.
 */
import type { TextSpan } from '../text/sentences';
import { distinctSources } from '../compare/distinct-sources';
import type { MentionKind } from './classify-phrase';
import { findSpeakers, type SpeakerRole } from './find-speakers';
import { reportedFigures, type ReportedFigure } from './reported-figures';
import { namedEntities, resolveReferences } from './resolve-references';
import { rememberAttribution, rememberedAttribution } from './remembered-attribution';
import { tagWords } from './tagged-words';

export type SourceKind = Exclude<MentionKind, 'person-reference' | 'organisation-reference'>;

export interface SourceMention {
  /** The source as shown: for a pronoun or description, the name it points back to. */
  name: string;
  kind: SourceKind;
  role: SpeakerRole;
  /** Where the mention (the name, pronoun or description) stands. */
  start: number;
  end: number;
  sentence: number;
  /** A person, organisation or institution: something a reader could look up. */
  named: boolean;
  /** A pronoun or description that points back to `name`. */
  reference: boolean;
}

export interface ArticleAttribution {
  sentences: TextSpan[];
  mentions: SourceMention[];
  /** Per sentence: it names a source or a speaker (named or not), so it is attributed. */
  attributed: boolean[];
  /** Distinct named sources, by their fullest name (distinct-sources.ts), in order. */
  sources: string[];
  figures: ReportedFigure[];
}

const NAMED = new Set<SourceKind>(['person', 'organisation', 'institution']);

function analyse(text: string): ArticleAttribution {
  const tagged = tagWords(text);
  const speakers = resolveReferences(findSpeakers(tagged), namedEntities(tagged));
  const mentions: SourceMention[] = speakers.map((s) => ({
    name: s.name,
    kind: s.kind as SourceKind,
    role: s.role,
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    named: NAMED.has(s.kind as SourceKind),
    reference: s.reference,
  }));
  const attributed = tagged.sentences.map(() => false);
  for (const m of mentions) if (m.kind !== 'vague') attributed[m.sentence] = true;
  return {
    sentences: tagged.sentences,
    mentions,
    attributed,
    sources: distinctSources(mentions.filter((m) => m.named).map((m) => m.name)),
    figures: reportedFigures(tagged, speakers),
  };
}

export function articleAttribution(text: string): ArticleAttribution {
  const known = rememberedAttribution(text);
  if (known) return known;
  const result = analyse(text);
  rememberAttribution(text, result);
  return result;
}
