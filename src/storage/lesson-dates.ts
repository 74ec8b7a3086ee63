/**
 * When the lesson's articles or tags last changed. The `Lesson` record has no field for it (and
 * backups check lessons strictly), so it lives in the `meta` table under the lesson's id; the
 * key's last change is its annotations' (`lessons.keyChangedAt`), compared with it.
 */
export const contentChangedKey = (lessonId: string) => `lesson-content-changed:${lessonId}`;
