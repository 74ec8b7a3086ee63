/**
 * What a noun phrase in an attributing position names (phrase.ts finds the phrase):
 * - a person, without the titles before the name ("Health Minister Ana Ruiz" -> Ana Ruiz);
 * - an organisation or outlet by its name ("the Syrian Observatory for Human Rights (SOHR)");
 * - an institution by a description that names it ("local authorities", "Egypt's foreign
 *   ministry", "the Brazilian government");
 * - a reference back to a source named earlier ("the London-based monitor", "the minister");
 * - an unnamed speaker ("a resident of Mosul", "two residents"), who attributes but names no one;
 * - a vague crowd ("some officials", "critics"), which attributes nothing.
 * A place or a nationality alone is nothing: "a resident of Mosul" cites a resident.
 */
import { isAcronym, isCapitalised, isDeterminer, isPreposition, type Phrase } from './phrase';
import {
  INSTITUTIONS,
  ORGANISATION_HEADS,
  ORGANISATION_REFERENCES,
  PERSON_NOUNS,
  PERSON_REFERENCES,
  SPEAKS_FOR,
  TITLES,
  VAGUE_GROUPS,
  VAGUE_QUANTIFIERS,
} from './source-vocabulary';
import type { TaggedText, Word } from './tagged-words';

export type MentionKind =
  | 'person'
  | 'organisation'
  | 'institution'
  | 'unnamed'
  | 'vague'
  | 'person-reference'
  | 'organisation-reference';

export interface PhraseMention {
  kind: MentionKind;
  /** As it will be shown: the name as written, without "the" or a possessive 's. */
  name: string;
  start: number;
  end: number;
  /** For a reference: its head noun ("monitor"), to prefer an antecedent with it in its name. */
  head?: string;
}

/** Nouns whose "by" phrase names the source: "a poll by Forsa", "the latest count by the SOHR". */
const REPORT_NOUNS = new Set(
  'poll survey study count tally report analysis investigation figures data estimate census statement'.split(
    ' ',
  ),
);
const NAME_CONNECTORS = new Set(
  'of for on and de del la le du des van von bin ibn al el da di'.split(' '),
);
/** "Le Monde", "Al Jazeera": a name that opens with an article is not a person's. */
const ARTICLES = new Set(['le', 'la', 'el', 'al', 'der', 'die', 'los', 'las', 'il', 'the']);
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Demonym'];
const POSSESSIVE = /['’]s$/;

const isPlace = (word: Word): boolean =>
  PLACE_TAGS.some((t) => word.tags.has(t)) && !word.tags.has('Organization');

function nameText(tagged: TaggedText, first: number, last: number): string {
  const { text, words } = tagged;
  let name = text.slice(words[first]!.start, words[last]!.end);
  // "Maria K." keeps the stop of an initial; "(SOHR" its bracket.
  if (/^\.[ \t]/.test(words[last]!.after) && /^\p{Lu}$/u.test(words[last]!.text)) name += '.';
  if (/\([^)]*$/.test(name)) name += ')';
  return name.replace(/\s+/g, ' ').replace(POSSESSIVE, '');
}

function mention(
  tagged: TaggedText,
  kind: MentionKind,
  first: number,
  last: number,
  head?: string,
): PhraseMention {
  const { words } = tagged;
  return {
    kind,
    name: nameText(tagged, first, last),
    start: words[first]!.start,
    end: words[last]!.end,
    ...(head !== undefined && { head }),
  };
}

/** Runs of capitalised words, joined over "of", "for", "and", "the" between two of them. */
export function capitalRuns(tagged: TaggedText, first: number, last: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = first;
  while (i <= last) {
    if (!isCapitalised(tagged, i)) {
      i += 1;
      continue;
    }
    let end = i;
    for (;;) {
      if (end + 1 <= last && isCapitalised(tagged, end + 1)) end += 1;
      else if (
        end + 2 <= last &&
        NAME_CONNECTORS.has(tagged.words[end + 1]!.lower) &&
        isCapitalised(tagged, end + 2)
      )
        end += 2;
      else if (
        end + 3 <= last &&
        NAME_CONNECTORS.has(tagged.words[end + 1]!.lower) &&
        tagged.words[end + 2]!.lower === 'the' &&
        isCapitalised(tagged, end + 3)
      )
        end += 3;
      else break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}

function isTitle(word: Word): boolean {
  return TITLES.has(word.lower.replace(/\.$/, '')) || word.tags.has('Honorific');
}

/** A run of capitalised words: a person, an organisation, or nothing (a place). */
export function classifyRun(tagged: TaggedText, first: number, last: number): PhraseMention[] {
  const { words } = tagged;
  const run = words.slice(first, last + 1);
  const organisational =
    run.some((w) => ORGANISATION_HEADS.has(w.lower) || w.tags.has('Organization')) ||
    (run.length === 1 && isAcronym(run[0])) ||
    ARTICLES.has(run[0]!.lower);
  let start = first;
  while (start < last && (isTitle(words[start]!) || isPlace(words[start]!))) start += 1;
  if (start === last && isTitle(words[start]!)) return [];
  if (!organisational && run.every((w) => isPlace(w) || isTitle(w))) return [];
  const person =
    !organisational &&
    (run.some((w) => w.tags.has('Person')) || start > first || run.length - (start - first) >= 2);
  if (person) return [mention(tagged, 'person', start, last)];
  // "The Cradle" in mid-sentence keeps its article.
  let from = first;
  const before = words[first - 1];
  if (before?.text === 'The' && tagged.sentenceWords[before.sentence]?.[0] !== first - 1) {
    from = first - 1;
  }
  return [mention(tagged, 'organisation', from, last)];
}

/** A phrase without capitalised words: an institution, a reference, an unnamed speaker or a crowd. */
function classifyCommon(
  tagged: TaggedText,
  determiner: string | null,
  first: number,
  last: number,
): PhraseMention[] {
  const { words } = tagged;
  // An unnamed or vague speaker is shown with its determiner: "a resident", "two residents".
  const from = determiner !== null && isDeterminer(words[first - 1]) ? first - 1 : first;
  const head = words[last]!.lower;
  const modifiers = words.slice(first, last);
  const vague =
    (determiner !== null && VAGUE_QUANTIFIERS.has(determiner)) ||
    modifiers.some((w) => VAGUE_QUANTIFIERS.has(w.lower));
  if (vague) return [mention(tagged, 'vague', from, last)];
  const definite = determiner === 'the' || determiner === 'this' || determiner === 'its';
  if (definite && ORGANISATION_REFERENCES.has(head)) {
    return [mention(tagged, 'organisation-reference', first, last, head)];
  }
  if (definite && PERSON_REFERENCES.has(head)) {
    return [mention(tagged, 'person-reference', first, last, head)];
  }
  if (INSTITUTIONS.has(head)) {
    const bare = modifiers.length === 0;
    if (bare && (head === 'officials' || head === 'media' || head === 'regime')) {
      return [mention(tagged, 'vague', first, last)];
    }
    return [mention(tagged, 'institution', first, last)];
  }
  const counted = determiner !== null && determiner !== 'the';
  if (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/, ''))) {
    return [mention(tagged, counted || definite ? 'unnamed' : 'vague', from, last)];
  }
  if (VAGUE_GROUPS.has(head)) return [mention(tagged, 'vague', from, last)];
  return [];
}

export function classifyPhrase(tagged: TaggedText, phrase: Phrase): PhraseMention[] {
  const { words } = tagged;
  let { first } = phrase;
  const { last } = phrase;
  let determiner: string | null = null;
  if (isDeterminer(words[first]) || words[first]?.tags.has('Value')) {
    determiner = words[first]!.lower;
    first += 1;
  }
  if (first > last) return [];

  // Split at a preposition that is not inside a name: "Police in Lagos", "a spokesperson for X".
  for (let i = first + 1; i < last; i += 1) {
    const word = words[i]!;
    if (!isPreposition(word)) continue;
    const inName =
      NAME_CONNECTORS.has(word.lower) &&
      isCapitalised(tagged, i - 1) &&
      (isCapitalised(tagged, i + 1) ||
        (isDeterminer(words[i + 1]) && isCapitalised(tagged, i + 2)));
    if (inName) continue;
    const head = words[i - 1]!.lower;
    if (
      (SPEAKS_FOR.has(head) && word.lower !== 'in') ||
      (REPORT_NOUNS.has(head) && (word.lower === 'by' || word.lower === 'from'))
    ) {
      return classifyPhrase(tagged, { first: i + 1, last });
    }
    return classifyPhrase(tagged, { first: phrase.first, last: i - 1 });
  }

  // "the BBC's Lyse Doucet", "Egypt's foreign ministry", "Al-Mayadeen's correspondent"
  for (let i = first; i < last; i += 1) {
    if (!POSSESSIVE.test(words[i]!.text)) continue;
    const owner = words.slice(first, i + 1);
    const rest = classifyPhrase(tagged, { first: i + 1, last });
    const restHead = words[last]!.lower;
    const institutional = INSTITUTIONS.has(restHead) || ORGANISATION_HEADS.has(restHead);
    if (owner.every((w) => isPlace(w) || w.tags.has('Pronoun'))) {
      if (rest.length === 0 && institutional) {
        return [mention(tagged, 'institution', first, last)];
      }
      return rest;
    }
    const ownerMentions = classifyCommonOrRun(tagged, null, first, i);
    if (rest.some((m) => m.kind === 'person')) return [...ownerMentions, ...rest];
    if (SPEAKS_FOR.has(restHead)) return ownerMentions;
    if (institutional) return [mention(tagged, 'institution', first, last)];
    return ownerMentions;
  }
  return classifyCommonOrRun(tagged, determiner, first, last);
}

function classifyCommonOrRun(
  tagged: TaggedText,
  determiner: string | null,
  first: number,
  last: number,
): PhraseMention[] {
  const { words } = tagged;
  const runs = capitalRuns(tagged, first, last);
  const run = runs[runs.length - 1];
  if (!run) return classifyCommon(tagged, determiner, first, last);
  const [runFirst, runLast] = run;
  if (runLast === last) return classifyRun(tagged, runFirst, runLast);
  // Lower-case words after the name: "the UN spokesman", "the White Helmets rescue group",
  // "the Moscow police department", "French officials".
  const head = words[last]!.lower;
  const runWords = words.slice(runFirst, runLast + 1);
  const placeOnly = runWords.every((w) => isPlace(w) || w.tags.has('Demonym'));
  if (placeOnly) {
    const vague =
      (determiner !== null && VAGUE_QUANTIFIERS.has(determiner)) ||
      words.slice(first, last).some((w) => VAGUE_QUANTIFIERS.has(w.lower));
    if (vague) return [mention(tagged, 'vague', first, last)];
    if (INSTITUTIONS.has(head) && head !== 'regime') {
      return [mention(tagged, 'institution', first, last)];
    }
    return classifyCommon(tagged, determiner, runLast + 1, last);
  }
  // "the UN human rights office" is an office of the UN; "the UN spokesman" speaks for the UN.
  if (!SPEAKS_FOR.has(head) && (ORGANISATION_HEADS.has(head) || INSTITUTIONS.has(head))) {
    const from = runFirst > first && isPlace(words[runFirst - 1]!) ? first : runFirst;
    return [mention(tagged, 'institution', from, last)];
  }
  return classifyRun(tagged, runFirst, runLast);
}
