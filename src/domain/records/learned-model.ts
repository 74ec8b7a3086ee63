import { z } from 'zod';
import { idSchema, isoDateSchema, offsetSchema } from './fields';

/**
 * A model learned in this browser from its reader's own annotations of one tag (and the
 * suggestions of it they rejected): the `TagModel` of `analysis/learn` with when it was trained
 * and the signature of what it learned from, so a reload uses it as it is and only a change to
 * the tag's annotations trains it again. This browser's own: never in a backup or shared.
 */
const thresholdsSchema = z.strictObject({
  seed: z.number(),
  extend: z.number(),
  growth: z.number().optional(),
});

export const learnedModelSchema = z.strictObject({
  tag: idSchema,
  /** Marked spans, rejected suggestions and texts it learned from. */
  annotations: offsetSchema,
  rejections: offsetSchema,
  texts: offsetSchema,
  /** Set when it started from the built-in loaded-language model. */
  adapted: z.literal(true).optional(),
  /** Set when adapting kept the built-in model unchanged (it suited the reader's texts best):
   *  `model` then holds no weights, and the built-in model suggests. */
  kept: z.literal(true).optional(),
  model: z.strictObject({
    version: z.literal(1),
    thresholds: thresholdsSchema,
    precise: thresholdsSchema.optional(),
    /** The penalty it was fitted with (the built-in model's, when adapting kept it). */
    l2: z.number().optional(),
    weights: z.array(z.tuple([z.string(), z.number()])),
    /** The built-in model's prior for unseen words, kept by a model adapted from it. */
    priors: z.record(z.string(), z.array(z.string())).optional(),
    /** The built-in context network's share in the mix, kept by a model adapted from it (the
     *  network itself is the running build's, never stored here). */
    context: z.strictObject({ alpha: z.number() }).optional(),
  }),
  /** Digest of the annotations and rejections it learned from (`tagsToLearn`). */
  signature: z.string(),
  trainedAt: isoDateSchema,
});

export type LearnedModelRecord = z.infer<typeof learnedModelSchema>;

/**
 * The reader's choices about learning, kept in the `meta` table: whether it is on at all, the
 * tags it is off for, the layers beyond their own it may read (a classmate's, an import), and
 * when each tag was last reset (only later annotations of it count).
 */
export const learningSettingsSchema = z.strictObject({
  off: z.boolean(),
  offTags: z.array(idSchema),
  optedInLayers: z.array(idSchema),
  resetAt: z.record(z.string(), isoDateSchema),
});

export type LearningSettings = z.infer<typeof learningSettingsSchema>;

export const DEFAULT_LEARNING_SETTINGS: LearningSettings = {
  off: false,
  offTags: [],
  optedInLayers: [],
  resetAt: {},
};
