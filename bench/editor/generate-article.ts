/**
 * The benchmark's document: a deterministic made-up article of 100,000 words in paragraphs of
 * 40 to 150 words, with 5,000 annotations over it. Most annotations stand alone; a tenth nest
 * inside another and a tenth cross another's end, because overlapping highlights are what make
 * decorations expensive (ARCHITECTURE.md §6). The first paragraph always carries a plain, a
 * nested and a crossing annotation, so the first screen of the document has highlights to paint.
 */
import { createHash } from 'node:crypto';
import { describe } from '../../src/domain/anchoring/describe';
import type { Annotation, SlantDocument } from '../../src/domain/types';
import { seededRandom, type Random } from './prng';
import { CONTENT_WORDS, FUNCTION_WORDS } from './word-list';

export interface WordSpan {
  /** Offsets of the word itself in the text, without the punctuation after it. */
  start: number;
  end: number;
  paragraph: number;
}

export interface ParagraphSpan {
  start: number;
  end: number;
  /** Index of its first word in `words`, and one past its last. */
  firstWord: number;
  endWord: number;
}

export interface BenchArticle {
  doc: SlantDocument;
  paragraphs: ParagraphSpan[];
  words: WordSpan[];
  annotations: Annotation[];
}

export interface ArticleOptions {
  words?: number;
  annotations?: number;
  seed?: number;
}

export const BENCH_DOCUMENT_ID = 'bench-article-100k';
const CREATED_AT = '2025-01-01T00:00:00.000Z';
const TAG_IDS = ['loaded-language', 'unattributed-claim', 'outlet-affiliation'] as const;

function randomWord(random: Random): string {
  return random.next() < 0.4 ? random.pick(FUNCTION_WORDS) : random.pick(CONTENT_WORDS);
}

/** Paragraph lengths in words, 40 to 150 each, adding up to exactly `total`. */
function paragraphLengths(total: number, random: Random): number[] {
  const lengths: number[] = [];
  let remaining = total;
  while (remaining > 0) {
    // Never leave a remainder shorter than a paragraph may be.
    const length = remaining <= 150 ? remaining : random.int(40, Math.min(150, remaining - 40));
    lengths.push(length);
    remaining -= length;
  }
  return lengths;
}

function writeText(totalWords: number, random: Random) {
  const paragraphs: ParagraphSpan[] = [];
  const words: WordSpan[] = [];
  const parts: string[] = [];
  let length = 0;
  const write = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  paragraphLengths(totalWords, random).forEach((wordsInParagraph, index) => {
    if (index > 0) write('\n');
    const paragraph: ParagraphSpan = { start: length, end: 0, firstWord: words.length, endWord: 0 };
    let sentenceLeft = 0;
    for (let i = 0; i < wordsInParagraph; i += 1) {
      if (i > 0) write(' ');
      let word = randomWord(random);
      if (sentenceLeft === 0) {
        sentenceLeft = random.int(6, 24);
        word = word[0]!.toUpperCase() + word.slice(1);
      }
      words.push({ start: length, end: length + word.length, paragraph: index });
      write(word);
      sentenceLeft -= 1;
      if (sentenceLeft === 0 || i === wordsInParagraph - 1) {
        write('.');
        sentenceLeft = 0;
      } else if (random.next() < 0.07) write(',');
    }
    paragraph.end = length;
    paragraph.endWord = words.length;
    paragraphs.push(paragraph);
  });
  return { text: parts.join(''), paragraphs, words };
}

function uuid(random: Random): string {
  const bytes = Array.from({ length: 16 }, () => random.int(0, 255));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Word-index spans [first, last] of the annotations, before they become records. */
interface WordRange {
  first: number;
  last: number;
}

function chooseRanges(
  words: readonly WordSpan[],
  paragraphs: readonly ParagraphSpan[],
  count: number,
  random: Random,
): WordRange[] {
  const plainCount = Math.round(count * 0.8);
  const nestedCount = Math.round(count * 0.1);
  const crossingCount = count - plainCount - nestedCount;
  const lastWordOf = (word: number) => paragraphs[words[word]!.paragraph]!.endWord - 1;

  // Plain annotations: distinct start words, each ending before the next one starts. Word 2 of
  // the first paragraph starts the first, three words long.
  const starts = new Set<number>([2]);
  while (starts.size < plainCount) {
    const word = random.int(0, words.length - 1);
    if (word < 2 || word > 5) starts.add(word);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const plain = sorted.map((first, i): WordRange => {
    const nextStart = sorted[i + 1] ?? words.length;
    const wanted = first === 2 ? 3 : random.int(1, 6);
    return { first, last: Math.min(first + wanted - 1, nextStart - 1, lastWordOf(first)) };
  });

  // Hosts for nested and crossing annotations: the first plain one, then others at random.
  const multiWord = plain.filter((r) => r.last > r.first);
  const hosts = (wanted: number, fits: (r: WordRange) => boolean) => {
    const chosen = new Set<WordRange>([multiWord[0]!]);
    while (chosen.size < wanted) {
      const candidate = random.pick(multiWord);
      if (fits(candidate)) chosen.add(candidate);
    }
    return [...chosen];
  };

  const nested = hosts(nestedCount, () => true).map((host): WordRange => {
    // A strict sub-span of the host's words.
    const width = host.last - host.first + 1;
    const length = random.int(1, width - 1);
    const first = host.first + random.int(0, width - length);
    return { first, last: first + length - 1 };
  });
  const crossing = hosts(crossingCount, (r) => r.last < lastWordOf(r.first)).map(
    (host): WordRange => {
      // Starts inside the host and ends after it, in the same paragraph.
      const first = random.int(host.first + 1, host.last);
      const last = random.int(host.last + 1, Math.min(host.last + 4, lastWordOf(host.first)));
      return { first, last };
    },
  );
  return [...plain, ...nested, ...crossing];
}

export function generateArticle(options: ArticleOptions = {}): BenchArticle {
  const {
    words: wordCount = 100_000,
    annotations: annotationCount = 5_000,
    seed = 0x5eed,
  } = options;
  const random = seededRandom(seed);
  const { text, paragraphs, words } = writeText(wordCount, random);
  const doc: SlantDocument = {
    id: BENCH_DOCUMENT_ID,
    title: `Benchmark article: ${wordCount.toLocaleString('en')} words, ${annotationCount.toLocaleString('en')} annotations`,
    text,
    importedAt: CREATED_AT,
    language: 'en',
    contentHash: createHash('sha256').update(text).digest('hex'),
    collectionIds: [],
  };
  const annotations = chooseRanges(words, paragraphs, annotationCount, random)
    .map((range): Annotation => {
      const roll = random.next();
      const tagId = roll < 0.6 ? TAG_IDS[0] : roll < 0.85 ? TAG_IDS[1] : TAG_IDS[2];
      return {
        id: uuid(random),
        layerId: 'layer-mine',
        documentId: doc.id,
        tagIds: [tagId],
        target: describe(text, words[range.first]!.start, words[range.last]!.end),
        note: '',
        fields: {},
        annotator: 'bench',
        origin: 'manual',
        status: 'anchored',
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      };
    })
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end);
  return { doc, paragraphs, words, annotations };
}
