/**
 * The figures an article reports: counts of people or things ("more than 1,000 people have
 * been killed", "50,000 displaced", "312 homes"), each with what it counts and the source the
 * text attributes it to. `what` is the event when the clause names one ("killed", "injured",
 * "displaced", "arrested", "missing", "kidnapped"), else the noun counted ("homes"). A number
 * that counts nothing, or measures rather than counts ("8 percent", "three days", "25 km"), is
 * left out. The source is the one the figure's sentence names: its speaker before a source it
 * cites, before an outlet told; the nearest of equals. A figure with no source there has none.
 */
import { findFigures } from '../compare/extract-figures';
import { figureNumber } from './figure-number';
import type { Speaker } from './find-speakers';
import type { TaggedText, Word } from './tagged-words';

export interface ReportedFigure {
  /** As written, spaces tidied: "more than 1,000". */
  value: string;
  number: number;
  /** "killed", "injured", "displaced", "arrested", "missing", "kidnapped", or the noun counted. */
  what: string;
  start: number;
  end: number;
  sentence: number;
  /** The source's name, as shown in Compare; null when the sentence names none. */
  attributedTo: string | null;
}

const EVENTS: [string, RegExp][] = [
  [
    'killed',
    /^(?:kill(?:ed|ing|s)?|dead|died|dies|deaths?|lives|bodies|slain|massacred|murdered|executed|fatalities|perished|toll)$/,
  ],
  ['injured', /^(?:injured|wounded|hurt|injuries)$/],
  ['displaced', /^(?:displaced|fled|flee|fleeing|evacuated|refuge|refugees|homeless|uprooted)$/],
  ['arrested', /^(?:arrested|detained|jailed|imprisoned|arrest|arrests|detentions)$/],
  ['missing', /^(?:missing|disappeared)$/],
  ['kidnapped', /^(?:kidnapped|abducted|hostages?)$/],
];
/** Measures, not counts. */
const MEASURES = new Set(
  (
    'percent per cent % year years month months week weeks day days hour hours minute minutes ' +
    'second seconds km kilometres kilometers miles mile metres meters feet square sq dollars ' +
    'euros pounds usd eur gbp times degrees kg tonnes tons litres acres hectares points p.m a.m ' +
    "am pm o'clock th st nd rd"
  ).split(' '),
);
const PRONOUN = /^(?:he|she|it)$/i;
const NOT_OF_THE_EVENT = new Set(
  'in during over across after since within for on from between among by'.split(' '),
);
const WINDOW_AFTER = 14;
const WINDOW_BEFORE = 6;
const ROLE_ORDER: Record<Speaker['role'], number> = { speaker: 0, cited: 1, outlet: 2 };

function eventOf(word: Word | undefined): string | undefined {
  if (!word) return undefined;
  return EVENTS.find(([, pattern]) => pattern.test(word.lower))?.[0];
}

/** The words of the figure's sentence, with the index of the first word after the figure. */
function what(tagged: TaggedText, start: number, end: number, sentence: number): string | null {
  const [floor, ceiling] = tagged.sentenceWords[sentence] ?? [0, 0];
  const { words } = tagged;
  let after = floor;
  while (after < ceiling && words[after]!.start < end) after += 1;
  let before = after - 1;
  while (before >= floor && words[before]!.end > start) before -= 1;
  // "two days", "8 percent": a measure, whatever the clause is about.
  const next = words[after];
  if (after < ceiling && next && (MEASURES.has(next.lower) || next.tags.has('Unit'))) return null;
  // After the figure, up to a clause break or another figure with its own verb.
  let sawVerb = false;
  for (let i = after; i < Math.min(ceiling, after + WINDOW_AFTER); i += 1) {
    const word = words[i]!;
    const event = eventOf(word);
    if (event) return event;
    if (word.tags.has('Verb')) sawVerb = true;
    if (sawVerb && word.tags.has('Value')) break;
    if (/[;:]/.test(word.after)) break;
  }
  // Before it, back to a clause break or a preposition that makes the figure another thing:
  // "killed in at least 29 massacres" counts massacres; "the toll at 1,383" counts the dead.
  for (let i = before; i >= Math.max(floor, before - WINDOW_BEFORE); i -= 1) {
    const event = eventOf(words[i]);
    if (event) return event;
    if (/[;:.]/.test(words[i]!.after) || NOT_OF_THE_EVENT.has(words[i]!.lower)) break;
  }
  return countedNoun(tagged, after, ceiling);
}

/** The noun a figure counts: "312 homes", "230 security personnel", "20 of his neighbours". */
function countedNoun(tagged: TaggedText, from: number, ceiling: number): string | null {
  const { words } = tagged;
  let at = from;
  if (!/^\s+$/.test(words[at - 1]?.after ?? ' ')) return null;
  // "tens of thousands of people", "20 of his neighbours"
  if (words[at]?.lower === 'of') at += 1;
  while (at < ceiling && /^(?:the|his|her|their|its|our)$/.test(words[at]!.lower)) at += 1;
  const lowerNoun = (word: Word | undefined): boolean =>
    !!word && /^\p{Ll}/u.test(word.text) && word.tags.has('Noun') && !word.tags.has('Value');
  // "29 different massacres", "four Syrian soldiers", "2,000 National Guard troops"
  for (let skipped = 0; skipped < 3 && at < ceiling; skipped += 1) {
    const word = words[at]!;
    const modifier = word.tags.has('Adjective') || /^\p{Lu}/u.test(word.text);
    if (lowerNoun(word) || !modifier || !/^\s+$/.test(word.after)) break;
    at += 1;
  }
  const counted = words[at];
  if (at >= ceiling || !lowerNoun(counted)) return null;
  if (MEASURES.has(counted!.lower) || counted!.tags.has('Unit') || counted!.tags.has('Date')) {
    return null;
  }
  // The head of a compound: "security personnel", "security force members".
  while (at + 1 < ceiling && /^\s+$/.test(words[at]!.after) && lowerNoun(words[at + 1])) at += 1;
  return words[at]!.lower;
}

function attributionOf(speakers: readonly Speaker[], start: number): string | null {
  const ranked = speakers
    .filter((s) => s.kind !== 'vague' && !(s.kind === 'unnamed' && PRONOUN.test(s.name)))
    .sort(
      (a, b) =>
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        Math.abs(a.start - start) - Math.abs(b.start - start),
    );
  return ranked[0]?.name ?? null;
}

export function reportedFigures(
  tagged: TaggedText,
  speakers: readonly Speaker[],
): ReportedFigure[] {
  const { text } = tagged;
  const figures: ReportedFigure[] = [];
  let sentence = 0;
  for (const found of findFigures(text)) {
    while (tagged.sentences[sentence] && tagged.sentences[sentence]!.end <= found.start) {
      sentence += 1;
    }
    if (!tagged.sentences[sentence] || found.unit) continue;
    const counts = what(tagged, found.start, found.end, sentence);
    const number = figureNumber(found.number);
    if (counts === null || Number.isNaN(number)) continue;
    const here = speakers.filter((s) => s.sentence === sentence);
    // "two residents told the AP": the figure counts the speakers, it is not a report.
    if (here.some((s) => s.start <= found.start && found.end <= s.end)) continue;
    figures.push({
      value: text.slice(found.start, found.end).replace(/\s+/g, ' '),
      number,
      what: counts,
      start: found.start,
      end: found.end,
      sentence,
      attributedTo: attributionOf(here, found.start),
    });
  }
  return figures;
}
