/**
 * Counts words the way a reader would, across scripts: runs of letters or digits, with inner
 * apostrophes and hyphens ("Syria’s", "blood-curdling") and digit groups ("7,000", "3.5") kept whole.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|[.,](?=\p{N}))*/gu)?.length ?? 0;
}
