/**
 * The detectors behind `analyze` (analyze.ts), run over a text whose attribution (who it cites:
 * attribution/article-attribution.ts) the caller hands in rather than this working it out. So
 * whoever imports this alone does not load the NLP tagger behind attribution (compromise, about
 * 380 kB built): the suggestion worker loads the tagger only for a text it has no attribution for.
 */
import { modelFor, type LearnedModels } from './learn/learned-models';
import { suggestLearned } from './learn/suggest-learned';
import { detectLoadedLanguage } from './loaded-language/detect-loaded-language';
import type { OperatingPoint } from './loaded-language/operating-points';
import type { LoadedLanguageModel } from './loaded-language/model';
import { detectOutletMentions } from './outlets/detect-outlet-mentions';
import type { RegistryOutlet } from './outlets/outlet-entry';
import { compareSuggestions, type Suggestion } from './suggestion';
import { detectUnattributedClaims } from './unattributed/detect';
import type { ArticleAttribution } from './attribution/article-attribution';

export interface AnalyzeOptions {
  /** Each detector is on unless set to `false`. */
  loadedLanguage?: boolean;
  unattributedClaims?: boolean;
  outlets?: boolean;
  /** The user's outlet registry; a mention of one of these carries its `outletId`. */
  registry?: readonly RegistryOutlet[];
  /** Replaces the shipped loaded-language model (the benchmark passes each fold's model). */
  loadedLanguageModel?: LoadedLanguageModel;
  /** The loaded-language operating point: `precise` (the default) or `more`. */
  point?: OperatingPoint;
  /** Also suggest loaded language inside people's direct quotes, marked `inQuote`. */
  inQuotes?: boolean;
  /** Models learned from the reader's annotations: each replaces the built-in detector of its
   *  tag, if there is one, and suggests its tag (learn/). */
  learned?: LearnedModels;
}

/** Each built-in detector's tag, and the option that switches it off. */
const SWITCH = {
  'loaded-language': 'loadedLanguage',
  'unattributed-claim': 'unattributedClaims',
  'outlet-affiliation': 'outlets',
} as const;

/** Whether these options run the unattributed-claim detector, which needs the text's attribution. */
export function needsAttribution(options: AnalyzeOptions): boolean {
  return options.unattributedClaims !== false && !modelFor(options.learned, 'unattributed-claim');
}

/** `attribution`: the text's (`articleAttribution(text)`), when `needsAttribution(options)`. */
export function runDetectors(
  text: string,
  options: AnalyzeOptions,
  attribution: ArticleAttribution | undefined,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const { learned } = options;
  for (const model of learned?.models ?? []) {
    const builtIn = SWITCH[model.tag as keyof typeof SWITCH] as keyof AnalyzeOptions | undefined;
    if (builtIn && options[builtIn] === false) continue;
    suggestions.push(...suggestLearned(model, text, options.point, options.inQuotes));
  }
  // A built-in detector runs unless a learned model of its tag replaces it.
  const own = (tag: keyof typeof SWITCH) => modelFor(learned, tag) === undefined;
  if (options.loadedLanguage !== false && own('loaded-language')) {
    suggestions.push(
      ...detectLoadedLanguage(text, {
        model: options.loadedLanguageModel,
        point: options.point,
        inQuotes: options.inQuotes,
      }),
    );
  }
  if (needsAttribution(options)) {
    if (!attribution) {
      throw new Error("the unattributed-claim detector needs the text's attribution");
    }
    suggestions.push(...detectUnattributedClaims(text, attribution));
  }
  if (options.outlets !== false && own('outlet-affiliation')) {
    suggestions.push(...detectOutletMentions(text, options.registry));
  }
  return suggestions.sort(compareSuggestions);
}
