/**
 * The one entry point for suggestions: runs the chosen detectors over a text and returns their
 * suggestions sorted by start. Pure and synchronous, so the editor can call it in a Web Worker
 * and the CLI in Node.
 */
import { detectLoadedLanguage } from './loaded-language/detect-loaded-language';
import type { LoadedLanguageModel } from './loaded-language/model';
import { detectOutletMentions } from './outlets/detect-outlet-mentions';
import type { RegistryOutlet } from './outlets/outlet-entry';
import { compareSuggestions, type Suggestion } from './suggestion';
import { detectUnattributedClaims } from './unattributed/detect';

export interface AnalyzeOptions {
  /** Each detector is on unless set to `false`. */
  loadedLanguage?: boolean;
  unattributedClaims?: boolean;
  outlets?: boolean;
  /** The user's outlet registry; a mention of one of these carries its `outletId`. */
  registry?: readonly RegistryOutlet[];
  /** Replaces the shipped loaded-language model (the benchmark passes each fold's model). */
  loadedLanguageModel?: LoadedLanguageModel;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Suggestion[] {
  const suggestions: Suggestion[] = [];
  if (options.loadedLanguage !== false) {
    suggestions.push(...detectLoadedLanguage(text, options.loadedLanguageModel));
  }
  if (options.unattributedClaims !== false) {
    suggestions.push(...detectUnattributedClaims(text));
  }
  if (options.outlets !== false) {
    suggestions.push(...detectOutletMentions(text, options.registry));
  }
  return suggestions.sort(compareSuggestions);
}
