/**
 * Word tokens with their UTF-16 offsets: the unit the loaded-language model scores and the
 * phrase matchers walk. A token is a run of letters or digits, joined across inner hyphens,
 * apostrophes and the asterisks of a censored word ("blood-curdling", "don't", "f***ed", and a
 * letter with two or more asterisks, "f***"), so every detector agrees on what a word is, and no
 * suggestion lands on half of one ("ed"). A single asterisk after a word (a footnote) is not
 * part of it.
 */

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text of the token. */
  lower: string;
}

const WORD = /\p{L}\*{2,}(?![\p{L}\p{N}*])|[\p{L}\p{N}]+(?:(?:['’-]|\*+)[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, lower: match[0].toLowerCase() });
  }
  return tokens;
}
