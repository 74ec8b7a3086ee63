/**
 * When the answer key was taken. The `Lesson` record has no field for it (and backups check
 * lessons strictly), so it lives in the `meta` table under the lesson's id; a lesson restored
 * from a backup on another computer shows its key without the date.
 */
export const keyTakenKey = (lessonId: string) => `lesson-key-taken:${lessonId}`;
