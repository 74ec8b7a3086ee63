/**
 * The names of the sources a sentence cites, as written: "the Syrian Observatory for Human Rights
 * (SOHR) said" gives `Syrian Observatory for Human Rights (SOHR)`, "told the AP" gives `AP`. It
 * runs the unattributed detector's own patterns (named-source.ts), so a sentence has names here
 * exactly when the detector calls it attributed, except "he said": a pronoun names no one.
 *
 * A pattern captures one word of the name; the name is that word widened over the neighbouring
 * capitalised words (and "for", "of", "al", ... between two of them), within the same clause.
 */
import { GENERIC, PATTERNS } from '../unattributed/named-source';

interface Word {
  start: number;
  end: number;
  text: string;
}

// `d` gives the capture's offsets; the detector's patterns stay as they are.
const WITH_INDICES = PATTERNS.map((p) => new RegExp(p.source, `${p.flags}d`));

const WORD = /\([\p{Lu}\d]{2,}\)|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;

/** Lower-case words that sit inside names: "Observatory for Human Rights", "Ali ibn Abi Talib". */
const CONNECTORS = new Set('for of on de del der van von bin ibn al el la du da di'.split(' '));

/** "He said" attributes, but names no one; GENERIC already holds "It" and "They". */
const PRONOUNS = new Set('He She We I You'.split(' '));

/** Capitalised words that start a sentence or a time, not a name. */
const OPENERS = new Set(
  (
    'On In At By For From After Before Since During Earlier Later Yesterday Today Tonight Last ' +
    'Then But And So Also Now When If As Monday Tuesday Wednesday Thursday Friday Saturday ' +
    'Sunday January February March April May June July August September October November December'
  ).split(' '),
);

function isNameWord(word: Word | undefined): boolean {
  if (!word || GENERIC.has(word.text) || OPENERS.has(word.text)) return false;
  return /^(?:[\p{Lu}\d(]|\p{Ll}{1,3}-\p{Lu})/u.test(word.text);
}

function words(sentence: string): Word[] {
  return [...sentence.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** Widens list[at] over the name words around it; returns the first and last index. */
function widen(sentence: string, list: readonly Word[], at: number): [number, number] {
  // Only spaces between: a comma or a quote ends the name.
  const adjacent = (i: number): boolean => {
    const left = list[i];
    const right = list[i + 1];
    return !!left && !!right && /^ +$/.test(sentence.slice(left.end, right.start));
  };
  let first = at;
  while (adjacent(first - 1)) {
    const previous = list[first - 1];
    // "The Cradle" mid-sentence is a name; "The UN spokesman" opening a sentence is not.
    if (previous?.text === 'The') {
      if (first - 1 > 0) first -= 1;
      break;
    }
    if (isNameWord(previous)) first -= 1;
    else if (CONNECTORS.has(previous?.text ?? '') && adjacent(first - 2)) {
      if (!isNameWord(list[first - 2])) break;
      first -= 2;
    } else break;
  }
  let last = at;
  while (adjacent(last)) {
    const next = list[last + 1];
    if (isNameWord(next)) last += 1;
    else if (CONNECTORS.has(next?.text ?? '') && adjacent(last + 1)) {
      if (!isNameWord(list[last + 2])) break;
      last += 2;
    } else break;
  }
  return [first, last];
}

function tidy(name: string): string {
  let out = name.replace(/\s+/g, ' ').replace(/['’]s$/u, '');
  // "the AP." at the end of a sentence; "U.S." keeps its stop.
  if (/\.$/.test(out) && !/\.\S/.test(out.slice(0, -1))) out = out.slice(0, -1);
  return out;
}

/** Names of the sources `sentence` cites, in order of appearance, each once as written. */
export function sourceNamesIn(sentence: string): string[] {
  const list = words(sentence);
  const found = new Map<number, string>();
  for (const pattern of WITH_INDICES) {
    for (const m of sentence.matchAll(pattern)) {
      const span = m.indices?.[1];
      const captured = m[1];
      if (!span || captured === undefined) continue;
      const bare = captured.replace(/^\(|\)$/g, '');
      if (GENERIC.has(bare) || PRONOUNS.has(bare)) continue;
      const at = list.findIndex((w) => w.start <= span[0] && span[0] < w.end);
      if (at === -1) continue;
      const [first, last] = widen(sentence, list, at);
      const start = list[first]?.start ?? span[0];
      const name = tidy(sentence.slice(start, list[last]?.end ?? span[1]));
      if (name && !GENERIC.has(name) && !found.has(start)) found.set(start, name);
    }
  }
  const ordered = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  return [...new Set(ordered)];
}
