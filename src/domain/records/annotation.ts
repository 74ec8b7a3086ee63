import { z } from 'zod';
import { fieldNameSchema, idSchema, isoDateSchema, layerIdSchema, offsetSchema } from './fields';

/** Where an annotation sits: its offsets, and its quote with some text either side of it. */
const textTargetSchema = z.strictObject({
  start: offsetSchema,
  end: offsetSchema,
  exact: z.string().min(1, 'an annotation needs a quote'),
  prefix: z.string(),
  suffix: z.string(),
});

export type TextTarget = z.infer<typeof textTargetSchema>;

const originSchema = z.enum(['manual', 'suggestion']);
export type AnnotationOrigin = z.infer<typeof originSchema>;

const statusSchema = z.enum(['anchored', 'orphaned']);
export type AnchorStatus = z.infer<typeof statusSchema>;

export const annotationSchema = z.strictObject({
  id: idSchema,
  documentId: idSchema,
  /** The layer (annotation set) it belongs to: whose work it is (`domain/layers`). */
  layerId: layerIdSchema,
  tagIds: z.array(idSchema),
  target: textTargetSchema,
  note: z.string(),
  /** Tag-specific answers, keyed by field name, e.g. `{ shouldCite: 'the SOHR' }`. */
  fields: z.record(fieldNameSchema, z.string()),
  annotator: z.string(),
  origin: originSchema,
  status: statusSchema,
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});

export type Annotation = z.infer<typeof annotationSchema>;
