/**
 * A filter that remembers its last answer: the next list, when it differs from the last one by a
 * short stretch (one annotation tagged, stored, changed or deleted), is filtered by comparing the
 * two by identity from both ends and testing only the stretch between. Filtering thousands of
 * annotations again on every tag would read a field of each; this reads a handful.
 */

import { changedStretch } from './changed-stretch';

/** More changed items than this between two lists: filter the whole list again. */
const MOST_UPDATED = 64;

export function incrementalFilter<T>(
  keep: (item: T) => boolean,
): (list: readonly T[]) => readonly T[] {
  let last: { from: readonly T[]; kept: readonly T[] } | null = null;
  return (next) => {
    if (last?.from === next) return last.kept;
    const kept = (last && refiltered(last.from, last.kept, next, keep)) ?? next.filter(keep);
    last = { from: next, kept };
    return kept;
  };
}

function refiltered<T>(
  from: readonly T[],
  kept: readonly T[],
  next: readonly T[],
  keep: (item: T) => boolean,
): readonly T[] | null {
  const { head, tail } = changedStretch(from, next);
  if (from.length - head - tail + (next.length - head - tail) > MOST_UPDATED) return null;
  // `kept` is `from` less some items, in order: walk both to count those kept at either end.
  let keptHead = 0;
  for (let i = 0; i < head && keptHead < kept.length; i += 1) {
    if (kept[keptHead] === from[i]) keptHead += 1;
  }
  let keptTail = 0;
  for (let i = 0; i < tail && keptTail < kept.length - keptHead; i += 1) {
    if (kept[kept.length - 1 - keptTail] === from[from.length - 1 - i]) keptTail += 1;
  }
  const middle = next.slice(head, next.length - tail).filter(keep);
  // Nothing kept changed (another layer's annotation did): the same list, for memos downstream.
  if (middle.length === 0 && keptHead + keptTail === kept.length) return kept;
  return [...kept.slice(0, keptHead), ...middle, ...kept.slice(kept.length - keptTail)];
}
