/**
 * The building blocks of the record schemas: ids, dates, offsets and field names, strict enough
 * to catch what would break the app later (a date that is not one, an offset that is not a whole
 * number). Every Slant file (backup, lesson pack, student's work) checks its records with them.
 */
import { z } from 'zod';

/** ISO 8601 timestamp, e.g. `2025-03-08T00:00:00.000Z`, or a plain date `2025-03-08`. */
export type IsoDate = string;

/** Date.parse rolls 2025-02-31 over into March, so the day is checked against its month too. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    !Number.isNaN(Date.parse(value))
  );
}

export const idSchema = z.string().min(1, 'an id cannot be empty');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    error: 'must be a date such as 2025-03-08 or 2025-03-08T10:00:00.000Z',
    abort: true,
  })
  .refine(isRealDate, { error: 'is not a real date' });

/** A UTF-16 offset into a document's text, or a count. */
export const offsetSchema = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .nonnegative({ error: 'cannot be negative' });

/** Field names as Slant makes them (`shouldCite`). */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
export const fieldNameSchema = z
  .string()
  .regex(FIELD_NAME, { error: 'is not a field name Slant uses' });

/** The layer every annotation made outside a lesson lands in, and the one earlier work moved to. */
export const DEFAULT_LAYER_ID = 'layer-mine';

/**
 * The layer a record belongs to. Files written before layers existed hold the user's own work,
 * so a record without one is read into the default layer.
 */
export const layerIdSchema = idSchema.default(DEFAULT_LAYER_ID);
