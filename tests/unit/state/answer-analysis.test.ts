/**
 * The suggestion worker's answers (answer-analysis.ts, run here in-process): suggestions for a
 * text whose attribution the page sends are made with it, without loading the NLP tagger; a text
 * without one has the tagger loaded (once) and its attribution worked out, as `analyze` does.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ArticleAttribution } from '../../../src/analysis';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { AnalysisResponse } from '../../../src/state/suggestions/analysis-messages';
import { answerAnalysis } from '../../../src/state/suggestions/answer-analysis';

const tagger = vi.hoisted(() => ({ loads: 0 }));
vi.mock(
  '../../../src/analysis/attribution/article-attribution',
  async (actual: () => Promise<object>) => {
    tagger.loads += 1;
    return actual();
  },
);

const CUED = 'Reports suggest that the two officials met in secret.';
const VAGUE = 'Some residents say the shelling went on all night.';
const TEXT =
  `${CUED} The Syrian Observatory for Human Rights said 40 people were killed in the strike. ` +
  `At least 12 homes were destroyed. ${VAGUE}`;
const EVERY_DETECTOR = { loadedLanguage: true, unattributedClaims: true, outlets: true };

const suggestionsIn = (response: AnalysisResponse) => {
  if (!('suggestions' in response)) throw new Error(`not suggestions: ${JSON.stringify(response)}`);
  return response.suggestions;
};
const unattributed = (response: AnalysisResponse) =>
  suggestionsIn(response)
    .filter((s) => s.tag === 'unattributed-claim')
    .map((s) => s.exact);

// The tests share the worker's one tagger, so they run in this order.
describe('answerAnalysis', () => {
  it('suggests with the attribution the page sends, without loading the tagger', async () => {
    // One the page kept, which says the last sentence is sourced: the tagger would not.
    const sentences = splitSentences(TEXT);
    expect(sentences).toHaveLength(4);
    const kept: ArticleAttribution = {
      sentences,
      mentions: [],
      attributed: [false, true, false, true],
      sources: [],
      figures: [],
    };
    const response = await answerAnalysis({
      id: 1,
      kind: 'suggestions',
      text: TEXT,
      options: EVERY_DETECTOR,
      attribution: kept,
    });
    expect(unattributed(response)).toEqual([CUED]);
    expect(tagger.loads).toBe(0);
  });

  it('does not load the tagger when the unattributed-claim detector is off', async () => {
    const response = await answerAnalysis({
      id: 2,
      kind: 'suggestions',
      text: `${TEXT} `,
      options: { ...EVERY_DETECTOR, unattributedClaims: false },
    });
    expect(unattributed(response)).toEqual([]);
    expect(tagger.loads).toBe(0);
  });

  it('loads the tagger for a text it has no attribution for, once, and suggests as analyze', async () => {
    const text = `${TEXT}  `;
    const suggested = await answerAnalysis({
      id: 3,
      kind: 'suggestions',
      text,
      options: EVERY_DETECTOR,
    });
    expect(tagger.loads).toBe(1);
    expect(unattributed(suggested)).toEqual([CUED, VAGUE]);
    const { analyze } = await import('../../../src/analysis');
    expect(suggestionsIn(suggested)).toEqual(analyze(text, EVERY_DETECTOR));

    const attributed = await answerAnalysis({ id: 4, kind: 'attribution', text: `${TEXT}   ` });
    expect(attributed).toMatchObject({
      id: 4,
      attribution: { sources: ['Syrian Observatory for Human Rights'] },
    });
    expect(tagger.loads).toBe(1);
  });
});
