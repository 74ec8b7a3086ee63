import type {
  AnalyzeOptions,
  ArticleAttribution,
  Suggestion,
  TagExample,
  TagModel,
} from '../../analysis';

/**
 * What the page asks the suggestion worker: a text's suggestions (with the learned models last
 * installed), who the text cites, to keep a set of learned models for later suggestions, or to
 * learn one tag's model from the reader's annotations.
 */
export type AnalysisRequest =
  | {
      id: number;
      kind: 'suggestions';
      text: string;
      options: Omit<AnalyzeOptions, 'loadedLanguageModel' | 'learned'>;
      /** Who the text cites, when the page knows already: not worked out again. */
      attribution?: ArticleAttribution;
    }
  | { id: number; kind: 'attribution'; text: string }
  | { id: number; kind: 'install'; models: TagModel[] }
  | { id: number; kind: 'learn'; tag: string; examples: TagExample[] };

export type AnalysisResponse =
  | { id: number; suggestions: Suggestion[] }
  | { id: number; attribution: ArticleAttribution }
  | { id: number; installed: number }
  | { id: number; learned: TagModel }
  | { id: number; error: string };
