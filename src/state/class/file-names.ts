/**
 * Names for the files a lesson produces, readable in a downloads folder: the lesson's title (and
 * the student's name) in ASCII, so thirty students' files sort and stay apart.
 */
export function fileStem(name: string, fallback = 'lesson'): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || fallback
  );
}
