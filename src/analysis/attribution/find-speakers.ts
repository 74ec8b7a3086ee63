/**
 * Who each sentence attributes its words to, found from the verbs and phrases that attribute:
 * - the subject of a saying verb: "the SOHR said", "Maria K., a 34-year-old nurse, said",
 *   "Greek MEP Nikolas Farantouris, who visited Damascus ..., reported";
 * - the speaker after the verb: "“We counted 58 bodies,” said Hassan Ali";
 * - "according to X", "as indicated by X", "citing X", "a poll by X";
 * - the outlet told: "told the AP", "speaking with The Cradle"; and "X quoted Y as saying".
 * Pronouns ("she warned") and descriptions ("the monitor said") come out as references, for
 * resolve-references.ts to tie to a source named earlier.
 */
import { classifyPhrase, type PhraseMention } from './classify-phrase';
import { isCapitalised, isDeterminer, joins, phraseEndingAt, phraseStartingAt } from './phrase';
import { AUDIENCES, BETWEEN_SUBJECT_AND_VERB, SAYING } from './source-vocabulary';
import type { TaggedText } from './tagged-words';

/** How the sentence relates the source to its words; a speaker counts before an outlet told. */
export type SpeakerRole = 'speaker' | 'cited' | 'outlet';

export interface Speaker extends PhraseMention {
  role: SpeakerRole;
  sentence: number;
}

const PASSIVE = new Set('be been being was were is are'.split(' '));
const BY_VERBS = new Set(
  'reported documented indicated cited quoted confirmed announced published estimated counted stated noted'.split(
    ' ',
  ),
);
const TO_VERBS = new Set('reported told speaking spoke talking talked said'.split(' '));
const PRONOUNS: Record<string, 'person-reference' | 'organisation-reference'> = {
  he: 'person-reference',
  she: 'person-reference',
  it: 'organisation-reference',
};

/** Whether the words between a comma and a verb interrupt a subject: ", who ...", ", a nurse,". */
function isParenthetical(tagged: TaggedText, first: number, last: number): boolean {
  const word = tagged.words[first]!;
  if (last - first > 14) return false;
  if (['who', 'which', 'whose', 'a', 'an', 'the', 'himself', 'herself'].includes(word.lower)) {
    return true;
  }
  if (word.tags.has('Gerund') || word.tags.has('Value')) return true;
  return !isCapitalised(tagged, first) && !word.tags.has('Verb');
}

function isName(tagged: TaggedText, first: number, last: number): boolean {
  for (let i = first; i <= last; i += 1) {
    if (
      !isCapitalised(tagged, i) &&
      !['al', 'bin', 'ibn', 'de', 'van', 'von'].includes(tagged.words[i]!.lower)
    ) {
      return false;
    }
  }
  return true;
}

/** The start of the stretch of words that ends at `last` without punctuation. */
function stretchStart(tagged: TaggedText, last: number, floor: number): number {
  let first = last;
  while (first - 1 >= floor && !/[,;:()“”"—–]/.test(tagged.words[first - 1]!.after)) first -= 1;
  return first;
}

function fromPhrase(
  tagged: TaggedText,
  phrase: ReturnType<typeof phraseEndingAt>,
  role: SpeakerRole,
): Speaker[] {
  if (!phrase) return [];
  const sentence = tagged.words[phrase.first]!.sentence;
  return classifyPhrase(tagged, phrase).map((m) => ({ ...m, role, sentence }));
}

function pronoun(tagged: TaggedText, index: number): Speaker[] {
  const word = tagged.words[index]!;
  const kind = PRONOUNS[word.lower];
  if (!kind) return [];
  const { start, end, sentence, text } = word;
  return [{ kind, name: text, start, end, role: 'speaker', sentence }];
}

/** The speaker of the saying verb words[verb]. */
function subjectOf(tagged: TaggedText, verb: number, floor: number, ceiling: number): Speaker[] {
  const { words } = tagged;
  let i = verb - 1;
  while (i >= floor && BETWEEN_SUBJECT_AND_VERB.has(words[i]!.lower) && joins(tagged, i)) i -= 1;
  if (i < floor) return [];
  if (PASSIVE.has(words[i]!.lower)) return [];
  if (joins(tagged, i)) {
    if (words[i]!.tags.has('Pronoun')) return pronoun(tagged, i);
    return fromPhrase(tagged, phraseEndingAt(tagged, i, floor), 'speaker');
  }
  const after = words[i]!.after;
  const inverted = (): Speaker[] => {
    const next = verb + 1;
    if (next >= ceiling || !joins(tagged, verb)) return [];
    if (!isCapitalised(tagged, next) && !isDeterminer(words[next])) return [];
    return fromPhrase(tagged, phraseStartingAt(tagged, next, ceiling), 'speaker');
  };
  if (/[”"]/.test(after) || words[i]!.quoted || !/,/.test(after)) return inverted();
  // ", said" after an interruption: "Maria K., a 34-year-old nurse, said".
  const first = stretchStart(tagged, i, floor);
  const before = first - 1;
  if (before < floor || !/,/.test(words[before]!.after) || words[before]!.quoted) {
    return inverted();
  }
  if (isName(tagged, first, i)) {
    const named = fromPhrase(tagged, { first, last: i }, 'speaker');
    if (named.length > 0) return named;
  }
  if (isParenthetical(tagged, first, i)) {
    if (words[before]!.tags.has('Pronoun')) return pronoun(tagged, before);
    return fromPhrase(tagged, phraseEndingAt(tagged, before, floor), 'speaker');
  }
  return inverted();
}

/** The speakers and sources each sentence of `tagged` names, in reading order. */
export function findSpeakers(tagged: TaggedText): Speaker[] {
  const { words } = tagged;
  const found: Speaker[] = [];
  tagged.sentenceWords.forEach(([floor, ceiling]) => {
    for (let v = floor; v < ceiling; v += 1) {
      const word = words[v]!;
      if (word.quoted) continue;
      const next = words[v + 1];
      const after = (role: SpeakerRole, at: number): void => {
        if (at < ceiling)
          found.push(...fromPhrase(tagged, phraseStartingAt(tagged, at, ceiling), role));
      };
      if (word.lower === 'according' && next?.lower === 'to') {
        // "according to the latest count by the SOHR", "according to Reuters"
        after('cited', v + 2);
        continue;
      }
      if (word.lower === 'citing' || (word.lower === 'quoted' && next?.lower === 'by')) {
        after('cited', word.lower === 'citing' ? v + 1 : v + 2);
        continue;
      }
      if (next?.lower === 'by' && BY_VERBS.has(word.lower)) {
        after('cited', v + 2);
        continue;
      }
      if (next && /^(?:to|with)$/.test(next.lower) && TO_VERBS.has(word.lower)) {
        // "reported to Al-Mayadeen": whoever is reported to publishes it; "speaking to" a
        // person is not a source, an outlet is.
        const outlet = fromPhrase(tagged, phraseStartingAt(tagged, v + 2, ceiling), 'outlet');
        const reportedTo = word.lower === 'reported';
        found.push(
          ...outlet.filter((m) => m.kind === 'organisation' || (reportedTo && m.kind === 'person')),
        );
      }
      if (!SAYING.has(word.lower) || !word.tags.has('Verb')) continue;
      // "fighters accused of mass killings": a participle, not someone speaking.
      if (next?.lower === 'of' && /^(?:accused|alleged|suspected|charged)$/.test(word.lower)) {
        continue;
      }
      found.push(...subjectOf(tagged, v, floor, ceiling));
      if (/^(?:told|tells|tell|telling)$/.test(word.lower) && v + 1 < ceiling && joins(tagged, v)) {
        const told = fromPhrase(tagged, phraseStartingAt(tagged, v + 1, ceiling), 'outlet');
        const last = words[v + 1 + (isDeterminer(words[v + 1]) ? 1 : 0)];
        found.push(
          ...told.filter(
            (m) =>
              m.kind === 'organisation' &&
              !AUDIENCES.has(m.name.split(' ').pop()!.toLowerCase()) &&
              !!last,
          ),
        );
      }
      if (word.lower === 'quoted' && v + 1 < ceiling && joins(tagged, v)) {
        const quoted = fromPhrase(tagged, phraseStartingAt(tagged, v + 1, ceiling), 'speaker');
        found.push(...quoted);
      }
    }
  });
  const seen = new Set<string>();
  return found.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
