/**
 * The figures a passage states, with the hedges that go with them: "over 1,200", "745",
 * "around 7,000", "some seven thousand", "dozens". The claim matrix puts one outlet's figures
 * beside another's, and the hedge is half the story: "at least 29" is not "29".
 *
 * Deliberately left out, because they are not counts: dates ("March 6", "6th", "in 2011"), parts
 * of words ("i24", "57-year-old", "Six-Day War") and a lone "one", which is far more often "one
 * of" or "no one" than a count. A bare year-like number elsewhere ("rose to 2000") is kept.
 */

const QUALIFIERS = [
  'potentially reaching',
  'possibly reaching',
  'potentially',
  'possibly',
  'reaching',
  'as high as',
  'no fewer than',
  'no less than',
  'no more than',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'as many as',
  'as few as',
  'close to',
  'upwards of',
  'in excess of',
  'well over',
  'just over',
  'just under',
  'an estimated',
  'estimated',
  'approximately',
  'roughly',
  'around',
  'about',
  'nearly',
  'almost',
  'over',
  'under',
  'some',
];

const UNITS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|' +
  'fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SPELLED = `(?:${TENS})(?:[- ](?:${UNITS}))?|${UNITS}`;
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion))*`;
const VAGUE =
  'tens of thousands|hundreds of thousands|a dozen|dozens|scores|hundreds|thousands|millions';
const NUMBER = `(?:${DIGITS}|${SPELLED})${SCALE}|${VAGUE}`;

const QUALIFIER = QUALIFIERS.join('|').replace(/ /g, String.raw`\s+`);

const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(${QUALIFIER})\s+)?(${NUMBER})(\s*%|\s+per\s?cent)?` +
    // Not part of a longer word or number: "57-year-old", "i24", "6th", "1,200.5".
    String.raw`(?![\p{L}\p{N}]|-\p{L}|[.,]\d)`,
  'giu',
);

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
  'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH})\.?\s+(?:\d{1,2},?\s+)?$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?(?:${MONTH})\b`, 'i');
const YEAR_CUE = /\b(?:in|since|until|till|from|before|after|during)\s+$/i;

function isDate(text: string, start: number, end: number, number: string): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 15);
  if (/^\d{1,2}$/.test(number) && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) {
    return true;
  }
  const year = /^\d{4}$/.test(number) && Number(number) >= 1800 && Number(number) <= 2100;
  return year && (YEAR_CUE.test(before) || MONTH_BEFORE.test(before));
}

function spaced(words: string): string {
  return words.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A figure where it stands in a text: `text.slice(start, end)` is the figure as written. */
export interface FoundFigure {
  start: number;
  end: number;
  /** E.g. `more than`, lower case, single spaces; empty when none. */
  qualifier: string;
  /** The number as written, e.g. `1,000`, `seven thousand`, `dozens`. */
  number: string;
  /** `%`, ` per cent` or empty. */
  unit: string;
  /** Qualifier, number and unit, lower case with single spaces: `more than 1,000`. */
  normalised: string;
}

/** Every figure in `text`, in order, with its offsets. */
export function findFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, qualifier, number = '', percent] = m;
    const start = m.index + whole.lastIndexOf(number);
    if (!qualifier && isDate(text, start, start + number.length, number)) continue;
    if (/^one$/i.test(number)) continue;
    const unit = percent === undefined ? '' : percent.includes('%') ? '%' : ` ${spaced(percent)}`;
    const parts = [qualifier && spaced(qualifier), `${spaced(number)}${unit}`].filter(Boolean);
    figures.push({
      start: m.index,
      end: m.index + whole.length,
      qualifier: qualifier ? spaced(qualifier) : '',
      number,
      unit,
      normalised: parts.join(' '),
    });
  }
  return figures;
}

/** Figures in `text`, in order, each once, e.g. `["more than 1,000", "two", "745"]`. */
export function extractFigures(text: string): string[] {
  return [...new Set(findFigures(text).map((f) => f.normalised))];
}
