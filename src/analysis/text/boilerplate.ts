/**
 * Lines of a saved page that are not the article: the site's footer, the byline and the author's
 * bio, the comment prompt, "share" and "related" links. Suggestions there only distract, so the
 * detectors leave these lines alone. A line is boilerplate when it matches one of the patterns
 * below; a line that opens a page's tail ("Leave a Reply", "Related posts", "About the author")
 * in the second half of the text makes every line after it boilerplate too; and there, a run of
 * three or more short lines without a sentence's closing punctuation is a list of links.
 */
import type { TextSpan } from './sentences';

const LINE_PATTERNS: readonly RegExp[] = [
  /©|\bcopyright\b|all rights reserved/i,
  /^\s*(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Ww]ords by|BY)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*(?:[,|–—-].*)?$/u,
  /your email address will not be published|required fields are marked|^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|comments?)\s*$/i,
  /^\s*(?:share|share this|share on|tweet|follow us|subscribe|sign up|donate|support us)\b.{0,80}$/i,
  /^\s*(?:read more|click here)\b.{0,120}$/i,
  /^\s*(?:related|tags?|filed under|posted in|categories|source|image|photo)\s*(?::.{0,120})?$/i,
  /^\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3},? (?:is|was) an? (?:[\p{L}-]+ ){0,3}(?:writer|journalist|reporter|editor|correspondent|contributor|author|columnist|blogger|analyst)\b/u,
  /^.{0,80}\b(?:\d+\s+(?:minutes?|mins?)\s+read|\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)\b.{0,40}$/i,
  /the views expressed|(?:this|the) article (?:was )?(?:first |originally )?(?:appeared|published)/i,
];

const TAIL_STARTERS =
  /^\s*(?:leave a (?:reply|comment)|related(?: posts| articles| stories)?|you may also like|more from|about the author|comments?|share this(?: article)?)\s*:?\s*$/i;

const SHORT_LINE_WORDS = 12;
const LINK_LIST_LINES = 3;

function isShortUnpunctuated(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= SHORT_LINE_WORDS && !/[.!?:;"”)]$/.test(trimmed);
}

/** The boilerplate lines of a text, as spans from each line's start to its end. */
export function boilerplateLines(text: string): TextSpan[] {
  const lines: TextSpan[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines.push({ start, end: end === -1 ? text.length : end });
    if (end === -1) break;
    start = end + 1;
  }
  const marked = new Uint8Array(lines.length);
  let tail = false;
  lines.forEach((line, i) => {
    const content = text.slice(line.start, line.end);
    if (tail || LINE_PATTERNS.some((p) => p.test(content))) marked[i] = 1;
    if (!tail && line.start > text.length / 2 && TAIL_STARTERS.test(content)) {
      tail = true;
      marked[i] = 1;
    }
  });
  // Runs of short unpunctuated lines in the second half are link lists; near the top they are
  // more often the headline and its subheadings.
  let run = 0;
  const half = lines.findIndex((line) => line.start > text.length / 2);
  for (let i = Math.max(1, half); half !== -1 && i <= lines.length; i += 1) {
    const line = lines[i];
    const short = line !== undefined && isShortUnpunctuated(text.slice(line.start, line.end));
    const blank = line !== undefined && text.slice(line.start, line.end).trim() === '';
    if (short) run += 1;
    else if (!blank) {
      if (run >= LINK_LIST_LINES) {
        for (let k = i - 1, seen = 0; seen < run && k >= half; k -= 1) {
          const l = lines[k] as TextSpan;
          if (text.slice(l.start, l.end).trim() === '') continue;
          marked[k] = 1;
          seen += 1;
        }
      }
      run = 0;
    }
  }
  return lines.filter((line, i) => marked[i] && line.end > line.start);
}
