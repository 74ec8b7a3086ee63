/**
 * Direct quotes: the words a person is quoted as saying, between quotation marks. Their wording
 * is the speaker's, not the outlet's, so the loaded-language detector suggests them apart ("in a
 * quote") or not at all. A quote counts as a person's when it holds at least `MIN_QUOTE_WORDS`
 * words and a verb of saying ("said", "told", "according to", a colon) stands next to it in the
 * same line. A quoted word or two ("so-called 'rebels'"), a title or a slogan is the outlet's own
 * choice and stays part of the text.
 */
import type { TextSpan } from './sentences';

export const MIN_QUOTE_WORDS = 4;

const OPEN = '“«„';
const CLOSE = '”»“';
const WORD = /[\p{L}\p{N}]+/gu;
const NEAR = 80;
/** Regular verbs of saying; their -s, -ed and -ing forms are made below. */
const VERBS = (
  'add state declare tweet post ask warn explain note claim insist argue continue recall ' +
  'announce urge call describe respond admit stress condemn implore plead demand accuse ' +
  'denounce vow promise quote comment conclude shout assert allege confirm acknowledge ' +
  'emphasise emphasize reiterate suggest complain lament caution predict boast scream'
).split(' ');
const IRREGULAR =
  'said say says saying told tell tells telling wrote write writes writing replied replies replying cried denied according statement remarks';
const forms = (verb: string): string[] => {
  const root = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [verb, `${verb}s`, `${root}ed`, `${root}ing`];
};
const SAYING = [...VERBS.flatMap(forms), ...IRREGULAR.split(' ')];
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
// Not after a hyphen: "so-called" calls nothing. Matched as written, lower case, so that a name
// ("The Washington Post", "the Secretary of State") is not taken for a verb of saying; capitalised
// only where a sentence starts ("According to the mayor, ...").
const SAYS = new RegExp(
  `(?<![\\p{L}-])(?:${SAYING.join('|')})\\b|(?:^|[.!?:]\\s+|["“«]\\s*)(?:${SAYING.map(capitalised).join('|')})\\b`,
  'u',
);

/** Whether a verb of saying, or a colon, stands in the same line within `NEAR` characters
 *  before the quote's opening mark or after its closing one. */
function attributed(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const before = text.slice(Math.max(lineStart, start - 1 - NEAR), Math.max(lineStart, start - 1));
  const after = text.slice(Math.min(lineEnd, end + 1), Math.min(lineEnd, end + 1 + NEAR));
  return /:\s*$/.test(before) || SAYS.test(before) || SAYS.test(after);
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The spans of people's quotes, inside the quotation marks. A quote left open runs to the end
 *  of its line, as a quoted paragraph does. */
export function directQuotes(text: string): TextSpan[] {
  const quotes: TextSpan[] = [];
  let open = -1;
  let straight = false;
  const close = (end: number) => {
    if (
      open !== -1 &&
      wordCount(text.slice(open, end)) >= MIN_QUOTE_WORDS &&
      attributed(text, open, end)
    )
      quotes.push({ start: open, end });
    open = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\n') {
      close(i);
    } else if (ch === '"') {
      if (open === -1) {
        open = i + 1;
        straight = true;
      } else if (straight) close(i);
    } else if (open === -1 && OPEN.includes(ch)) {
      open = i + 1;
      straight = false;
    } else if (open !== -1 && !straight && CLOSE.includes(ch)) {
      close(i);
    }
  }
  close(text.length);
  return quotes;
}
