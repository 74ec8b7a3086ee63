/**
 * Whether a sentence names who said it: "the SOHR said", "according to the UN", "told the AP",
 * "as indicated by the Syrian Observatory", "Bild quoted ...". A sentence with a vague cue but a
 * named source is attributed, and the detector leaves it alone.
 */

// Capitalised words that open vague subjects rather than name a source.
export const GENERIC = new Set(
  (
    'Reports Report Sources Some Many Others Critics Experts Observers Analysts Officials It ' +
    'They People Residents Witnesses Activists Media Surveys Studies Videos Images Accounts ' +
    'There This That These Those While Although Though However Meanwhile Local Other Several ' +
    'The A An One Another'
  ).split(' '),
);

const SAYING = String.raw`(?:said|says|told|tells|reported|reports|stated|states|announced|announces|warned|warns|added|declared|declares|confirmed|confirms|noted|notes|wrote|writes|tweeted|estimated|estimates|quoted|quotes|claimed|claims|insisted|explained|acknowledged|revealed|disclosed)`;
const NAME = String.raw`(?:[\p{Lu}\d][\p{L}\p{N}'’.&-]*|\(\p{Lu}{2,}\))`;

/** Group 1, when a pattern has one, holds one word of the name (compare/source-names expands it). */
export const PATTERNS: readonly RegExp[] = [
  // "according to the latest count by the SOHR", "according to Israeli channel i24"
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?:[\p{Ll}\d,'’-]+\s+){0,5}?(${NAME})`, 'gu'),
  // "as indicated by the Syrian Observatory", "reported to Al-Mayadeen", "told the AP"
  new RegExp(
    String.raw`\b(?:${SAYING}|indicated|documented|cited|published|speaking|spoke)\s+(?:to|by|with|in)\s+(?:the\s+)?(${NAME})`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:told|tells|telling)\s+(?:the\s+)?(${NAME})`, 'gu'),
  // "the Syrian Observatory for Human Rights (SOHR) said", "Bild quoted", "the UN spokesman reported"
  new RegExp(
    String.raw`(${NAME})(?:['’]s)?(?:\s+(?:correspondent|spokesman|spokeswoman|spokesperson|chief|director|office|ministry|reporter|editor|agency|official|officials|statement|report|article|story|editorial|investigation|survey|study|poll))?,?\s+(?:also\s+|later\s+|then\s+)?${SAYING}\b`,
    'gu',
  ),
  // "he said", "she told": a pronoun that refers back to a named speaker
  new RegExp(String.raw`\b(?:he|she)\s+(?:also\s+)?${SAYING}\b`, 'giu'),
];

export function namesSource(sentence: string): boolean {
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const name = m[1];
      if (name === undefined) return true;
      const bare = name.replace(/^\(|\)$/g, '');
      if (GENERIC.has(bare)) continue;
      return true;
    }
  }
  return false;
}
