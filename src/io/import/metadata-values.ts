/**
 * Checks and normalises the metadata values a page or a front matter claims, which may be
 * missing, malformed or hostile: a URL is kept only if it is absolute `http(s)` (never
 * `javascript:` or `data:`), a date only if it is ISO 8601 (kept with its offset), a language only if it is a valid
 * BCP 47 tag. Whatever fails is dropped, never guessed.
 */
import type { IsoDate } from '../../domain/types';
import { cleanByline } from './byline';
import { cleanLine } from './clean-text';
import { normaliseDate } from './iso-date';

/** Longer than any real title, author or site name; stops a hostile page from padding them. */
const MAX_VALUE_LENGTH = 500;

export function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = cleanLine(value);
  if (line.length === 0) return undefined;
  return line.length > MAX_VALUE_LENGTH ? `${line.slice(0, MAX_VALUE_LENGTH)}…` : line;
}

export function httpUrl(value: unknown): string | undefined {
  const text = cleanValue(value);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO 8601 date, kept with its own offset (`iso-date.ts`). */
export function isoDate(value: unknown): IsoDate | undefined {
  const text = cleanValue(value);
  return text === undefined ? undefined : normaliseDate(text);
}

/** `en_GB` (Open Graph's form) and `en-gb` both become `en-GB`. */
export function languageTag(value: unknown): string | undefined {
  const text = cleanValue(value);
  if (text === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(text.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A person's name, cleaned of "By", dates and the like (`byline.ts`); profile links are not names. */
export function personName(value: unknown, siteName?: string): string | undefined {
  const text = cleanValue(value);
  return text === undefined ? undefined : cleanByline(text, siteName);
}

export function firstOf<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}
