import type { AnalyzeOptions, Suggestion } from '../../analysis';

/** What the page asks the suggestion worker, and what it answers. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: Omit<AnalyzeOptions, 'loadedLanguageModel'>;
}

export type AnalysisResponse =
  { id: number; suggestions: Suggestion[] } | { id: number; error: string };
