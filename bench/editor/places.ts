/**
 * Where in the article the benchmark tags and types: paragraphs spread evenly from the start to
 * the end of the document (a slow editor is often slow only far from the top), and in each a
 * word near the middle that no annotation covers yet, so that tagging it creates a new highlight.
 */
import type { BenchArticle } from './generate-article';

export interface Place {
  /** Index of the paragraph (the n-th `<p>` of the document). */
  paragraph: number;
  /** The word's offsets inside its paragraph's text. */
  start: number;
  end: number;
  word: string;
}

export function choosePlaces(article: BenchArticle, count: number): Place[] {
  const { doc, paragraphs, words, annotations } = article;
  const covered = new Uint8Array(doc.text.length);
  for (const { target } of annotations) covered.fill(1, target.start, target.end);

  const places: Place[] = [];
  for (let k = 0; k < count; k += 1) {
    // Evenly spread, skipping the first paragraph (which the opening screen shows anyway).
    let index = 1 + Math.floor(((k + 0.5) * (paragraphs.length - 1)) / count);
    for (; index < paragraphs.length; index += 1) {
      const paragraph = paragraphs[index]!;
      const middle = (paragraph.firstWord + paragraph.endWord) >> 1;
      const candidates = words
        .slice(paragraph.firstWord, paragraph.endWord)
        .filter((w) => /^\p{Ll}{4,}$/u.test(doc.text.slice(w.start, w.end)))
        .filter((w) => !covered.subarray(w.start - 1, w.end + 1).some(Boolean))
        .sort(
          (a, b) =>
            Math.abs(words.indexOf(a) - middle) - Math.abs(words.indexOf(b) - middle) ||
            a.start - b.start,
        );
      const word = candidates[0];
      if (!word) continue;
      places.push({
        paragraph: index,
        start: word.start - paragraph.start,
        end: word.end - paragraph.start,
        word: doc.text.slice(word.start, word.end),
      });
      break;
    }
  }
  return places;
}
