/**
 * Ties a pronoun or a description to the source it points back to: "she warned" to the person
 * named last, "the London-based monitor" or "the wire service" to the organisation named last
 * ("the agency" preferring one with "Agency" in its name), "the ministry" only to a ministry.
 * Antecedents are the names met in the text so far (anywhere outside quoted words), within the
 * three sentences before. A description that points nowhere and names an institution by itself
 * ("the health ministry") is that institution; otherwise it is an unnamed speaker.
 */
import { capitalRuns, classifyRun, type MentionKind } from './classify-phrase';
import type { Speaker } from './find-speakers';
import { ORGANISATION_HEADS } from './source-vocabulary';
import type { TaggedText } from './tagged-words';

export interface Antecedent {
  kind: MentionKind;
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** A source that said something, not a name merely mentioned. */
  speaker?: boolean;
}

/** A description with this head points back only to a name that holds it. */
const NAMED_HEADS = new Set('ministry department office committee council'.split(' '));
const REACH = 3;
const SPEAKER_REACH = 12;

/** Every person and organisation named outside quoted words, in reading order. */
export function namedEntities(tagged: TaggedText): Antecedent[] {
  const found: Antecedent[] = [];
  tagged.sentenceWords.forEach(([first, ceiling], sentence) => {
    let i = first;
    while (i < ceiling) {
      let end = i;
      while (end < ceiling && !tagged.words[end]!.quoted) end += 1;
      for (const [a, b] of capitalRuns(tagged, i, end - 1)) {
        for (const m of classifyRun(tagged, a, b)) found.push({ ...m, sentence });
      }
      i = end + 1;
    }
  });
  return found;
}

const isName = (a: Antecedent): boolean =>
  a.kind === 'person' || a.kind === 'organisation' || a.kind === 'institution';

/** "Sheha" after "Ali Sheha" is the same person, though one word alone reads as any name. */
function withSurnames(list: Antecedent[]): Antecedent[] {
  const surnames = new Set(
    list.filter((a) => a.kind === 'person').map((a) => a.name.split(' ').pop()!),
  );
  return list.map((a) =>
    a.kind === 'organisation' && surnames.has(a.name) ? { ...a, kind: 'person' } : a,
  );
}

const isPerson = (a: Antecedent): boolean => a.kind === 'person';
/** An acronym, a name with "Agency" or "Press" in it, or one that opens with an article. */
const isStrong = (a: Antecedent): boolean =>
  /\p{Lu}{2,}/u.test(a.name) ||
  a.name
    .split(/\s+/)
    .some((w, i) => ORGANISATION_HEADS.has(w.toLowerCase()) || (i === 0 && ARTICLE.test(w)));
const ARTICLE = /^(?:the|le|la|el|al|der|die|los|las|il)$/i;
const isOrganisation = (a: Antecedent): boolean =>
  a.kind === 'organisation' || a.kind === 'institution';

function antecedentOf(speaker: Speaker, candidates: readonly Antecedent[]): Antecedent | undefined {
  // A source quoted before may be referred to further on than a name merely mentioned.
  const before = candidates.filter(
    (c) =>
      c.end <= speaker.start &&
      c.sentence >= speaker.sentence - (c.speaker ? SPEAKER_REACH : REACH),
  );
  if (speaker.kind === 'person-reference') return before.filter(isPerson).pop();
  const organisations = before.filter(isOrganisation);
  const head = speaker.head;
  if (head === undefined) {
    // "It said": the organisation of this sentence or the one before.
    return organisations.filter((c) => c.sentence >= speaker.sentence - 1).pop();
  }
  const holding = organisations.filter((c) => c.name.toLowerCase().includes(head)).pop();
  if (NAMED_HEADS.has(head) || holding) return holding;
  // Otherwise the last source quoted, or a name that is surely an organisation's.
  return organisations.filter((c) => c.speaker).pop() ?? organisations.filter(isStrong).pop();
}

/** `speakers` with each reference replaced by what it points to. */
export function resolveReferences(
  speakers: readonly Speaker[],
  entities: readonly Antecedent[],
): (Speaker & { reference: boolean })[] {
  const known: Antecedent[] = withSurnames([...entities]);
  const resolved: (Speaker & { reference: boolean })[] = [];
  for (const speaker of speakers) {
    if (speaker.kind !== 'person-reference' && speaker.kind !== 'organisation-reference') {
      resolved.push({ ...speaker, reference: false });
      if (isName(speaker)) known.push({ ...speaker, speaker: true });
      continue;
    }
    known.sort((a, b) => a.start - b.start);
    const antecedent = antecedentOf(speaker, withSurnames(known));
    if (antecedent) {
      resolved.push({ ...speaker, kind: antecedent.kind, name: antecedent.name, reference: true });
      continue;
    }
    const describes = speaker.head !== undefined && speaker.name.includes(' ');
    const kind: MentionKind =
      describes && speaker.kind === 'organisation-reference' ? 'institution' : 'unnamed';
    resolved.push({ ...speaker, kind, reference: false });
    if (kind === 'institution') known.push({ ...speaker, kind, speaker: true });
  }
  return resolved;
}
