/**
 * Splits text into sentences with UTF-16 offsets. The unattributed-claim detector judges one
 * sentence at a time, and the loaded-language features need to know where a sentence begins, so
 * both share this one splitter. It is deliberately simple: lines are paragraphs, and a sentence
 * ends at `.`, `!` or `?` (plus closing quotes) followed by a space and a capital, unless the
 * word before the stop is a common abbreviation or an initial.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]+['"’”)\]]*\s+(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof inc ltd ' +
    'co corp vs no nos fig vol rev hon jan feb mar apr aug sept sep oct nov ' +
    'dec u.s u.k u.n e.g i.e etc approx est dept univ ave mt ft pres'
  ).split(' '),
);

function endsWithAbbreviation(text: string, stop: number): boolean {
  if (text[stop] !== '.') return false;
  let begin = stop;
  while (begin > 0 && /[\p{L}.]/u.test(text[begin - 1] ?? '')) begin -= 1;
  const word = text.slice(begin, stop).toLowerCase();
  // A single letter before the stop is an initial ("George W. Bush").
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(line); match !== null; match = BOUNDARY.exec(line)) {
      if (endsWithAbbreviation(line, match.index)) continue;
      const end = match.index + match[0].trimEnd().length;
      pushTrimmed(text, lineStart + sentenceStart, lineStart + end, sentences);
      sentenceStart = match.index + match[0].length;
    }
    pushTrimmed(text, lineStart + sentenceStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}
