/**
 * A name made safe for the start of a download's file name: `Syria coast` → `Syria-coast`. ASCII
 * letters, digits, `_` and `-` only, so thirty students' files sort and stay apart in a downloads
 * folder; `fallback` names the file when nothing of the name is left.
 */
export function fileStem(name: string, fallback: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || fallback
  );
}
