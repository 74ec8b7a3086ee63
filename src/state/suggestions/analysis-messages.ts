import type { AnalyzeOptions, ArticleAttribution, Suggestion } from '../../analysis';

/** What the page asks the suggestion worker: a text's suggestions, or who the text cites. */
export type AnalysisRequest =
  | {
      id: number;
      kind: 'suggestions';
      text: string;
      options: Omit<AnalyzeOptions, 'loadedLanguageModel'>;
    }
  | { id: number; kind: 'attribution'; text: string };

export type AnalysisResponse =
  | { id: number; suggestions: Suggestion[] }
  | { id: number; attribution: ArticleAttribution }
  | { id: number; error: string };
