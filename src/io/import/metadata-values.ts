/**
 * Checks and normalises the metadata values a page or a front matter claims, which may be
 * missing, malformed or hostile: a URL is kept only if it is absolute `http(s)` (never
 * `javascript:` or `data:`), a date only if it is ISO 8601, a language only if it is a valid
 * BCP 47 tag. Whatever fails is dropped, never guessed.
 */
import type { IsoDate } from '../../domain/types';
import { cleanLine } from './clean-text';

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** A plain date stays a date; a date and time becomes a UTC timestamp. */
export function isoDate(value: unknown): IsoDate | undefined {
  const text = cleanValue(value);
  if (text === undefined) return undefined;
  if (ISO_DATE.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const time = Date.parse(text.replace(' ', 'T'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
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

/** A person's name; profile links (`article:author` is often one) are not names. */
export function personName(value: unknown): string | undefined {
  const text = cleanValue(value);
  if (text === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  return text.replace(/^by\s+/i, '');
}

export function firstOf<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}
