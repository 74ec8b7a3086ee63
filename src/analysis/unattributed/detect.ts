/**
 * Suggests unattributed claims: sentences whose source is missing or vague. A sentence is
 * suggested when it holds a vague cue (vague-cues.ts) and names no source (named-source.ts);
 * the span is the sentence, or only its opening "While/Although ..." clause when the cue sits
 * there, since that clause is the claim the vague source backs.
 */
import type { Suggestion } from '../suggestion';
import { splitSentences, type TextSpan } from '../text/sentences';
import { namesSource } from './named-source';
import { CUES, type CueKind } from './vague-cues';

interface Found {
  start: number;
  end: number;
  kind: CueKind;
}

// All cues in one expression, one capture group each, so the text is scanned once.
const ANY_CUE = new RegExp(CUES.map(({ pattern }) => `(${pattern.source})`).join('|'), 'giu');

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

/** The index of the sentence that contains `offset`, by binary search. */
function sentenceAt(sentences: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as TextSpan;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
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

function reason(phrase: string, kind: CueKind): string {
  return kind === 'vague'
    ? `vague attribution: '${phrase}' names no source`
    : `vague attribution: '${phrase}' does not say who`;
}

export function detectUnattributedClaims(text: string): Suggestion[] {
  const cues = findCues(text);
  if (cues.length === 0) return [];
  const sentences = splitSentences(text);
  const suggestions: Suggestion[] = [];
  let lastSentence = -1;
  for (const cue of cues) {
    const index = sentenceAt(sentences, cue.start);
    if (index === -1 || index === lastSentence) continue;
    lastSentence = index;
    const sentence = sentences[index] as TextSpan;
    if (namesSource(text.slice(sentence.start, sentence.end))) continue;
    const span = claimSpan(text, sentence, cue);
    suggestions.push({
      tag: 'unattributed-claim',
      start: span.start,
      end: span.end,
      exact: text.slice(span.start, span.end),
      reason: reason(text.slice(cue.start, cue.end).replace(/\s+/g, ' '), cue.kind),
    });
  }
  return suggestions;
}
