/**
 * A date a page or a front matter states, as ISO 8601 with the offset it was written with: a
 * publication time of 00:30 in Paris stays on its own day (`2025-03-08T00:30:00+01:00`), where
 * converting to UTC would move it to the day before. A date without a time stays a date, and a
 * time without an offset stays without one (the page did not say which zone). Anything that is
 * not an ISO-like date (`Fri Mar 13 2015`, `20170113`, `yesterday`) is dropped, never guessed.
 */
import type { IsoDate } from '../../domain/types';

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && day === date.getUTCDate()
  );
}

function offset(zone: string | undefined): string | undefined {
  if (zone === undefined) return '';
  if (/^(z|utc|gmt)$/i.test(zone)) return 'Z';
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) ?? [];
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return `${sign}${hours}:${minutes}`;
}

export function normaliseDate(text: string): IsoDate | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (!realDay(Number(year), Number(month), Number(day))) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  const zoneText = offset(zone);
  if (zoneText === undefined) return undefined;
  const millis = fraction === undefined ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`;
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${millis}${zoneText}`;
}
