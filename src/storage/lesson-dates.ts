/**
 * When the answer key was taken, and when the lesson's articles or tags last changed. The
 * `Lesson` record has no field for either (and backups check lessons strictly), so they live in
 * the `meta` table under the lesson's id; a lesson restored from a backup on another computer
 * shows its key without the date.
 */
export const keyTakenKey = (lessonId: string) => `lesson-key-taken:${lessonId}`;

export const contentChangedKey = (lessonId: string) => `lesson-content-changed:${lessonId}`;
