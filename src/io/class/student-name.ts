/**
 * Students type their own names, so the same student may arrive as `Ana Silva`, `ana silva` or
 * `Ana  Silva `. Names are compared without case and with runs of spaces counted as one; they
 * are stored trimmed, with single spaces, as typed otherwise.
 */

/** The name as stored: trimmed, each run of whitespace one space, in Unicode NFC. */
export function cleanStudentName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** True when the two names are the same student's, as far as names can tell. */
export function sameStudent(a: string, b: string): boolean {
  return cleanStudentName(a).toLocaleLowerCase() === cleanStudentName(b).toLocaleLowerCase();
}
