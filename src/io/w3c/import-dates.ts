/**
 * Dates in imported files come in many ISO 8601 spellings (Hypothesis writes microseconds and
 * `+00:00`). Slant's own spellings (`2025-03-08`, `2025-03-08T10:00:00.000Z`) are kept as they
 * are, so a round trip changes nothing; any other date is normalised to UTC, and a value that is
 * not a date at all is not guessed at.
 */
import type { IsoDate } from '../../domain/types';

const SLANT_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$/;

export function importDate(value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!ISO_LIKE.test(text)) return undefined;
  const time = Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(time)) return undefined;
  return SLANT_DATE.test(text) ? text : new Date(time).toISOString();
}
