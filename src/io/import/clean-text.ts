/**
 * The last step of every importer: raw text to canonical text. Control characters are removed
 * (a stray one breaks nothing visible but changes offsets and the content hash), and the text is
 * put in Unicode NFC, so "é" typed on a Mac (e + combining accent) and on Windows (one character)
 * is the same text, and the same article imported from two sources gets the same hash.
 */
import { toCanonicalText } from '../../domain/paragraphs';

// Form feed and vertical tab are page and line breaks in old text files.
const BREAKS = /[\f\v]/g;
// C0 controls other than tab and line breaks, DEL, C1 controls, and stray byte order marks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufeff]/g;

export function cleanText(raw: string): string {
  return toCanonicalText(raw.replace(BREAKS, '\n').replace(CONTROLS, '').normalize('NFC'));
}

/** Collapses runs of white space to one space and trims; for one-line values such as titles. */
export function cleanLine(value: string): string {
  return value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** A one-line value folded for comparison: compatibility forms, case and spaces ignored. */
export function foldLine(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `https://…`, `javascript:…`: an address, never a name. */
export function looksLikeAddress(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
}
