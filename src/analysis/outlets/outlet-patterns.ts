/**
 * Finds outlets that no list knows, from how the text introduces them: "Israeli channel i24",
 * "The Sun newspaper", "told the Kyiv Post", "Haberturk Daily reported". The name must look like
 * a name (capitalised words, or a word with digits), and in reporting phrases it must contain a
 * word that outlets' names carry (News, Times, Post, ...), so "told the court" or "the SOHR
 * reported" are not taken for outlets.
 */
import type { TextSpan } from '../text/sentences';

interface PatternMatch extends TextSpan {
  cue: string;
}

// A capitalised word ("Kath.net" too) or a word with letters then digits ("i24").
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&-]*(?:\.[\p{L}\p{N}]+)*|\p{L}+\d[\p{L}\p{N}-]*)`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+|al-)?${WORD}){0,3}`;
const MEDIA_WORD =
  /\b(?:News|Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle|Observer|Mirror|Express|Standard|Monitor|Insider|Wire|Press|Radio|TV|Television|Broadcasting|Network|Channel|Agency|Daily|Weekly|Magazine|Review|Examiner|Inquirer|Courier|Dispatch|Bulletin|Ledger|Sentinel|Register|Beacon|Caller|Independent|Media)\b/u;
const NOT_OUTLET =
  /\b(?:Secretary|Minister|Ministry|President|Club|Office|Officer|Spokesman|Spokesperson|Conference|Corps|Council|Department|Committee)\b/u;
// Nationality and creed adjectives ("the Danish newspaper", "a Catholic magazine") describe an
// outlet without naming it.
const ADJECTIVE = /(?:ish|ian|ese|ean|ic|an|i)$/u;
// A determiner, a pronoun or an owner ("Farrakhan's newspaper") is not an outlet's name.
const NOT_A_NAME = /^(?:The|This|That|These|Its|His|Her|Their|Our|Your|My|A|An)$|['’]s$/u;
// A capitalised sentence opener is not part of a name: "In The Sun newspaper".
const LEADING_WORD =
  /^(?:(?:In|At|On|By|From|As|For|To|With|And|But|Or|A|An|According|Yesterday['’]s)\s+)+/u;

/** Patterns whose name follows the cue: the regex captures the name. */
const NAME_AFTER: readonly { pattern: RegExp; needsMediaWord: boolean; cue: string }[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:[Cc]hannel|[Nn]ewspaper|[Bb]roadcaster|[Nn]ews\s+(?:agency|outlet|site|website)|[Tt]abloid|[Mm]agazine|TV\s+(?:channel|station)|[Rr]adio\s+station)[ \t]+(${NAME})`,
      'gu',
    ),
    needsMediaWord: false,
    cue: 'introduced as a news outlet',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:told|telling|quoted\s+by|cited\s+by|according\s+to|interview\s+with|speaking\s+(?:to|with)|reported\s+(?:to|by))\s+(?:the\s+)?(${NAME})`,
      'gu',
    ),
    needsMediaWord: true,
    cue: 'named as the outlet that reported or was told',
  },
];

/** Patterns whose name comes before the cue: found from the cue, looking back. */
const NAME_BEFORE: readonly { cue: RegExp; needsMediaWord: boolean; reason: string }[] = [
  {
    cue: /[ \t](?:newspaper|tabloid|broadcaster|news\s+agency|TV\s+channel|magazine)\b/gu,
    needsMediaWord: false,
    reason: 'introduced as a news outlet',
  },
  {
    cue: /(?:['’]s)?[ \t](?:reported|reports|wrote|quoted|published)\b/gu,
    needsMediaWord: true,
    reason: 'named as the outlet that reported',
  },
];
const NAME_AT_END = new RegExp(String.raw`(${NAME})$`, 'u');
const LOOK_BACK = 80;

function accept(
  text: string,
  raw: string,
  rawStart: number,
  needsMediaWord: boolean,
  cue: string,
  out: PatternMatch[],
): void {
  const lead = LEADING_WORD.exec(raw)?.[0].length ?? 0;
  const name = raw.slice(lead);
  if (name.length === 0 || NOT_OUTLET.test(name) || NOT_A_NAME.test(name)) return;
  if (needsMediaWord && !MEDIA_WORD.test(name)) return;
  const words = name.split(/[ \t]+/);
  // A media word alone ("News", "Times") is part of a name the text cut short, not a name.
  if (words.length === 1 && MEDIA_WORD.test(name)) return;
  if (!needsMediaWord && ADJECTIVE.test(words[words.length - 1] ?? '') && !MEDIA_WORD.test(name)) {
    return;
  }
  const start = rawStart + lead;
  out.push({ start, end: start + name.length, cue });
}

export function findOutletPatterns(text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const { pattern, needsMediaWord, cue } of NAME_AFTER) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const raw = m[1] ?? '';
      accept(text, raw, m.index + m[0].length - raw.length, needsMediaWord, cue, matches);
    }
  }
  for (const { cue, needsMediaWord, reason } of NAME_BEFORE) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
      const from = Math.max(0, m.index - LOOK_BACK);
      const found = NAME_AT_END.exec(text.slice(from, m.index));
      const raw = found?.[1];
      if (raw === undefined) continue;
      accept(text, raw, m.index - raw.length, needsMediaWord, reason, matches);
    }
  }
  return matches;
}
