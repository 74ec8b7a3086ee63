/**
 * Scores a candidate match: how like the quote it is, how well its surroundings fit the stored
 * context, and how near the old position it lies (Hypothesis's `match-quote.ts` scheme). The
 * result is normalised to [0, 1] so thresholds in `match-options.ts` read as fractions.
 */
import type { Match } from 'approx-string-match';
import type { TextTarget } from '../types';
import { prefixScore, suffixScore } from './context-score';
import { WEIGHTS } from './match-options';

const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

export interface ScoredMatch {
  start: number;
  end: number;
  score: number;
}

export function scoreCandidate(
  text: string,
  match: Match,
  target: TextTarget,
  hint: number,
): ScoredMatch {
  const quote = 1 - match.errors / target.exact.length;
  const position = text.length === 0 ? 1 : 1 - Math.abs(match.start - hint) / text.length;
  const raw =
    WEIGHTS.quote * quote +
    WEIGHTS.prefix * prefixScore(text, match.start, target) +
    WEIGHTS.suffix * suffixScore(text, match.end, target) +
    WEIGHTS.position * position;
  return { start: match.start, end: match.end, score: raw / TOTAL_WEIGHT };
}

/** The best of several scored matches; on equal scores, the first. */
export function bestOf(matches: readonly ScoredMatch[]): ScoredMatch | undefined {
  let best: ScoredMatch | undefined;
  for (const match of matches) if (!best || match.score > best.score) best = match;
  return best;
}
