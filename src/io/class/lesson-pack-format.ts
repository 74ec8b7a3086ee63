/**
 * The lesson pack: one file a teacher hands out, holding a lesson's articles, its tags and its
 * instructions, and (in the teacher's own copy only) the answer key. Students open it to start
 * the lesson; its `id` is the lesson's id, which every student's work carries back, so the work
 * finds its lesson. A Slant refuses a version it does not know rather than guess at it.
 */
import type { Annotation, IsoDate, SlantDocument, Tag } from '../../domain/types';

export const LESSON_PACK_FORMAT = 'slant-lesson-pack';
export const LESSON_PACK_VERSION = 1;

/** A lesson of twenty long articles is under 1 MB; anything near this is not a lesson pack. */
export const MAX_LESSON_PACK_BYTES = 16 * 1024 * 1024;

export interface LessonPack {
  format: typeof LESSON_PACK_FORMAT;
  version: number;
  /** The lesson's id, a UUID. */
  id: string;
  title: string;
  instructions: string;
  /** Set when the teacher switched suggestions off for this exercise. */
  suggestionsOff?: boolean;
  createdAt: IsoDate;
  /** The lesson's articles, in the teacher's order. */
  documents: SlantDocument[];
  /** The lesson's tags in the teacher's order, then any others the key uses. */
  tags: Tag[];
  /** The answer key, anchored to `documents`; only in a pack the teacher keeps. */
  key?: Annotation[];
}
