/**
 * The detectors and the learning, off the main thread: a long article takes long enough to
 * analyse that the page would stutter, and the loaded-language model (about 3.5 MB) and the NLP
 * tagger behind source attribution (compromise) load only here. The worker also answers who a
 * text cites and where its figures come from, for Compare, learns a tag's model from the
 * reader's annotations, and keeps the learned models the page installed for later suggestions
 * (answer-analysis.ts, which loads the tagger only when it must).
 */
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';
import { answerAnalysis } from './answer-analysis';

self.onmessage = async (event: MessageEvent<AnalysisRequest>) => {
  let response: AnalysisResponse;
  try {
    response = await answerAnalysis(event.data);
  } catch (error) {
    response = {
      id: event.data.id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
};
