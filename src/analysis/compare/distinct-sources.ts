/**
 * Folds the source names found in an article into distinct sources, so the Compare view counts
 * the SOHR once however the article spells it. Two names are one source when they are:
 * - the same but for a leading "the", case and spacing ("the SOHR", "SOHR");
 * - a full name and its acronym, written together ("Syrian Observatory for Human Rights (SOHR)")
 *   or apart, the acronym being the initials of the name's capitalised words ("SOHR");
 * - a name and its first two or more words ("Syrian Observatory"), or a person's surname alone
 *   ("Abdurrahman" after "Rami Abdurrahman", "Sharaa" and "Ahmed al-Sharaa").
 * Each source is shown by its longest full name, with its acronym in brackets when known.
 * A single word is never matched to the start of a longer name: "Israel" is not the "Israel
 * Defense Forces".
 */

interface Source {
  /** Full name, e.g. `Syrian Observatory for Human Rights`. */
  full: string | null;
  acronym: string | null;
}

const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d.&-]*$/u;

function words(full: string): string[] {
  return full
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
}

function parse(name: string): Source {
  const bare = name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/, '');
  const bracketed = /^(.*\S)\s*\(([\p{Lu}\d.&-]{2,})\)$/u.exec(bare);
  if (bracketed) return { full: bracketed[1] ?? null, acronym: bracketed[2] ?? null };
  if (ACRONYM.test(bare) && bare.length >= 2) return { full: null, acronym: bare };
  return { full: bare, acronym: null };
}

/** "Syrian Observatory for Human Rights" -> "SOHR"; a one-word name has no initials. */
function initials(full: string | null): string | null {
  const capitalised = (full ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length >= 2 ? capitalised.map((w) => w[0]).join('') : null;
}

function sameFullName(a: string, b: string): boolean {
  const [shorter, longer] = [a, b].sort((x, y) => words(x).length - words(y).length);
  const short = words(shorter ?? '');
  const long = words(longer ?? '');
  if (short.length === 0) return false;
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length >= 2) return short.every((w, i) => long[i] === w);
  // A surname: the last word of a name whose words are all capitalised, i.e. a person's;
  // "Sharaa" is the surname of "Ahmed al-Sharaa".
  const person = (longer ?? '')
    .split(/\s+/)
    .every((w) => /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u.test(w));
  const surname = (word: string | undefined) => (word ?? '').replace(/^(?:al|el|ad|as|ash)-/, '');
  return person && surname(short[0]) === surname(long[long.length - 1]);
}

function same(a: Source, b: Source): boolean {
  if (a.acronym && (a.acronym === b.acronym || a.acronym === initials(b.full))) return true;
  if (b.acronym && b.acronym === initials(a.full)) return true;
  return a.full !== null && b.full !== null && sameFullName(a.full, b.full);
}

function merge(into: Source, other: Source): void {
  if (other.full && (!into.full || other.full.length > into.full.length)) into.full = other.full;
  into.acronym ??= other.acronym;
}

function label(source: Source): string {
  if (source.full && source.acronym) return `${source.full} (${source.acronym})`;
  return source.full ?? source.acronym ?? '';
}

/** Distinct sources among `names`, in order of first mention, each by its fullest name. */
export function distinctSources(names: readonly string[]): string[] {
  const sources: Source[] = [];
  for (const name of names) {
    const source = parse(name);
    if (!source.full && !source.acronym) continue;
    const known = sources.find((s) => same(s, source));
    if (known) merge(known, source);
    else sources.push(source);
  }
  return sources.map(label);
}
