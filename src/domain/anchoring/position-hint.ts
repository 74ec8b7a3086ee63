/**
 * Where the quote is expected, for searches that prefer nearer matches. A stored start may be
 * garbage (imported data, a text that shrank), so it is clamped into the text; without a usable
 * number the hint is 0, which only ever breaks ties.
 */
import type { TextTarget } from '../types';

export function positionHint(text: string, { start }: TextTarget): number {
  if (!Number.isFinite(start)) return 0;
  return Math.min(Math.max(0, Math.round(start)), text.length);
}
