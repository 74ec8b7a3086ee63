/**
 * A crude English suffix stripper, so that "smeared", "smears" and "smearing" share what the
 * loaded-language model learns about "smear". It only needs to map inflections of one word to
 * the same key; it does not need to produce real words.
 */

function undouble(stem: string): string {
  const n = stem.length;
  if (n > 3 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1] ?? '')) {
    return stem.slice(0, -1);
  }
  return stem;
}

function stripInflection(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ily') && n > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ly') && n > 5) return w.slice(0, -2);
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && n > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && n > 4) return undouble(w.slice(0, -2));
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function stem(word: string): string {
  const w = stripInflection(word.replace(/’/g, "'").replace(/'s$/, ''));
  // A final "e" comes and goes with inflection (hate, hated, hating): drop it everywhere.
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}
