/**
 * A figure's number as a number: "1,200" -> 1200, "1.2 million" -> 1200000, "seven thousand"
 * -> 7000, "forty-five" -> 45. A vague figure counts as the least it can mean: "dozens" -> 24,
 * "hundreds" -> 200, "thousands" -> 2000, "tens of thousands" -> 20000.
 */

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const VAGUE: Record<string, number> = {
  'a dozen': 12,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  'tens of thousands': 20_000,
  'hundreds of thousands': 200_000,
  millions: 2_000_000,
};

/** The value of `written` (a figure's number, without its qualifier); NaN if it is none. */
export function figureNumber(written: string): number {
  const words = written.toLowerCase().replace(/\s+/g, ' ').trim();
  if (words in VAGUE) return VAGUE[words]!;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of words.split(/[ -]/)) {
    if (/^\d/.test(part)) {
      current += Number(part.replace(/,/g, ''));
      seen = true;
    } else if (part in UNITS) {
      current += UNITS[part]!;
      seen = true;
    } else if (part in SCALES) {
      const scale = SCALES[part]!;
      if (scale === 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return Number.NaN;
  }
  return seen ? total + current : Number.NaN;
}
