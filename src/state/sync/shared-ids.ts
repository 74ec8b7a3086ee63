/** Local ids of what other members share, never the same as this browser's own records' ids. */

/** Another member's layer, as kept here. */
export const sharedLayerId = (memberId: string, layerId: string) => `shared-${memberId}-${layerId}`;

/** A student's live work on a lesson, in the teacher's submissions. */
export const sharedSubmissionId = (memberId: string, lessonId: string) =>
  `shared-${memberId}-${lessonId}`;
