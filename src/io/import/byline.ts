/**
 * A byline as a person's name. Pages write bylines for readers, not for programs: "By Lucas
 * Nolan22 Dec 2016651" (date and comment count glued on), "Alex Perry 1 day ago", "Par Sébastien
 * Farcis", "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Last Updated: January 7, 2025" (no name at
 * all). This keeps the name and drops the rest; what is left must still look like a name, or
 * nothing is returned. Several authors stay as the page lists them ("Stella Kim and Jennifer Jett").
 */
import { foldLine as fold, looksLikeAddress } from './clean-text';

/** "By", "Par", "Von", "Por", "Door", "Przez", with "Written"/"Posted"/"Reported" before them. */
const LEAD =
  /^(?:(?:written|posted|reported|words|story|text)\s+)?(?:by|par|von|por|door|przez)\b\s*:?\s*/i;
/** A line that dates the article rather than crediting anyone. */
const DATE_LINE = /^(?:last\s+)?(?:updated|published|posted|modified)\b/i;
/** Where the name ends: a digit (dates, times, counts), a separator, a handle, a date word. */
const NAME_END =
  /\d|\s[|•·]\s?|\s[-–—]\s|\s@|\b(?:updated|published|posted|yesterday|today|just now|il y a|před|hace)\b|\s(?:on|at|le|am)\s*$/i;
const MONTH =
  /(?:^|\s+)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** After a comma, a job title is not part of the name ("Jane Roe, Senior Editor, Metro"). */
const ROLE =
  /,\s*(?:(?:senior|staff|chief|deputy|executive|managing|contributing|special|associate|national|foreign)\s+)*(?:[\p{L}-]+\s+)?(?:editor|reporter|correspondent|writer|technologist|contributor|columnist|producer|analyst|director|journalist|critic)\b.*$/iu;
const NOT_NAMES = new Set([
  'follow',
  'follow author',
  'share',
  'author',
  'admin',
  'anonymous',
  'unknown',
]);
const MAX_NAME = 120;

function cutAtNameEnd(text: string): string {
  const end = NAME_END.exec(text);
  let name = (end ? text.slice(0, end.index) : text).trim();
  // "Steven Musil January 18, 2017": the month stays behind once the digits are cut.
  if (end && /\d/.test(end[0])) name = name.replace(MONTH, '');
  return name.replace(/[\s,;:–—-]+$/, '').trim();
}

/** The name in a byline, or undefined when none is left; `siteName` is not a name. */
export function cleanByline(raw: string, siteName?: string): string | undefined {
  let text = raw.replace(/\s+/g, ' ').trim();
  if (DATE_LINE.test(text)) return undefined;
  text = text.replace(LEAD, '');
  text = cutAtNameEnd(text).replace(ROLE, '').trim();
  if (siteName !== undefined) {
    const site = fold(siteName);
    if (fold(text) === site) return undefined;
    if (fold(text).endsWith(` ${site}`)) text = text.slice(0, text.length - site.length).trim();
  }
  return looksLikeName(text) ? text : undefined;
}

function looksLikeName(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= MAX_NAME &&
    /\p{L}/u.test(text) &&
    !text.startsWith('@') &&
    !looksLikeAddress(text) &&
    !NOT_NAMES.has(fold(text))
  );
}

/** Several names as one author field, in the page's order, each once. */
export function joinNames(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  const unique = names.filter((name) => {
    const key = fold(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length > 0 ? unique.join(', ') : undefined;
}
