/** Shrinks a selection to exclude whitespace at its edges; null when nothing but whitespace is left. */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}
