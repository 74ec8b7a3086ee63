/**
 * Suggests unattributed claims: sentences whose source is missing or vague. A sentence is
 * suggested when it is not sourced and holds
 * - a vague cue (vague-cues.ts): "reports suggest", "it is estimated", "is believed to",
 *   "appears to be", "seemingly";
 * - a vague subject for what it says: "some officials say", "many activists have called",
 *   "residents say" (attribution/find-speakers.ts);
 * - a toll or event stated as fact ("at least 40 people were killed", "two journalists were
 *   arrested") with no source in its sentence or the one before.
 * A sentence is sourced when it names a source or a speaker, or a pronoun or description that
 * points back to one (the text's attribution, attribution/article-attribution.ts, which the
 * caller works out or has kept: analyze.ts; named-source.ts's patterns too). The
 * span is the sentence, or only its opening "While/Although ..." clause when a cue sits there,
 * since that clause is the claim the vague source backs.
 */
import type { ArticleAttribution } from '../attribution/article-attribution';
import type { Suggestion } from '../suggestion';
import type { TextSpan } from '../text/sentences';
import { namesSource } from './named-source';
import { CUES, type CueKind } from './vague-cues';

interface Found {
  start: number;
  end: number;
  kind: CueKind;
}

// All cues in one expression, one capture group each, so the text is scanned once.
const ANY_CUE = new RegExp(CUES.map(({ pattern }) => `(${pattern.source})`).join('|'), 'giu');

/** What the tolls rule counts as an event a reader expects a source for. */
const EVENTS = new Set(['killed', 'injured', 'displaced', 'arrested', 'missing', 'kidnapped']);

function findCues(text: string): Found[] {
  const found: Found[] = [];
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m !== null; m = ANY_CUE.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = CUES[group - 1]?.kind ?? 'vague';
    const lead = /^[\s,]*/.exec(m[0])?.[0].length ?? 0;
    found.push({ start: m.index + lead, end: m.index + m[0].length, kind });
  }
  return found;
}

const OPENING_CLAUSE = /^(?:While|Although|Though|Whereas|Even as)\b[^,;]*[,;]/;

function claimSpan(text: string, sentence: TextSpan, cue: Found): TextSpan {
  const clause = OPENING_CLAUSE.exec(text.slice(sentence.start, sentence.end));
  if (clause) {
    const end = sentence.start + clause[0].length - 1;
    if (cue.end <= end) return { start: sentence.start, end };
  }
  return sentence;
}

function cueReason(phrase: string, kind: CueKind): string {
  if (kind === 'hedge') return `hedged claim: '${phrase}' presents an inference with no source`;
  return kind === 'vague'
    ? `vague attribution: '${phrase}' names no source`
    : `vague attribution: '${phrase}' does not say who`;
}

const tidy = (phrase: string): string => phrase.replace(/\s+/g, ' ');

/** `attribution` is the text's own (`articleAttribution(text)`). */
export function detectUnattributedClaims(
  text: string,
  attribution: ArticleAttribution,
): Suggestion[] {
  const { sentences } = attribution;
  const cues = findCues(text);
  const sourced = sentences.map(
    (s, i) => attribution.attributed[i] === true || namesSource(text.slice(s.start, s.end)),
  );
  const suggestions: Suggestion[] = [];
  const suggest = (span: TextSpan, reason: string): void => {
    suggestions.push({
      tag: 'unattributed-claim',
      start: span.start,
      end: span.end,
      exact: text.slice(span.start, span.end),
      reason,
    });
  };
  let cue = 0;
  sentences.forEach((sentence, index) => {
    while (cues[cue] && cues[cue]!.start < sentence.start) cue += 1;
    const here = cues[cue] && cues[cue]!.start < sentence.end ? cues[cue] : undefined;
    if (sourced[index]) return;
    if (here) {
      suggest(
        claimSpan(text, sentence, here),
        cueReason(tidy(text.slice(here.start, here.end)), here.kind),
      );
      return;
    }
    const vague = attribution.mentions.find((m) => m.sentence === index && m.kind === 'vague');
    if (vague) {
      suggest(sentence, cueReason(tidy(text.slice(vague.start, vague.end)), 'vague'));
      return;
    }
    if (index > 0 && sourced[index - 1]) return;
    const figure = attribution.figures.find((f) => f.sentence === index && EVENTS.has(f.what));
    if (figure) {
      suggest(
        sentence,
        `unattributed figure: '${figure.value}' ${figure.what}, with no source named in this sentence or the one before`,
      );
    }
  });
  return suggestions;
}
