/**
 * Where two versions of a list differ: the items both begin with (`head`) and end with (`tail`),
 * compared by identity, no field read. Indexes kept beside a list of thousands of annotations
 * (highlights, passages, a layer's share) redo only the stretch between after a tag or a save.
 */
export function changedStretch<T>(
  previous: readonly T[],
  next: readonly T[],
): { head: number; tail: number } {
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && previous[head] === next[head]) head += 1;
  let tail = 0;
  while (
    tail < shorter - head &&
    previous[previous.length - 1 - tail] === next[next.length - 1 - tail]
  ) {
    tail += 1;
  }
  return { head, tail };
}
