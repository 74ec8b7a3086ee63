/**
 * The suggestion detectors, off the main thread: a long article takes long enough to analyse
 * that the page would stutter, and the loaded-language model (about 1 MB) and the NLP tagger
 * behind source attribution (compromise) load only here. The worker also answers who a text
 * cites and where its figures come from, for Compare.
 */
import { analyze, articleAttribution } from '../../analysis';
import type { AnalysisRequest, AnalysisResponse } from './analysis-messages';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const { id, text } = request;
  let response: AnalysisResponse;
  try {
    response =
      request.kind === 'attribution'
        ? { id, attribution: articleAttribution(text) }
        : { id, suggestions: analyze(text, request.options) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
