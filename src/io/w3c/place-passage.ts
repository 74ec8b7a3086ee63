/**
 * Places an imported passage on a document's text. The file's position is tried first, in code
 * points as the W3C model counts and then in UTF-16 code units as Hypothesis and Recogito actually
 * count, and is trusted only where the text there equals the quote. Otherwise Slant's own
 * anchoring searches for the quote (exact, then fuzzy). A passage found nowhere becomes an orphan
 * that keeps its quote, for the user to re-attach; only a passage without a quote, whose position
 * is not in the text, cannot be kept at all.
 */
import { anchor, describe } from '../../domain/anchoring';
import type { AnchorStatus, TextTarget } from '../../domain/types';
import type { OffsetConverter } from '../../domain/code-points';
import type { ForeignPassage } from './read-w3c-annotation';

interface Placement {
  status: AnchorStatus;
  target: TextTarget;
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function usable(text: string, start: number, end: number): boolean {
  return start < end && end <= text.length && !splitsPair(text, start) && !splitsPair(text, end);
}

/** The file's context where it fits the text exactly (so a round trip keeps it), else fresh. */
function targetAt(text: string, start: number, end: number, passage: ForeignPassage): TextTarget {
  const { prefix, suffix } = passage;
  const prefixFits = prefix.length === 0 ? start === 0 : text.endsWith(prefix, start);
  const suffixFits = suffix.length === 0 ? end === text.length : text.startsWith(suffix, end);
  if (prefixFits && suffixFits)
    return { start, end, exact: text.slice(start, end), prefix, suffix };
  return describe(text, start, end);
}

export function placePassage(
  text: string,
  offsets: OffsetConverter,
  passage: ForeignPassage,
): Placement | undefined {
  const { exact, position } = passage;
  const candidates: [number, number][] = [];
  if (position) {
    candidates.push([offsets.toUtf16(position.start), offsets.toUtf16(position.end)]);
    candidates.push([position.start, position.end]);
  }
  for (const [start, end] of candidates) {
    if (!usable(text, start, end)) continue;
    if (exact === undefined || text.slice(start, end) === exact) {
      return { status: 'anchored', target: targetAt(text, start, end, passage) };
    }
  }
  if (exact === undefined) return undefined;

  const [hintStart, hintEnd] = candidates[0] ?? [0, exact.length];
  const stored: TextTarget = {
    start: hintStart,
    end: hintEnd,
    exact,
    prefix: passage.prefix,
    suffix: passage.suffix,
  };
  const found = anchor(text, stored);
  if (found.status === 'anchored') {
    return { status: 'anchored', target: describe(text, found.start, found.end) };
  }
  return { status: 'orphaned', target: stored };
}
